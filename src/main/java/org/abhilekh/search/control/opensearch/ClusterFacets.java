package org.abhilekh.search.control.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.entity.FacetValue;
import org.abhilekh.search.entity.SearchRequest;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Facet counts as the embedded engine's drill sideways gives them: the search's query holds no facet choice
 * (those are its post filter), and each facet is counted in a filter aggregation holding the choices of every
 * other facet, so a facet's other values keep their counts. Values in fields.json's order and limit, ties by
 * value; a chosen value stays listed (with 0) even when nothing matches it any more.
 */
final class ClusterFacets {

    private static final String VALUES = "values";

    private final IndexConfiguration configuration;
    private final ClusterQueries queries;

    ClusterFacets(IndexConfiguration configuration, ClusterQueries queries) {
        this.configuration = configuration;
        this.queries = queries;
    }

    Map<String, Aggregation> aggregations(SearchRequest request) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            Query others = queries.facetFilter(request, facet.name());
            Query filter = others == null ? Query.of(q -> q.matchAll(m -> m)) : others;
            List<Map<String, SortOrder>> order = facet.byValueDescending()
                    ? List.of(Map.of("_key", SortOrder.Desc))
                    : List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc));
            Aggregation terms = Aggregation.of(a -> a.terms(t -> t.field(IndexLayout.facetField(facet.name()))
                    .size(facet.limit()).order(order)));
            aggregations.put(facet.name(), Aggregation.of(a -> a.filter(filter).aggregations(VALUES, terms)));
        }
        return aggregations;
    }

    Map<String, List<FacetValue>> read(Map<String, Aggregate> aggregations, SearchRequest request) {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            Set<String> selected = Set.copyOf(request.selected(facet.name()));
            List<FacetValue> values = new ArrayList<>();
            Aggregate aggregate = aggregations == null ? null : aggregations.get(facet.name());
            if (aggregate != null) {
                for (StringTermsBucket bucket : aggregate.filter().aggregations().get(VALUES).sterms().buckets().array()) {
                    if (bucket.docCount() > 0) {
                        values.add(new FacetValue(bucket.key(), bucket.docCount(), selected.contains(bucket.key())));
                    }
                }
            }
            for (String value : request.selected(facet.name())) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new FacetValue(value, 0, true));
                }
            }
            result.put(facet.name(), List.copyOf(values));
        }
        return result;
    }
}
