package org.abhilekh.search.control;

import java.util.Optional;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SortOrder;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the queries a search runs: the reader's text parsed (or its loosened reading), restricted to the
 * caller's entries, the date range and the chosen facet values, and the order of the hits. Visibility is
 * part of the one query, so hits, totals, facet counts and snippets all come from the same entries.
 * The parsing is public so that the cluster engine reads the query language exactly as this one does.
 */
public final class SearchQueries {

    /** Deep paging is what crawlers do; people refine. Beyond this many hits no engine pages. */
    public static final int MAX_WINDOW = FacetedSearch.MAX_WINDOW;

    private final IndexConfiguration configuration;

    public SearchQueries(IndexConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The query for the reader's text; a mistake in it is an {@link InvalidQueryException} that says what to fix. */
    public Query parse(String text) {
        try {
            return ArchiveQueryParser.parse(configuration, text);
        } catch (ParseException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ArchiveQueryParser.UnsupportedSyntax unsupported) {
                    throw new InvalidQueryException(unsupported.getMessage(), e);
                }
            }
            throw new InvalidQueryException("The search \"" + text + "\" cannot be understood. Check that quotes and brackets"
                    + " are closed, or put a backslash before special characters such as : ( ) [ ] \" * ?", e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The search has too many terms; use fewer words.", e);
        }
    }

    /** The loosened reading of a search that found nothing, if it has one that can run. */
    public Optional<Query> mostWords(String text) {
        try {
            return ArchiveQueryParser.mostWords(configuration, text);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            return Optional.empty();
        }
    }

    /**
     * The reader's words without the dictionary's translations, for a search that has a loosened reading, when a
     * dictionary is in use: if these find nothing, what the search found came through translations alone, and the
     * documents that hold most of the reader's own words are wanted beside it ({@link #eitherReading}).
     */
    public Optional<Query> ownWords(String text) {
        return mostWords(text).isEmpty() ? Optional.empty() : ownWordsOfLoosenable(text);
    }

    /** {@link #ownWords} of a text already known to have a loosened reading, which need not be parsed again to know it. */
    Optional<Query> ownWordsOfLoosenable(String text) {
        if (configuration.dictionary().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ArchiveQueryParser.parse(configuration.withoutDictionary(), text));
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            return Optional.empty();
        }
    }

    /**
     * A search whose words were found together only through the dictionary also lists what holds most of the words
     * as typed: a full match through translations must not hide a same-language document that lacks a word. Matches
     * of both readings score highest.
     */
    public static Query eitherReading(Query strict, Query loosened) {
        return new BooleanQuery.Builder().add(strict, BooleanClause.Occur.SHOULD).add(loosened, BooleanClause.Occur.SHOULD).build();
    }

    /** The query within the caller's visibility, the date range and the chosen facet values (drilled down). */
    DrillDownQuery filtered(SearchRequest request, Query userQuery) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(visibleTo(request.staff(), userQuery), BooleanClause.Occur.MUST);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            base.add(LongPoint.newRangeQuery(LuceneDocumentMapper.DATE_POINT, from, to), BooleanClause.Occur.FILTER);
        }
        DrillDownQuery drillDown = new DrillDownQuery(configuration.facetsConfig(), base.build());
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            for (String value : request.selected(facet.name())) {
                drillDown.add(facet.name(), value);
            }
        }
        return drillDown;
    }

    /**
     * The caller's entries: staff see every item once, by its whole text (not the public version of an item with
     * withheld passages); the public only public entries, which for such an item is its public version alone.
     */
    static Query visibleTo(boolean staff, Query query) {
        if (staff) {
            return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(LuceneDocumentMapper.WITHHELD, LuceneDocumentMapper.PUBLIC_VERSION)), BooleanClause.Occur.MUST_NOT)
                    .build();
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(LuceneDocumentMapper.VISIBILITY, LuceneDocumentMapper.PUBLIC)), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * Relevance, except that browsing without words lists the newest first. Equal scores and equal dates come in the
     * order of the items' keys, never in the index's internal order, which merges change and each copy of a cluster's
     * shard keeps its own: the same request gives the same order every time, so pages neither repeat nor skip.
     */
    static Sort sort(SearchRequest request) {
        SortOrder order = request.sort() == SortOrder.RELEVANCE && request.browsing() ? SortOrder.NEWEST : request.sort();
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byKey());
            case NEWEST -> dateSort(true);
            case OLDEST -> dateSort(false);
        };
    }

    private static Sort dateSort(boolean newestFirst) {
        SortField date = new SortField(LuceneDocumentMapper.DATE_SORT, SortField.Type.LONG, newestFirst);
        // Undated material goes last either way.
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE, byKey());
    }

    private static SortField byKey() {
        return new SortField(LuceneDocumentMapper.KEY_SORT, SortField.Type.STRING);
    }
}
