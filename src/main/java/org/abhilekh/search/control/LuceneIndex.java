package org.abhilekh.search.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.abhilekh.search.entity.FacetValue;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.SortOrder;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index itself, with no container around it: one writer, a near-real-time searcher
 * manager and the faceted search over it. Visibility is applied inside {@link #search}, as a filter
 * on the one query that yields hits, totals, facet counts and snippets alike, so none of them can
 * tell an anonymous caller about staff-only material.
 */
public final class LuceneIndex implements AutoCloseable {

    /** Deep paging is what crawlers do; people refine. */
    public static final int MAX_WINDOW = 10_000;
    private static final String[] NO_PATH = new String[0];

    private final IndexConfiguration configuration;
    private final LuceneDocumentMapper mapper;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, Long> uncommitted = new ConcurrentHashMap<>();

    public LuceneIndex(Directory directory, IndexConfiguration configuration) throws IOException {
        this.configuration = configuration;
        this.mapper = new LuceneDocumentMapper(configuration);
        IndexWriterConfig writerConfig = new IndexWriterConfig(configuration.fieldAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true);
        this.writer = new IndexWriter(directory, writerConfig);
        this.searchers = new SearcherManager(writer, new FacetedSearcherFactory(configuration.facetsConfig()));
    }

    public IndexConfiguration configuration() {
        return configuration;
    }

    /** Adds or replaces the document; it becomes searchable at the next {@link #refresh()}. */
    public void index(IndexableDocument document) throws IOException {
        writer.updateDocument(new Term(LuceneDocumentMapper.ID, Long.toString(document.id())), mapper.toLucene(document));
        uncommitted.merge(document.id(), document.revision(), Math::max);
    }

    public void remove(long id) throws IOException {
        writer.deleteDocuments(new Term(LuceneDocumentMapper.ID, Long.toString(id)));
    }

    /** Makes recent changes visible to searches (near-real-time, no commit). */
    public void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /**
     * Makes every change so far durable and answers which document revisions that covered, so the
     * owner of the truth can remember what the index holds.
     */
    public Map<Long, Long> commit() throws IOException {
        Map<Long, Long> covered = new HashMap<>(uncommitted);
        writer.commit();
        covered.forEach(uncommitted::remove);
        return covered;
    }

    public int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    public boolean isOpen() {
        return writer.isOpen();
    }

    public SearchResult search(SearchRequest request) throws IOException {
        if ((long) request.page() * request.size() > MAX_WINDOW) {
            throw new InvalidQueryException("Only the first " + MAX_WINDOW + " results can be paged through; narrow the search instead.", null);
        }
        Query userQuery = request.browsing() ? new MatchAllDocsQuery() : parse(request.query());
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        if (!request.staff()) {
            base.add(new TermQuery(new Term(LuceneDocumentMapper.VISIBILITY, LuceneDocumentMapper.PUBLIC)), BooleanClause.Occur.FILTER);
        }
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

        FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
        try {
            if (searcher.state == null) {
                return new SearchResult(0, request.page(), request.size(), List.of(), emptyFacets(request), null);
            }
            int window = request.page() * request.size();
            DrillSideways sideways = new DrillSideways(searcher, configuration.facetsConfig(), searcher.state);
            DrillSideways.DrillSidewaysResult result;
            try {
                result = sideways.search(drillDown, null, null, window, sort(request), false);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new InvalidQueryException("The search expands to too many terms; use fewer wildcards or words.", e);
            }
            long total = searcher.count(drillDown);
            ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs,
                    Math.min((request.page() - 1) * request.size(), result.hits.scoreDocs.length),
                    result.hits.scoreDocs.length);
            List<SearchHit> hits = hits(searcher, userQuery, result.hits, page);
            return new SearchResult(total, request.page(), request.size(), hits, facets(result.facets, searcher.state, request), null);
        } finally {
            searchers.release(searcher);
        }
    }

    private Query parse(String text) {
        String[] fields = configuration.textFields().stream().map(IndexConfiguration.TextField::name).toArray(String[]::new);
        Map<String, Float> boosts = new HashMap<>();
        configuration.textFields().forEach(field -> boosts.put(field.name(), field.boost()));
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, configuration.fieldAnalyzer(), boosts);
        parser.setDefaultOperator(configuration.defaultOperator());
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new InvalidQueryException("The search \"" + text + "\" cannot be understood. Check that quotes and brackets"
                    + " are closed, or put a backslash before special characters such as : ( ) [ ] \" * ?", e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The search has too many terms; use fewer words.", e);
        }
    }

    private static Sort sort(SearchRequest request) {
        SortOrder order = request.sort() == SortOrder.RELEVANCE && request.browsing() ? SortOrder.NEWEST : request.sort();
        return switch (order) {
            case RELEVANCE -> null;
            case NEWEST -> dateSort(true);
            case OLDEST -> dateSort(false);
        };
    }

    private static Sort dateSort(boolean newestFirst) {
        SortField date = new SortField(LuceneDocumentMapper.DATE_SORT, SortField.Type.LONG, newestFirst);
        // Undated material goes last either way.
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query userQuery, TopDocs all, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        IndexConfiguration.Snippet snippet = configuration.snippet();
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, configuration.fieldAnalyzer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), snippet.passageLength(), 0.5f))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .build();
        String[] snippets = highlighter.highlight(snippet.field(), userQuery, new TopDocs(all.totalHits, page), snippet.passages());
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            org.apache.lucene.document.Document doc = stored.document(page[i].doc);
            String text = snippets[i];
            if (text == null || text.isBlank()) {
                text = escapeAndShorten(doc.get("summary"), snippet.passageLength() * snippet.passages());
            }
            String date = doc.get(LuceneDocumentMapper.DATE);
            hits.add(new SearchHit(
                    Long.parseLong(doc.get(LuceneDocumentMapper.ID)),
                    doc.get("title"),
                    doc.get(LuceneDocumentMapper.storedFacet("type")),
                    date == null ? null : LocalDate.parse(date),
                    doc.get(LuceneDocumentMapper.storedFacet("language")),
                    doc.get(LuceneDocumentMapper.storedFacet("outlet")),
                    text,
                    doc.get(LuceneDocumentMapper.URL),
                    LuceneDocumentMapper.STAFF.equals(doc.get(LuceneDocumentMapper.VISIBILITY))));
        }
        return hits;
    }

    private Map<String, List<FacetValue>> facets(Facets facets, SortedSetDocValuesReaderState state, SearchRequest request) throws IOException {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            List<FacetValue> values = new ArrayList<>();
            Set<String> selected = Set.copyOf(request.selected(facet.name()));
            if (state.getOrdRange(facet.name()) != null) {
                FacetResult counts = facet.byValueDescending()
                        ? facets.getAllChildren(facet.name(), NO_PATH)
                        : facets.getTopChildren(facet.limit(), facet.name(), NO_PATH);
                if (counts != null) {
                    List<LabelAndValue> labels = new ArrayList<>(Arrays.asList(counts.labelValues));
                    Comparator<LabelAndValue> order = facet.byValueDescending()
                            ? Comparator.comparing((LabelAndValue lv) -> lv.label).reversed()
                            : Comparator.comparing((LabelAndValue lv) -> lv.value.longValue()).reversed().thenComparing(lv -> lv.label);
                    labels.sort(order);
                    labels.stream().limit(facet.limit()).forEach(lv ->
                            values.add(new FacetValue(lv.label, lv.value.longValue(), selected.contains(lv.label))));
                }
            }
            // A selected value stays visible (to be unticked) even when nothing matches it any more.
            for (String value : request.selected(facet.name())) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new FacetValue(value, 0, true));
                }
            }
            result.put(facet.name(), List.copyOf(values));
        }
        return result;
    }

    private Map<String, List<FacetValue>> emptyFacets(SearchRequest request) {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            result.put(facet.name(), request.selected(facet.name()).stream().map(v -> new FacetValue(v, 0, true)).toList());
        }
        return result;
    }

    private static String escapeAndShorten(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        String shortened = text.length() > maxChars ? text.substring(0, maxChars) + " …" : text;
        return shortened.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    /** A searcher that carries the facet ordinals of its own reader, built once per refresh. */
    static final class FacetedSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState state;

        FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState state) {
            super(reader);
            this.state = state;
        }
    }

    private static final class FacetedSearcherFactory extends SearcherFactory {
        private final FacetsConfig config;

        FacetedSearcherFactory(FacetsConfig config) {
            this.config = config;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            FieldInfo facetField = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            SortedSetDocValuesReaderState state = facetField == null || reader.numDocs() == 0
                    ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
            return new FacetedSearcher(reader, state);
        }
    }
}
