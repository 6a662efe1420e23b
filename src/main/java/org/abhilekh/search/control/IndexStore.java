package org.abhilekh.search.control;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The index on disk: one writer, its commits and the snapshots backups copy, and the near-real-time
 * searchers over it. It knows entries only as Lucene documents under a key term; what goes into them is
 * {@link LuceneDocumentMapper}'s, and what is asked of them the readers'.
 */
final class IndexStore implements AutoCloseable {

    /**
     * Written into every commit: entries are keyed by kind and id ({@code document:12}). An index without this
     * marker, or with another, is rebuilt from the truth rather than read (see {@link LuceneIndex#problem}).
     */
    static final String FORMAT_KEY = "abhilekh.index-format";
    static final String FORMAT = "keyed-by-kind";

    private final Directory directory;
    private final IndexWriter writer;
    /** Keeps a commit's files on disk while a backup copies them, whatever merges and commits follow. */
    private final SnapshotDeletionPolicy snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
    private final SearcherManager searchers;
    /** Revisions written since the last commit, by entry key, so a commit can say which it made durable. */
    private final Map<String, Long> uncommitted = new ConcurrentHashMap<>();

    IndexStore(Directory directory, IndexConfiguration configuration) throws IOException {
        this.directory = directory;
        IndexWriterConfig writerConfig = new IndexWriterConfig(configuration.fieldAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Fewer, larger flushed segments: a re-index of the whole archive merges far less.
                .setRAMBufferSizeMB(64)
                .setIndexDeletionPolicy(snapshots)
                .setCommitOnClose(true)
                // Stored fields (each body, for its snippets) deflated rather than LZ4'd: they were half the index,
                // and a search decompresses only its page of hits.
                .setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION));
        this.writer = new IndexWriter(directory, writerConfig);
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        this.searchers = new SearcherManager(writer, new FacetedSearcher.Factory(configuration.facetsConfig()));
    }

    /** Replaces every entry under the key with the given ones, remembering the revision for the next commit. */
    void replace(Term key, List<Document> entries, long revision) throws IOException {
        writer.updateDocuments(key, entries);
        uncommitted.merge(key.text(), revision, Math::max);
    }

    void delete(Term key) throws IOException {
        writer.deleteDocuments(key);
    }

    /** Makes recent changes visible to searches (near-real-time, no commit). */
    void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /** Waits for a refresh already under way, which may have opened its reader before the latest change. */
    void refreshBlocking() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes every change so far durable; answers the revisions that covered, by entry key. */
    Map<String, Long> commit() throws IOException {
        Map<String, Long> covered = new HashMap<>(uncommitted);
        writer.commit();
        covered.forEach(uncommitted::remove);
        return covered;
    }

    /** What the last commit recorded beside the entries (empty for an index never committed). */
    static Map<String, String> lastCommitData(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        return Map.copyOf(DirectoryReader.listCommits(directory).getLast().getUserData());
    }

    HeldCommit holdLastCommit() throws IOException {
        return new HeldCommit(snapshots.snapshot(), directory, snapshots, writer);
    }

    FacetedSearcher acquire() throws IOException {
        return (FacetedSearcher) searchers.acquire();
    }

    void release(FacetedSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    boolean isOpen() {
        return writer.isOpen();
    }

    /**
     * Verifies every file of the last commit against its checksum, before a writer is opened on it.
     * Reading each file once is cheap next to what a corrupt index costs: wrong answers, or a failure
     * at the first merge long after start-up.
     *
     * @return empty when the index is whole, otherwise what is wrong with it
     */
    static Optional<String> damage(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
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

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
