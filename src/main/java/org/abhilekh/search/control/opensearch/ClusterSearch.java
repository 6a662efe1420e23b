package org.abhilekh.search.control.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.abhilekh.search.control.InvalidQueryException;
import org.abhilekh.search.control.SearchQueries;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * One search request on the cluster, as the embedded engine's faceted search runs it: one request gives the
 * page of hits with highlights, the exact total and every facet's drill-sideways counts; when nothing matches,
 * a spelling correction, and the loosened reading (most of the words) if that finds something; when the words were
 * found together only through the dictionary's translations, the loosened reading beside them.
 */
final class ClusterSearch {

    private final OpenSearchClient client;
    private final IndexLayout layout;
    private final ClusterQueries queries;
    private final ClusterHits hits;
    private final ClusterFacets facets;
    private final ClusterSpelling spelling;

    ClusterSearch(OpenSearchClient client, IndexLayout layout, ClusterQueries queries, ClusterHits hits, ClusterFacets facets,
                  ClusterSpelling spelling) {
        this.client = client;
        this.layout = layout;
        this.queries = queries;
        this.hits = hits;
        this.facets = facets;
        this.spelling = spelling;
    }

    SearchResult run(SearchRequest request) throws IOException {
        if ((long) request.page() * request.size() > SearchQueries.MAX_WINDOW) {
            throw new InvalidQueryException("Only the first " + SearchQueries.MAX_WINDOW
                    + " results can be paged through; narrow the search instead.", null);
        }
        Query userQuery = request.browsing() ? Query.of(q -> q.matchAll(m -> m)) : queries.parse(request.query());
        SearchResponse<ObjectNode> response = find(request, userQuery);
        String suggestion = null;
        boolean partial = false;
        if (total(response) == 0 && !request.browsing()) {
            suggestion = spelling.correction(request);
            Optional<Query> loosened = loosened(request);
            if (loosened.isPresent()) {
                SearchResponse<ObjectNode> most = findLoosened(request, loosened.get());
                if (most != null && total(most) > 0) {
                    response = most;
                    partial = true;
                }
            }
        } else if (!request.browsing() && foundOnlyThroughTranslations(request)) {
            Optional<Query> either = queries.eitherReading(request.query());
            SearchResponse<ObjectNode> wider = either.isPresent() ? findLoosened(request, either.get()) : null;
            if (wider != null) {
                response = wider;
                partial = true;
            }
        }
        return new SearchResult(total(response), request.page(), request.size(), hits.read(response.hits().hits(), !request.browsing()),
                facets.read(response.aggregations(), request), suggestion, partial);
    }

    /** Whether the reader's own words, without the dictionary, find nothing the caller may see with the request's choices. */
    private boolean foundOnlyThroughTranslations(SearchRequest request) throws IOException {
        Optional<Query> own = queries.ownWords(request.query());
        if (own.isEmpty()) {
            return false;
        }
        Query base = queries.base(request, own.get());
        Query chosen = queries.facetFilter(request, null);
        Query counted = chosen == null ? base : Query.of(q -> q.bool(b -> b.must(base).filter(chosen)));
        return client.count(c -> c.index(layout.alias()).preference(layout.readPreference()).query(counted)).count() == 0;
    }

    /** A loosened reading that is too big to run is no answer, not the caller's mistake. */
    private SearchResponse<ObjectNode> findLoosened(SearchRequest request, Query loosened) throws IOException {
        try {
            return find(request, loosened);
        } catch (InvalidQueryException e) {
            return null;
        }
    }

    /** A loosened reading that cannot be made is no answer, not the caller's mistake. */
    private Optional<Query> loosened(SearchRequest request) {
        try {
            return queries.mostWords(request.query());
        } catch (InvalidQueryException e) {
            return Optional.empty();
        }
    }

    /** The cluster refuses a search that expands too far (wildcards); that is the caller's to change, as on the embedded index. */
    private SearchResponse<ObjectNode> find(SearchRequest request, Query userQuery) throws IOException {
        try {
            return search(request, userQuery);
        } catch (OpenSearchException e) {
            if (e.status() == 400) {
                throw new InvalidQueryException("The search expands to too many terms; use fewer wildcards or words.", e);
            }
            throw e;
        }
    }

    private SearchResponse<ObjectNode> search(SearchRequest request, Query userQuery) throws IOException {
        Query base = queries.base(request, userQuery);
        Query chosen = queries.facetFilter(request, null);
        return client.search(s -> {
            s.index(layout.alias()).preference(layout.readPreference()).query(base).trackTotalHits(t -> t.enabled(true))
                    .from((request.page() - 1) * request.size()).size(request.size())
                    .sort(ClusterQueries.sort(request))
                    .source(src -> src.filter(f -> f.includes(hits.sourceFields())))
                    .aggregations(facets.aggregations(request));
            if (!request.browsing()) {
                s.highlight(hits.highlight().toBuilder().highlightQuery(userQuery).build());
            }
            if (chosen != null) {
                s.postFilter(chosen);
            }
            return s;
        }, ObjectNode.class);
    }

    private static long total(SearchResponse<ObjectNode> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }
}
