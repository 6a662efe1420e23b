package org.abhilekh.search.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which engine the search facade runs on, read from {@code abhilekh.search.engine} ({@code lucene}, the default, or
 * {@code opensearch}) and, for the cluster, {@code abhilekh.opensearch.urls}, {@code .user}, {@code .password} and
 * {@code .index-prefix}. A setting that cannot work is refused here, so the server does not start with it.
 */
public record SearchSettings(Engine engine, List<String> urls, String user, String password, String indexPrefix) {

    public enum Engine { LUCENE, OPENSEARCH }

    public SearchSettings {
        urls = List.copyOf(urls);
    }

    public static SearchSettings read(String engine, Optional<String> urls, Optional<String> user,
                                      Optional<String> password, String indexPrefix) {
        String name = engine == null || engine.isBlank() ? "lucene" : engine.strip().toLowerCase(Locale.ROOT);
        Engine chosen = switch (name) {
            case "lucene" -> Engine.LUCENE;
            case "opensearch" -> Engine.OPENSEARCH;
            default -> throw new IllegalArgumentException("abhilekh.search.engine (ABHILEKH_SEARCH_ENGINE) is '" + engine
                    + "'; it must be 'lucene' or 'opensearch'");
        };
        List<String> nodes = Arrays.stream(urls.orElse("").split(",")).map(String::strip).filter(url -> !url.isEmpty()).toList();
        if (chosen == Engine.LUCENE) {
            return new SearchSettings(chosen, List.of(), null, null, indexPrefix);
        }
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("abhilekh.search.engine is 'opensearch' but abhilekh.opensearch.urls"
                    + " (ABHILEKH_OPENSEARCH_URLS) is empty; give the cluster's nodes, e.g. http://localhost:9200");
        }
        for (String url : nodes) {
            if (!url.matches("https?://[^/:]+(:\\d+)?/?")) {
                throw new IllegalArgumentException("abhilekh.opensearch.urls holds '" + url
                        + "'; each node must be http(s)://host:port, comma-separated");
            }
        }
        String prefix = indexPrefix == null ? "" : indexPrefix.strip();
        if (!prefix.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("abhilekh.opensearch.index-prefix is '" + indexPrefix
                    + "'; it must be lower-case letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        return new SearchSettings(chosen, nodes, user.filter(u -> !u.isBlank()).orElse(null), password.orElse(null), prefix);
    }

    /** True when the index lives on a search cluster rather than in the data folder. */
    public boolean cluster() {
        return engine == Engine.OPENSEARCH;
    }

    @Override
    public String toString() {
        return cluster() ? "opensearch at " + String.join(",", urls) + ", index " + indexPrefix : "lucene";
    }
}
