package org.abhilekh.search.control.opensearch;

import java.util.ArrayList;
import java.util.List;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.SearchQueries;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SortOrder;
import org.apache.lucene.index.Term;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The queries a search runs on the cluster, as {@code SearchQueries} builds them for the embedded index: the
 * reader's text (parsed by the embedded engine's parser and translated), within the caller's entries and the
 * date range; the chosen facet values as filters, apart from the query, so each facet can be counted without
 * its own choices (drill sideways); and the order.
 */
final class ClusterQueries {

    private final IndexConfiguration configuration;
    private final SearchQueries parser;

    ClusterQueries(IndexConfiguration configuration) {
        this.configuration = configuration;
        this.parser = new SearchQueries(configuration);
    }

    /** The reader's text as a cluster query; a mistake in it is an {@code InvalidQueryException}. */
    Query parse(String text) {
        return QueryTranslator.translate(parser.parse(text));
    }

    /** The loosened reading (most of the words) of a search that found nothing, if it has one. */
    java.util.Optional<Query> mostWords(String text) {
        return parser.mostWords(text).map(QueryTranslator::translate);
    }

    /** The reader's words without the dictionary, when one is in use and the search has a loosened reading. */
    java.util.Optional<Query> ownWords(String text) {
        return parser.ownWords(text).map(QueryTranslator::translate);
    }

    /** The strict reading found through translations alone, or most of the reader's own words ({@code SearchQueries}). */
    java.util.Optional<Query> eitherReading(String text) {
        return parser.mostWords(text).map(loosened -> QueryTranslator.translate(SearchQueries.eitherReading(parser.parse(text), loosened)));
    }

    /**
     * The caller's entries: staff see every item once, by its whole text (not the public version of an item with
     * withheld passages); the public only public entries, which for such an item is its public version alone.
     */
    static Query visibleTo(boolean staff, Query query) {
        if (staff) {
            return Query.of(q -> q.bool(b -> b.must(query)
                    .mustNot(QueryTranslator.term(new Term(IndexLayout.WITHHELD, IndexLayout.PUBLIC_VERSION)))));
        }
        return Query.of(q -> q.bool(b -> b.must(query)
                .filter(QueryTranslator.term(new Term(IndexLayout.VISIBILITY, IndexLayout.PUBLIC)))));
    }

    /** The query within the caller's visibility and the date range; facet choices are {@link #facetFilter}. */
    Query base(SearchRequest request, Query userQuery) {
        Query visible = visibleTo(request.staff(), userQuery);
        if (request.from() == null && request.to() == null) {
            return visible;
        }
        Query range = Query.of(q -> q.range(r -> {
            r.field(IndexLayout.DAY);
            if (request.from() != null) {
                r.gte(JsonData.of(request.from().toEpochDay()));
            }
            if (request.to() != null) {
                r.lte(JsonData.of(request.to().toEpochDay()));
            }
            return r;
        }));
        return Query.of(q -> q.bool(b -> b.must(visible).filter(range)));
    }

    /** The chosen values of every facet but {@code except} (null: of every facet): OR within a facet, AND across. */
    Query facetFilter(SearchRequest request, String except) {
        List<Query> facets = new ArrayList<>();
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            List<String> selected = request.selected(facet.name());
            if (!selected.isEmpty() && !facet.name().equals(except)) {
                List<FieldValue> values = selected.stream().map(FieldValue::of).toList();
                facets.add(Query.of(q -> q.terms(t -> t.field(IndexLayout.facetField(facet.name())).terms(v -> v.value(values)))));
            }
        }
        return facets.isEmpty() ? null : Query.of(q -> q.bool(b -> b.filter(facets)));
    }

    /** Relevance, except that browsing without words lists the newest first; undated material goes last either way. */
    static List<SortOptions> sort(SearchRequest request) {
        SortOrder order = request.sort() == SortOrder.RELEVANCE && request.browsing() ? SortOrder.NEWEST : request.sort();
        SortOptions score = SortOptions.of(s -> s.score(sc -> sc.order(org.opensearch.client.opensearch._types.SortOrder.Desc)));
        // Equal scores and dates come in the order of the items' keys, as on the embedded index: each copy of a shard
        // keeps its own internal order, so without this two requests could page differently.
        SortOptions key = SortOptions.of(s -> s.field(f -> f.field(IndexLayout.KEY).order(org.opensearch.client.opensearch._types.SortOrder.Asc)));
        if (order == SortOrder.RELEVANCE) {
            return List.of(score, key);
        }
        org.opensearch.client.opensearch._types.SortOrder direction = order == SortOrder.NEWEST
                ? org.opensearch.client.opensearch._types.SortOrder.Desc : org.opensearch.client.opensearch._types.SortOrder.Asc;
        SortOptions date = SortOptions.of(s -> s.field(f -> f.field(IndexLayout.DAY).order(direction).missing(FieldValue.of("_last"))));
        return List.of(date, score, key);
    }
}
