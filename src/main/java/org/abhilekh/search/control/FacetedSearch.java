package org.abhilekh.search.control;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TotalHits;

/**
 * One search request against one searcher: the page of hits with snippets, exact totals and facet counts
 * from a single drill-sideways pass, and, when nothing matches, a spelling correction and the loosened
 * reading (most of the words) if that finds something; when the words were found together only through the
 * dictionary's translations, the loosened reading beside them.
 */
final class FacetedSearch {

    /** Deep paging is what crawlers do; people refine. */
    static final int MAX_WINDOW = 10_000;

    private final IndexConfiguration configuration;
    private final SearchQueries queries;
    private final HitReader hits;
    private final FacetCounts facets;
    private final Spelling spelling;

    FacetedSearch(IndexConfiguration configuration, SearchQueries queries, HitReader hits, FacetCounts facets, Spelling spelling) {
        this.configuration = configuration;
        this.queries = queries;
        this.hits = hits;
        this.facets = facets;
        this.spelling = spelling;
    }

    SearchResult run(FacetedSearcher acquired, SearchRequest request) throws IOException {
        if ((long) request.page() * request.size() > MAX_WINDOW) {
            throw new InvalidQueryException("Only the first " + MAX_WINDOW + " results can be paged through; narrow the search instead.", null);
        }
        Query userQuery = request.browsing() ? new MatchAllDocsQuery() : queries.parse(request.query());
        if (acquired.state == null) {
            return new SearchResult(0, request.page(), request.size(), List.of(), facets.none(request), null, false);
        }
        FacetedSearcher searcher = acquired.rankingFor(request.staff());
        DrillSideways.DrillSidewaysResult result = find(searcher, request, userQuery);
        String suggestion = null;
        boolean partial = false;
        if (total(result) == 0 && !request.browsing()) {
            suggestion = spelling.correction(searcher, request);
            Optional<Query> loosened = queries.mostWords(request.query());
            DrillSideways.DrillSidewaysResult most = loosened.isPresent() ? findLoosened(searcher, request, loosened.get()) : null;
            if (most != null && total(most) > 0) {
                result = most;
                userQuery = loosened.get();
                partial = true;
            }
        } else if (!request.browsing() && configuration.dictionary().isPresent()) {
            // Only the dictionary's translations can find the words together where the words as typed do not.
            Optional<Query> loosened = queries.mostWords(request.query());
            if (loosened.isPresent() && foundOnlyThroughTranslations(searcher, request)) {
                Query either = SearchQueries.eitherReading(userQuery, loosened.get());
                DrillSideways.DrillSidewaysResult wider = findLoosened(searcher, request, either);
                if (wider != null) {
                    result = wider;
                    userQuery = either;
                    partial = true;
                }
            }
        }
        ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs,
                Math.min((request.page() - 1) * request.size(), result.hits.scoreDocs.length),
                result.hits.scoreDocs.length);
        return new SearchResult(total(result), request.page(), request.size(), hits.page(searcher, userQuery, result.hits, page),
                facets.of(result.facets, searcher.state, request), suggestion, partial);
    }

    /**
     * One pass over the matches of the query, within the caller's visibility, the date range and the
     * chosen facet values: the top of the page window, and every facet's counts as if its own choices
     * were not made (drill sideways), so the other values of a facet keep their counts.
     */
    private DrillSideways.DrillSidewaysResult find(FacetedSearcher searcher, SearchRequest request, Query userQuery) throws IOException {
        DrillSideways sideways = new DrillSideways(searcher, configuration.facetsConfig(), searcher.state);
        try {
            return sideways.search(queries.filtered(request, userQuery), null, null, request.page() * request.size(),
                    SearchQueries.sort(request), false);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The search expands to too many terms; use fewer wildcards or words.", e);
        }
    }

    /**
     * Whether the reader's own words, without the dictionary, find nothing the caller may see with the request's
     * choices; for a search known to have a loosened reading.
     */
    private boolean foundOnlyThroughTranslations(FacetedSearcher searcher, SearchRequest request) throws IOException {
        Optional<Query> own = queries.ownWordsOfLoosenable(request.query());
        return own.isPresent() && !anyMatch(searcher, queries.filtered(request, own.get()));
    }

    /** Whether the query matches at all: it stops at the first match, where counting would visit every one. */
    private static boolean anyMatch(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<FirstMatch, Boolean>() {
            @Override
            public FirstMatch newCollector() {
                return new FirstMatch();
            }

            @Override
            public Boolean reduce(Collection<FirstMatch> collectors) {
                return collectors.stream().anyMatch(collector -> collector.found);
            }
        });
    }

    /** Collects nothing: notes that a document matched and ends the search of every leaf after it. */
    private static final class FirstMatch extends SimpleCollector {
        private boolean found;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            if (found) {
                throw new CollectionTerminatedException();
            }
        }

        @Override
        public void collect(int doc) {
            found = true;
            throw new CollectionTerminatedException();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** A loosened reading that is too big to run is no answer, not the caller's mistake. */
    private DrillSideways.DrillSidewaysResult findLoosened(FacetedSearcher searcher, SearchRequest request, Query loosened) throws IOException {
        try {
            return find(searcher, request, loosened);
        } catch (InvalidQueryException e) {
            return null;
        }
    }

    /** The exact number of matches, from the collectors that ran anyway, not from a second pass. */
    private static long total(DrillSideways.DrillSidewaysResult result) {
        if (result.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
            return result.hits.totalHits.value();
        }
        return result.drillDownFacetsCollector.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits()).sum();
    }

}
