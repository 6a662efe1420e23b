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
import java.util.Optional;
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
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
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
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * The Lucene index itself, with no container around it: one writer, a near-real-time searcher
 * manager and the faceted search over it. Visibility is applied inside {@link #search}, as a filter
 * on the one query that yields hits, totals, facet counts and snippets alike, so none of them can
 * tell an anonymous caller about staff-only material.
 */
public final class LuceneIndex implements AutoCloseable {

    /** Near words considered per misspelt word before the caller's own material picks among them. */
    private static final int SPELLING_OPTIONS = 10;

    /** Deep paging is what crawlers do; people refine. */
    public static final int MAX_WINDOW = 10_000;
    private static final String[] NO_PATH = new String[0];
    /** What a hit shows; never the stored body, which can run to millions of characters. */
    private static final Set<String> HIT_FIELDS = Set.of(LuceneDocumentMapper.ID, "title", "summary", LuceneDocumentMapper.DATE,
            LuceneDocumentMapper.URL, LuceneDocumentMapper.VISIBILITY, LuceneDocumentMapper.WITHHELD, LuceneDocumentMapper.storedFacet("type"),
            LuceneDocumentMapper.storedFacet("language"), LuceneDocumentMapper.storedFacet("outlet"));

    private final IndexConfiguration configuration;
    private final LuceneDocumentMapper mapper;
    private final IndexWriter writer;
    private final Directory directory;
    /** Keeps a commit's files on disk while a backup copies them, whatever merges and commits follow. */
    private final SnapshotDeletionPolicy snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
    private final SearcherManager searchers;
    private final Map<Long, Long> uncommitted = new ConcurrentHashMap<>();
    /** Query terms of these fields are marked in snippets: those analysed like the snippet field. */
    private final Set<String> highlightedFrom;

    public LuceneIndex(Directory directory, IndexConfiguration configuration) throws IOException {
        this.configuration = configuration;
        this.directory = directory;
        this.mapper = new LuceneDocumentMapper(configuration);
        IndexWriterConfig writerConfig = new IndexWriterConfig(configuration.fieldAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Fewer, larger flushed segments: a re-index of the whole archive merges far less.
                .setRAMBufferSizeMB(64)
                .setIndexDeletionPolicy(snapshots)
                .setCommitOnClose(true);
        this.writer = new IndexWriter(directory, writerConfig);
        this.searchers = new SearcherManager(writer, new FacetedSearcherFactory(configuration.facetsConfig()));
        String snippetAnalyzer = configuration.textField(configuration.snippet().field())
                .map(IndexConfiguration.TextField::queryAnalyzer).orElse("");
        this.highlightedFrom = configuration.textFields().stream().filter(field -> field.queryAnalyzer().equals(snippetAnalyzer))
                .map(IndexConfiguration.TextField::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public IndexConfiguration configuration() {
        return configuration;
    }

    /** Adds or replaces the document; it becomes searchable at the next {@link #refresh()}. */
    public void index(IndexableDocument document) throws IOException {
        writer.updateDocuments(new Term(LuceneDocumentMapper.ID, Long.toString(document.id())), mapper.toLucene(document));
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
     * Makes every change made before this call visible, waiting for a refresh already under way (which may
     * have opened its reader before the change) rather than skipping, as {@link #refresh()} does.
     */
    public void refreshBlocking() throws IOException {
        searchers.maybeRefreshBlocking();
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

    /**
     * Verifies every file of the last commit against its checksum, before a writer is opened on it.
     * Reading each file once is cheap next to what a corrupt index costs: wrong answers, or a failure
     * at the first merge long after start-up.
     *
     * @return empty when the index is whole, otherwise what is wrong with it
     */
    public static Optional<String> damage(Directory directory) {
        try {
            if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
                return Optional.of("no index commit was found");
            }
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
                CheckIndex.Status status = check.checkIndex();
                return status.clean ? Optional.empty()
                        : Optional.of(status.totLoseDocCount + " document(s) in " + status.numBadSegments + " damaged segment(s)");
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Holds the last commit's files on disk, whatever merges and commits follow, until the answer is
     * closed: a consistent copy of the index while it keeps taking changes.
     */
    public HeldCommit holdLastCommit() throws IOException {
        return new HeldCommit(snapshots.snapshot());
    }

    /** One commit kept for copying; closing it lets the writer delete its files when they are no longer used. */
    public final class HeldCommit implements AutoCloseable {
        private final IndexCommit commit;

        private HeldCommit(IndexCommit commit) {
            this.commit = commit;
        }

        /** Hands every file of the commit, with its length and bytes, to the copier. */
        public void copy(SnapshotCopier copier) throws IOException {
            for (String name : commit.getFileNames()) {
                try (IndexInput input = directory.openInput(name, IOContext.READONCE)) {
                    copier.copy(name, input.length(), new IndexInputStream(input));
                }
            }
        }

        @Override
        public void close() throws IOException {
            snapshots.release(commit);
            writer.deleteUnusedFiles();
        }
    }

    /** Receives the files of an index snapshot one by one. */
    @FunctionalInterface
    public interface SnapshotCopier {
        void copy(String name, long length, java.io.InputStream bytes) throws IOException;
    }

    private static final class IndexInputStream extends java.io.InputStream {
        private final IndexInput input;

        IndexInputStream(IndexInput input) {
            this.input = input;
        }

        @Override
        public int read() throws IOException {
            return input.getFilePointer() < input.length() ? input.readByte() & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long left = input.length() - input.getFilePointer();
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            input.readBytes(buffer, offset, count);
            return count;
        }
    }

    /** How many items the index holds (an item with withheld passages has two entries, counted once). */
    public int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(visibleTo(true, new MatchAllDocsQuery()));
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
        FacetedSearcher acquired = (FacetedSearcher) searchers.acquire();
        try {
            if (acquired.state == null) {
                return new SearchResult(0, request.page(), request.size(), List.of(), emptyFacets(request), null, false);
            }
            FacetedSearcher searcher = rankingFor(request.staff(), acquired);
            DrillSideways.DrillSidewaysResult result = find(searcher, request, userQuery);
            String suggestion = null;
            boolean partial = false;
            if (total(result) == 0 && !request.browsing()) {
                suggestion = spelling(searcher, request);
                Optional<Query> loosened = mostWords(request.query());
                DrillSideways.DrillSidewaysResult most = loosened.isPresent() ? findLoosened(searcher, request, loosened.get()) : null;
                if (most != null && total(most) > 0) {
                    result = most;
                    userQuery = loosened.get();
                    partial = true;
                }
            }
            long total = total(result);
            ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs,
                    Math.min((request.page() - 1) * request.size(), result.hits.scoreDocs.length),
                    result.hits.scoreDocs.length);
            List<SearchHit> hits = hits(searcher, userQuery, result.hits, page);
            return new SearchResult(total, request.page(), request.size(), hits, facets(result.facets, searcher.state, request),
                    suggestion, partial);
        } finally {
            searchers.release(acquired);
        }
    }

    /** Staff rank by the whole index; the public by public documents only ({@link PublicStatisticsSearcher}). */
    private static FacetedSearcher rankingFor(boolean staff, FacetedSearcher whole) throws IOException {
        return staff ? whole : new PublicStatisticsSearcher(whole);
    }

    /**
     * One pass over the matches of the query, within the caller's visibility, the date range and the
     * chosen facet values: the top of the page window, and every facet's counts as if its own choices
     * were not made (drill sideways), so the other values of a facet keep their counts.
     */
    private DrillSideways.DrillSidewaysResult find(FacetedSearcher searcher, SearchRequest request, Query userQuery) throws IOException {
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
        DrillSideways sideways = new DrillSideways(searcher, configuration.facetsConfig(), searcher.state);
        try {
            return sideways.search(drillDown, null, null, request.page() * request.size(), sort(request), false);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The search expands to too many terms; use fewer wildcards or words.", e);
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

    /** The loosened reading of a search that found nothing, if it has one that can run. */
    private Optional<Query> mostWords(String text) {
        try {
            return ArchiveQueryParser.mostWords(configuration, text);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            return Optional.empty();
        }
    }

    /** The query the portal would run for this text, for tools that search an index read-only (benchmarks). */
    public static Query parseQuery(IndexConfiguration configuration, String text) throws ParseException {
        return ArchiveQueryParser.parse(configuration, text);
    }

    /** The exact number of matches, from the collectors that ran anyway, not from a second pass. */
    private static long total(DrillSideways.DrillSidewaysResult result) {
        if (result.hits.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO) {
            return result.hits.totalHits.value();
        }
        return result.drillDownFacetsCollector.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits()).sum();
    }

    private Query parse(String text) {
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

    /** How many documents the caller may see hold this word in this field. */
    private static long visibleCount(IndexSearcher searcher, boolean staff, String field, String word) throws IOException {
        return searcher.count(visibleTo(staff, new org.apache.lucene.search.TermQuery(new Term(field, word))));
    }

    /**
     * The caller's entries: staff see every item once, by its whole text (not the public version of an item with
     * withheld passages); the public only public entries, which for such an item is its public version alone.
     */
    private static Query visibleTo(boolean staff, Query query) {
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
     * "Did you mean": each word that the caller's material does not contain is replaced by its closest word
     * that it does. Every decision looks at what the caller may see only, never at the whole index: whether
     * a word is missing, which near words qualify, and which of them wins on a tie, so a word, or how often
     * a word occurs, in staff-only material changes nothing a public reader is offered.
     */
    private String spelling(IndexSearcher searcher, SearchRequest request) throws IOException {
        String field = configuration.suggest().spellField();
        DirectSpellChecker checker = new DirectSpellChecker();
        // Suggest however common the typed word is in the whole index: that count includes staff-only documents.
        checker.setMaxQueryFrequency(Integer.MAX_VALUE);
        IndexReader reader = searcher.getIndexReader();
        String[] words = request.query().strip().split("\\s+");
        boolean changed = false;
        StringBuilder corrected = new StringBuilder();
        for (String word : words) {
            String replacement = word;
            String plain = word.toLowerCase(Locale.ROOT);
            // A word the archive lacks as typed may still find something through the glossary, a stem or
            // its romanised key ("radio" finds रेडियो); correcting it would be wrong.
            if (plain.length() >= 3 && plain.chars().allMatch(Character::isLetter) && visibleCount(searcher, request.staff(), field, plain) == 0
                    && !findsAnything(searcher, request.staff(), word)) {
                org.apache.lucene.search.spell.SuggestWord best = null;
                long bestCount = 0;
                for (org.apache.lucene.search.spell.SuggestWord option : checker.suggestSimilar(new Term(field, plain), SPELLING_OPTIONS, reader,
                        org.apache.lucene.search.spell.SuggestMode.SUGGEST_ALWAYS)) {
                    long count = option.string.equals(plain) ? 0 : visibleCount(searcher, request.staff(), field, option.string);
                    if (count > 0 && (best == null || option.score > best.score || option.score == best.score && count > bestCount)) {
                        best = option;
                        bestCount = count;
                    }
                }
                if (best != null) {
                    replacement = best.string;
                    changed = true;
                }
            }
            corrected.append(corrected.length() == 0 ? "" : " ").append(replacement);
        }
        if (!changed) {
            return null;
        }
        String candidate = corrected.toString();
        try {
            return searcher.count(visibleTo(request.staff(), parse(candidate))) > 0 ? candidate : null;
        } catch (InvalidQueryException e) {
            return null;
        }
    }

    private boolean findsAnything(IndexSearcher searcher, boolean staff, String word) throws IOException {
        try {
            return searcher.count(visibleTo(staff, parse(word))) > 0;
        } catch (InvalidQueryException e) {
            return false;
        }
    }

    /** Completions for what is being typed: matching titles first, then outlets, topics and districts. */
    public List<org.abhilekh.search.entity.Suggestion> suggest(String typed, boolean staff) throws IOException {
        String text = typed == null ? "" : typed.strip();
        List<org.abhilekh.search.entity.Suggestion> result = new ArrayList<>();
        if (text.isEmpty()) {
            return result;
        }
        IndexConfiguration.Suggest settings = configuration.suggest();
        FacetedSearcher acquired = (FacetedSearcher) searchers.acquire();
        try {
            if (acquired.state == null) {
                return result;
            }
            FacetedSearcher searcher = rankingFor(staff, acquired);
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            List<String> tokens = tokens(settings.titleField(), text);
            if (tokens.isEmpty()) {
                return result;
            }
            tokens.forEach(token -> words.add(new TermQuery(new Term(settings.titleField(), token)), BooleanClause.Occur.MUST));
            TopDocs titles = searcher.search(visibleTo(staff, words.build()), settings.limit());
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : titles.scoreDocs) {
                org.apache.lucene.document.Document doc = stored.document(hit.doc, HIT_FIELDS);
                result.add(new org.abhilekh.search.entity.Suggestion(doc.get("title"), "title", doc.get(LuceneDocumentMapper.URL), null, 1));
            }
            String lowered = text.toLowerCase(Locale.ROOT);
            org.apache.lucene.facet.FacetsCollector visible = searcher.search(visibleTo(staff, new MatchAllDocsQuery()),
                    new org.apache.lucene.facet.FacetsCollectorManager());
            Facets counts = new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(searcher.state, visible);
            List<org.abhilekh.search.entity.Suggestion> values = new ArrayList<>();
            for (String dim : settings.facets()) {
                if (searcher.state.getOrdRange(dim) == null) {
                    continue;
                }
                FacetResult all = counts.getAllChildren(dim, NO_PATH);
                if (all == null) {
                    continue;
                }
                for (LabelAndValue value : all.labelValues) {
                    String label = value.label.toLowerCase(Locale.ROOT);
                    if (label.startsWith(lowered) || label.contains(" " + lowered)) {
                        values.add(new org.abhilekh.search.entity.Suggestion(value.label, dim, null, dim + ":" + value.label,
                                value.value.longValue()));
                    }
                }
            }
            values.sort(Comparator.comparingLong(org.abhilekh.search.entity.Suggestion::count).reversed()
                    .thenComparing(org.abhilekh.search.entity.Suggestion::text));
            result.addAll(values);
            return result.stream().limit(settings.limit()).toList();
        } finally {
            searchers.release(acquired);
        }
    }

    /** Documents most like the given one, among those the caller may see; none if it may not see that one. */
    public List<SearchHit> moreLikeThis(long id, boolean staff, int count) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query self = new TermQuery(new Term(LuceneDocumentMapper.ID, Long.toString(id)));
            TopDocs found = searcher.search(visibleTo(staff, self), 1);
            if (found.scoreDocs.length == 0) {
                return List.of();
            }
            org.apache.lucene.queries.mlt.MoreLikeThis like = new org.apache.lucene.queries.mlt.MoreLikeThis(searcher.getIndexReader());
            like.setFieldNames(new String[] {"title", "body"});
            like.setAnalyzer(configuration.fieldAnalyzer());
            like.setMinTermFreq(1);
            like.setMinDocFreq(2);
            like.setMaxQueryTerms(30);
            like.setMinWordLen(3);
            Query query = new BooleanQuery.Builder()
                    .add(like.like(found.scoreDocs[0].doc), BooleanClause.Occur.MUST)
                    .add(self, BooleanClause.Occur.MUST_NOT)
                    .build();
            TopDocs similar = searcher.search(visibleTo(staff, query), count);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc hit : similar.scoreDocs) {
                org.apache.lucene.document.Document doc = stored.document(hit.doc, HIT_FIELDS);
                hits.add(toHit(doc, escapeAndShorten(doc.get("summary"), 200)));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    private List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream stream = configuration.queryAnalyzer().tokenStream(field, text)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < 10) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
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
                // Passages of about the configured length, cut at word boundaries: sentences in scanned
                // clippings and web pages are often far too long, or not marked at all.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), snippet.passageLength(), 0.5f))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withFieldMatcher(highlightedFrom::contains)
                .build();
        String[] snippets = highlighter.highlight(snippet.field(), userQuery, new TopDocs(all.totalHits, page), snippet.passages());
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            org.apache.lucene.document.Document doc = stored.document(page[i].doc, HIT_FIELDS);
            String text = snippets[i];
            if (text == null || text.isBlank()) {
                text = escapeAndShorten(doc.get("summary"), snippet.passageLength() * snippet.passages());
            }
            hits.add(toHit(doc, text));
        }
        return hits;
    }

    private static SearchHit toHit(org.apache.lucene.document.Document doc, String snippet) {
        String date = doc.get(LuceneDocumentMapper.DATE);
        return new SearchHit(
                Long.parseLong(doc.get(LuceneDocumentMapper.ID)),
                doc.get("title"),
                doc.get(LuceneDocumentMapper.storedFacet("type")),
                date == null ? null : LocalDate.parse(date),
                doc.get(LuceneDocumentMapper.storedFacet("language")),
                doc.get(LuceneDocumentMapper.storedFacet("outlet")),
                snippet,
                doc.get(LuceneDocumentMapper.URL),
                LuceneDocumentMapper.STAFF.equals(doc.get(LuceneDocumentMapper.VISIBILITY))
                        && !LuceneDocumentMapper.WHOLE.equals(doc.get(LuceneDocumentMapper.WITHHELD)));
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
    static class FacetedSearcher extends IndexSearcher {
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
