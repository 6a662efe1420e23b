package org.abhilekh.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.abhilekh.platform.control.ReadinessContribution;

/**
 * Readiness waits for the index to be open: no search can answer without it. On the search cluster it also needs
 * the cluster to answer and not be red; its health is reported as {@code "search": "opensearch green"} (yellow, red,
 * unreachable), as last seen by the catch-up every few seconds.
 */
@ApplicationScoped
public class IndexReadiness implements ReadinessContribution {

    @Inject
    SearchIndex searchIndex;

    @Override
    public String name() {
        return "index";
    }

    @Override
    public boolean isReady() {
        if (!searchIndex.isOpen()) {
            return false;
        }
        String health = searchIndex.clusterHealth();
        return !searchIndex.onCluster() || "green".equals(health) || "yellow".equals(health);
    }

    @Override
    public Map<String, String> details() {
        return Map.of("search", searchIndex.onCluster() ? "opensearch " + searchIndex.clusterHealth() : "lucene");
    }
}
