package org.abhilekh.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's public address ({@code ABHILEKH_PUBLIC_URL}, e.g. {@code https://archive.example.org}) for the
 * absolute links in output that proxies may cache: feeds, the sitemap, robots.txt, kit READMEs and
 * citations. Without it, links follow the address the reader used (the Host header); such output is
 * then marked private, so one request with a forged Host cannot plant its links in a shared cache.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "abhilekh.public-url")
    Optional<String> configured;

    private String origin;

    @PostConstruct
    void check() {
        origin = configured.map(String::strip).filter(value -> !value.isEmpty()).map(PublicAddress::validated).orElse(null);
    }

    /** The configured address, or else the one the request came to (scheme, host, port and context path). */
    public String origin(String requestOrigin) {
        return origin != null ? origin : requestOrigin;
    }

    /** How long and for whom output holding absolute links may be cached. */
    public String cacheControl(int maxAgeSeconds) {
        return (origin != null ? "public" : "private") + ", max-age=" + maxAgeSeconds;
    }

    static String validated(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("abhilekh.public-url is not an address: " + value, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("abhilekh.public-url must be an http or https address without query, like "
                    + "https://archive.example.org, not " + value);
        }
        return value.replaceAll("/+$", "");
    }
}
