package org.abhilekh.search.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.platform.control.BackupPart;
import org.abhilekh.platform.control.BundledFolder;
import org.abhilekh.platform.control.DataFolder;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.IndexGenerations;
import org.abhilekh.search.control.LuceneIndex;
import org.abhilekh.search.entity.IndexCommitted;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.ReindexStatus;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.Suggestion;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one door to the index for the rest of the application: index, remove, search. It keeps the
 * on-disk index under the data folder, refreshes the near-real-time searcher several times a second
 * and commits on a schedule and at shutdown; after each commit it announces which document
 * revisions became durable.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final long REFRESH_MILLIS = 200;

    @Inject
    DataFolder dataFolder;

    @Inject
    @ConfigProperty(name = "abhilekh.index-config.dir")
    Optional<String> indexConfigDir;

    @Inject
    @ConfigProperty(name = "abhilekh.index.commit-interval-seconds", defaultValue = "15")
    int commitIntervalSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<IndexCommitted> committed;

    @Inject
    @Any
    Instance<IndexSource> sources;

    private volatile LuceneIndex index;
    /** During a rebuild, the new index also receives every change, so nothing is missed at the swap. */
    private volatile LuceneIndex shadow;
    private volatile ReindexStatus reindex = ReindexStatus.idle();
    private final AtomicLong rebuilt = new AtomicLong();
    private IndexGenerations generations;
    private ScheduledFuture<?> refreshing;
    private ScheduledFuture<?> committing;
    private volatile String recovery;
    /** Commits are serialised so that a snapshot knows none happened between its commit and what follows. */
    private final Object commitLock = new Object();

    /**
     * Opens the current index generation, or creates the first one. Answers true when the index is
     * new, so the caller knows it must be filled from the truth.
     */
    public synchronized boolean open() {
        if (index != null) {
            return false;
        }
        IndexConfiguration configuration = loadConfiguration();
        boolean fresh;
        try {
            generations = new IndexGenerations(dataFolder.index());
            Optional<Path> current = generations.current();
            if (current.isEmpty() && generations.any()) {
                recovery = "the index folder had no usable current generation";
            }
            Optional<LuceneIndex> whole = current.flatMap(folder -> openWhole(folder, configuration));
            fresh = whole.isEmpty();
            Path folder = fresh ? generations.next() : current.get();
            index = fresh ? new LuceneIndex(FSDirectory.open(folder), configuration) : whole.get();
            if (fresh) {
                generations.makeCurrent(folder);
            }
            generations.removeAllBut(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dataFolder.index(), e);
        }
        refreshing = scheduler.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        committing = scheduler.scheduleWithFixedDelay(this::commit, commitIntervalSeconds, commitIntervalSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "Search index open in " + dataFolder.index() + (fresh ? " (new)" : ""));
        return fresh;
    }

    /**
     * Opens the generation if every file of its last commit passes its checksum; a damaged or
     * unopenable one is left behind (and removed) so the caller starts a fresh one from the truth.
     */
    private Optional<LuceneIndex> openWhole(Path folder, IndexConfiguration configuration) {
        Optional<String> damage;
        try (FSDirectory directory = FSDirectory.open(folder)) {
            damage = LuceneIndex.damage(directory);
        } catch (IOException e) {
            damage = Optional.of(e.getMessage());
        }
        if (damage.isEmpty()) {
            FSDirectory directory = null;
            try {
                directory = FSDirectory.open(folder);
                return Optional.of(new LuceneIndex(directory, configuration));
            } catch (IOException | RuntimeException e) {
                damage = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
                closeQuietly(directory, e);
            }
        }
        String reason = damage.get();
        recovery = "the index in " + folder.getFileName() + " was damaged (" + reason + ")";
        LOG.severe(() -> "The search index in " + folder + " is damaged and is rebuilt from the database: " + reason);
        return Optional.empty();
    }

    private static void closeQuietly(FSDirectory directory, Exception cause) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException closing) {
                cause.addSuppressed(closing);
            }
        }
    }

    /**
     * Why the index had to be started again from nothing at this start (damaged, or folders without a
     * usable generation); empty after a normal start or a first start.
     */
    public Optional<String> recovery() {
        return Optional.ofNullable(recovery);
    }

    /**
     * Commits, runs {@code atCommit} before any other commit can happen, then adds every file of that
     * commit to {@code into} while the index keeps taking changes: a copy for a backup that agrees with
     * whatever {@code atCommit} read at the same moment (the database's snapshot).
     */
    public void snapshot(BackupPart.Output into, Runnable atCommit) throws IOException {
        LuceneIndex current = current();
        LuceneIndex.HeldCommit held;
        synchronized (commitLock) {
            commit();
            held = current.holdLastCommit();
            try {
                atCommit.run();
            } catch (RuntimeException e) {
                held.close();
                throw e;
            }
        }
        try (held) {
            held.copy((name, length, bytes) -> into.add(name, bytes));
        }
    }

    private IndexConfiguration loadConfiguration() {
        return IndexConfiguration.load(BundledFolder.resolve(indexConfigDir, "index-config", "fields.json"));
    }

    /**
     * Builds a fresh index from every {@link IndexSource} with the index configuration as it is now on
     * disk, then swaps it in atomically. Searches keep answering from the old index meanwhile, and
     * changes made during the rebuild reach both. Only one rebuild runs at a time.
     *
     * @return false if a rebuild is already running
     */
    public boolean rebuild(Runnable afterSwap) {
        synchronized (this) {
            if (reindex.running()) {
                return false;
            }
            reindex = new ReindexStatus(true, 0, Instant.now(), null, null);
            rebuilt.set(0);
        }
        Instant started = reindex.started();
        LuceneIndex fresh = null;
        try {
            Path folder = generations.next();
            fresh = new LuceneIndex(FSDirectory.open(folder), loadConfiguration());
            shadow = fresh;
            LuceneIndex target = fresh;
            Consumer<IndexableDocument> into = document -> {
                try {
                    target.index(document);
                    rebuilt.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            sources.forEach(source -> source.feed(into));
            Map<Long, Long> revisions = fresh.commit();
            fresh.refresh();
            LuceneIndex old;
            synchronized (this) {
                old = index;
                index = fresh;
                shadow = null;
                generations.makeCurrent(folder);
            }
            old.close();
            generations.removeAllBut(folder);
            committed.fire(new IndexCommitted(revisions));
            afterSwap.run();
            reindex = new ReindexStatus(false, rebuilt.get(), started, Instant.now(), null);
            LOG.info(() -> "Index rebuilt with " + rebuilt.get() + " documents");
        } catch (IOException | RuntimeException e) {
            shadow = null;
            if (fresh != null) {
                try {
                    fresh.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
            LOG.log(Level.SEVERE, "Index rebuild failed; the previous index stays in use", e);
            reindex = new ReindexStatus(false, rebuilt.get(), started, Instant.now(), "The rebuild failed: " + e.getMessage());
        }
        return true;
    }

    public ReindexStatus reindexStatus() {
        ReindexStatus status = reindex;
        return status.running() ? new ReindexStatus(true, rebuilt.get(), status.started(), null, null) : status;
    }

    public boolean isOpen() {
        LuceneIndex current = index;
        return current != null && current.isOpen();
    }

    public IndexConfiguration configuration() {
        return current().configuration();
    }

    public void index(IndexableDocument document) {
        try {
            current().index(document);
            LuceneIndex rebuilding = shadow;
            if (rebuilding != null) {
                rebuilding.index(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index document " + document.id(), e);
        }
    }

    public void remove(long id) {
        try {
            current().remove(id);
            LuceneIndex rebuilding = shadow;
            if (rebuilding != null) {
                rebuilding.remove(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove document " + id + " from the index", e);
        }
    }

    /**
     * Makes the changes so far visible to searches now rather than at the next scheduled refresh, for
     * a person who has just saved, hidden or deleted something and looks again at once.
     */
    public void refreshNow() {
        try {
            current().refreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("The index could not be refreshed", e);
        }
    }

    public List<Suggestion> suggest(String typed, boolean staff) {
        try {
            return current().suggest(typed, staff);
        } catch (IOException e) {
            throw new UncheckedIOException("The index could not be read", e);
        }
    }

    public List<SearchHit> moreLikeThis(long id, boolean staff, int count) {
        try {
            return current().moreLikeThis(id, staff, count);
        } catch (IOException e) {
            throw new UncheckedIOException("The index could not be read", e);
        }
    }

    public SearchResult search(SearchRequest request) {
        try {
            return current().search(request);
        } catch (IOException e) {
            throw new UncheckedIOException("The index could not be read", e);
        }
    }

    /** Commits now; used by the schedule, at shutdown, and by callers that need durability at once. */
    public void commit() {
        LuceneIndex current = index;
        if (current == null || !current.isOpen()) {
            return;
        }
        try {
            synchronized (commitLock) {
                Map<Long, Long> revisions = current.commit();
                if (!revisions.isEmpty()) {
                    committed.fire(new IndexCommitted(revisions));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Index commit failed; changes stay buffered and are retried", e);
        }
    }

    private void refresh() {
        LuceneIndex current = index;
        if (current == null) {
            return;
        }
        try {
            current.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Index refresh failed", e);
        }
    }

    private LuceneIndex current() {
        LuceneIndex current = index;
        if (current == null) {
            throw new IllegalStateException("The search index is not open yet");
        }
        return current;
    }

    @PreDestroy
    synchronized void close() {
        if (refreshing != null) {
            refreshing.cancel(false);
            committing.cancel(false);
        }
        if (index != null) {
            commit();
            try {
                index.close();
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "Closing the index failed", e);
            }
            index = null;
        }
    }
}
