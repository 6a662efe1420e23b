package org.abhilekh.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.abhilekh.search.control.SearchSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The engine settings from MicroProfile Config; ones that cannot work stop the start with a message saying why. */
@ApplicationScoped
public class EngineSettings {

    @Inject
    @ConfigProperty(name = "abhilekh.search.engine", defaultValue = "lucene")
    String engine;

    @Inject
    @ConfigProperty(name = "abhilekh.opensearch.urls")
    Optional<String> urls;

    @Inject
    @ConfigProperty(name = "abhilekh.opensearch.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "abhilekh.opensearch.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "abhilekh.opensearch.index-prefix", defaultValue = "abhilekh")
    String indexPrefix;

    @Inject
    @ConfigProperty(name = "abhilekh.index.catch-up-seconds", defaultValue = "10")
    int catchUpSeconds;

    SearchSettings settings() {
        try {
            return SearchSettings.read(engine, urls, user, password, indexPrefix);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Search settings: " + e.getMessage(), e);
        }
    }

    /** How often, on the cluster, what is behind is sent once it answers again. */
    int catchUpSeconds() {
        return Math.max(1, catchUpSeconds);
    }
}
