package org.abhilekh.search.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.abhilekh.search.entity.IndexCommitted;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.Suggestion;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene engine behind the search facade: it wires the store (writer, commits, near-real-time searchers)
 * to the readers, each of one concern: query building, hits with snippets, facet counts, spelling,
 * completions and similar items. Each read holds one searcher from start to end, so all it answers comes
 * from the same point in time.
 */
public final class LuceneIndex implements SearchEngine {

    private final LuceneDocumentMapper mapper;
    private final IndexStore store;
    /** Closed with the index when the index opened it ({@link #open(Path, IndexConfiguration)}). */
    private final Directory owned;
    private final FacetedSearch search;
    private final Completions completions;
    private final SimilarEntries similar;

    public LuceneIndex(Directory directory, IndexConfiguration configuration) throws IOException {
        this(directory, configuration, null);
    }

    private LuceneIndex(Directory directory, IndexConfiguration configuration, Directory owned) throws IOException {
        this.mapper = new LuceneDocumentMapper(configuration);
        this.store = new IndexStore(directory, configuration);
        this.owned = owned;
        SearchQueries queries = new SearchQueries(configuration);
        HitReader hits = new HitReader(configuration);
        this.search = new FacetedSearch(configuration, queries, hits, new FacetCounts(configuration), new Spelling(configuration, queries));
        this.completions = new Completions(configuration, hits);
        this.similar = new SimilarEntries(configuration, hits);
    }

    /** Opens (or creates) the index in a folder; closing the index closes the folder too. */
    public static LuceneIndex open(Path folder, IndexConfiguration configuration) throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        try {
            return new LuceneIndex(directory, configuration, directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Checksums of the last commit in a folder: empty when the index is whole, otherwise what is wrong with it. */
    public static Optional<String> damage(Path folder) {
        try (FSDirectory directory = FSDirectory.open(folder)) {
            return damage(directory);
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * The format a whole index in a folder was written in, when it is not the current one (keyed by kind and
     * id, each text field with the index options the configuration gives it): such an index is rebuilt rather
     * than read. Empty for an index in the current format.
     */
    public static Optional<String> olderFormat(Path folder, IndexConfiguration configuration) throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder)) {
            String format = IndexStore.lastCommitData(directory).get(IndexStore.FORMAT_KEY);
            if (!IndexStore.FORMAT.equals(format)) {
                return Optional.of(format == null ? "unmarked" : format);
            }
            return LuceneDocumentMapper.otherIndexOptions(directory, configuration);
        }
    }

    /** Checksums of the last commit: empty when the index is whole, otherwise what is wrong with it. */
    public static Optional<String> damage(Directory directory) {
        return IndexStore.damage(directory);
    }

    @Override
    public void index(IndexableDocument document) throws IOException {
        store.replace(keyOf(document.kind(), document.id()), mapper.toLucene(document), document.revision());
    }

    @Override
    public void remove(String kind, long id) throws IOException {
        store.delete(keyOf(kind, id));
    }

    private static Term keyOf(String kind, long id) {
        return new Term(LuceneDocumentMapper.KEY, LuceneDocumentMapper.key(kind, id));
    }

    @Override
    public void refresh() throws IOException {
        store.refresh();
    }

    @Override
    public void refreshBlocking() throws IOException {
        store.refreshBlocking();
    }

    @Override
    public IndexCommitted commit() throws IOException {
        Map<String, Map<Long, Long>> byKind = new HashMap<>();
        store.commit().forEach((key, revision) -> {
            int colon = key.lastIndexOf(':');
            byKind.computeIfAbsent(key.substring(0, colon), kind -> new HashMap<>())
                    .put(Long.parseLong(key.substring(colon + 1)), revision);
        });
        return new IndexCommitted(byKind);
    }

    @Override
    public HeldCommit holdLastCommit() throws IOException {
        return store.holdLastCommit();
    }

    @Override
    public int documentCount() throws IOException {
        FacetedSearcher searcher = store.acquire();
        try {
            return searcher.count(SearchQueries.visibleTo(true, new MatchAllDocsQuery()));
        } finally {
            store.release(searcher);
        }
    }

    @Override
    public boolean isOpen() {
        return store.isOpen();
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        FacetedSearcher acquired = store.acquire();
        try {
            return search.run(acquired, request);
        } finally {
            store.release(acquired);
        }
    }

    @Override
    public List<Suggestion> suggest(String typed, boolean staff) throws IOException {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        FacetedSearcher acquired = store.acquire();
        try {
            return acquired.state == null ? List.of() : completions.complete(acquired.rankingFor(staff), text, staff);
        } finally {
            store.release(acquired);
        }
    }

    @Override
    public List<SearchHit> moreLikeThis(String kind, long id, boolean staff, int count) throws IOException {
        FacetedSearcher searcher = store.acquire();
        try {
            return similar.like(searcher, kind, id, staff, count);
        } finally {
            store.release(searcher);
        }
    }

    /** The query the portal would run for this text, for tools that search an index read-only (benchmarks). */
    public static Query parseQuery(IndexConfiguration configuration, String text) throws ParseException {
        return ArchiveQueryParser.parse(configuration, text);
    }

    @Override
    public void close() throws IOException {
        try {
            store.close();
        } finally {
            if (owned != null) {
                owned.close();
            }
        }
    }
}
