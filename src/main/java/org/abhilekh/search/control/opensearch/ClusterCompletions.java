package org.abhilekh.search.control.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.entity.Suggestion;
import org.apache.lucene.index.Term;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;

/**
 * Completions for what is being typed, as the embedded engine gives them: titles holding every typed word
 * (analysed by the title field's query chain), then values of the facets fields.json's {@code suggest} names,
 * counted over the entries the caller may see only.
 */
final class ClusterCompletions {

    /** More values than any facet offers; the matching ones are picked here, as in the embedded engine. */
    private static final int ALL_VALUES = 10_000;
    private static final int MAX_TOKENS = 10;

    private final OpenSearchClient client;
    private final IndexLayout layout;
    private final IndexConfiguration configuration;

    ClusterCompletions(OpenSearchClient client, IndexLayout layout, IndexConfiguration configuration) {
        this.client = client;
        this.layout = layout;
        this.configuration = configuration;
    }

    List<Suggestion> complete(String text, boolean staff) throws IOException {
        IndexConfiguration.Suggest settings = configuration.suggest();
        List<String> tokens = tokens(settings.titleField(), text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Query> words = tokens.stream().map(token -> QueryTranslator.term(new Term(settings.titleField(), token))).toList();
        Query titles = ClusterQueries.visibleTo(staff, Query.of(q -> q.bool(b -> b.must(words))));
        var found = client.search(s -> s.index(layout.alias()).preference(layout.readPreference()).query(titles).size(settings.limit())
                .source(src -> src.filter(f -> f.includes("title", IndexLayout.URL))), ObjectNode.class);
        List<Suggestion> result = new ArrayList<>();
        for (Hit<ObjectNode> hit : found.hits().hits()) {
            result.add(new Suggestion(ClusterHits.text(hit.source(), "title"), "title", ClusterHits.text(hit.source(), IndexLayout.URL), null, 1));
        }
        var counted = client.search(s -> {
            s.index(layout.alias()).preference(layout.readPreference()).size(0).query(ClusterQueries.visibleTo(staff, Query.of(q -> q.matchAll(m -> m))));
            for (String dim : settings.facets()) {
                s.aggregations(dim, Aggregation.of(a -> a.terms(t -> t.field(IndexLayout.facetField(dim)).size(ALL_VALUES))));
            }
            return s;
        }, ObjectNode.class);
        String lowered = text.toLowerCase(Locale.ROOT);
        List<Suggestion> values = new ArrayList<>();
        for (String dim : settings.facets()) {
            var aggregate = counted.aggregations().get(dim);
            if (aggregate == null) {
                continue;
            }
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                String label = bucket.key().toLowerCase(Locale.ROOT);
                if (label.startsWith(lowered) || label.contains(" " + lowered)) {
                    values.add(new Suggestion(bucket.key(), dim, null, dim + ":" + bucket.key(), bucket.docCount()));
                }
            }
        }
        values.sort(Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::text));
        result.addAll(values);
        return result.stream().limit(settings.limit()).toList();
    }

    private List<String> tokens(String field, String text) throws IOException {
        String analyzer = configuration.textField(field).map(IndexConfiguration.TextField::queryAnalyzer)
                .orElseThrow(() -> new IllegalStateException("fields.json names no field " + field));
        return client.indices().analyze(a -> a.analyzer(IndexLayout.ANALYZER_PREFIX + analyzer).text(text)).tokens().stream()
                .map(AnalyzeToken::token).limit(MAX_TOKENS).toList();
    }
}
