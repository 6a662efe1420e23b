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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.platform.control.BackupPart;
import org.abhilekh.platform.control.BundledFolder;
import org.abhilekh.platform.control.DataFolder;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.IndexGenerations;
import org.abhilekh.search.control.HeldCommit;
import org.abhilekh.search.control.LuceneIndex;
import org.abhilekh.search.control.PendingRemovals;
import org.abhilekh.search.control.SearchEngine;
import org.abhilekh.search.control.SearchSettings;
import org.abhilekh.search.control.opensearch.OpenSearchEngine;
import org.abhilekh.search.entity.IndexCommitted;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.PendingRemoval;
import org.abhilekh.search.entity.ReindexStatus;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.Suggestion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one door to the index for the rest of the application: index, remove, search, in the project's own
 * types. Items are keyed by kind and id. It keeps the on-disk index generations under the data folder,
 * refreshes the near-real-time searcher several times a second and commits on a schedule and at shutdown;
 * after each commit it announces which item revisions, by kind, became durable. The engine behind it is a
 * {@link SearchEngine}: {@link LuceneIndex} in the data folder, or the search cluster when
 * {@code abhilekh.search.engine=opensearch}. The cluster may not answer: then changes are not lost but stay behind
 * (their revisions are not announced; failed removals are kept in {@link PendingRemovals}) and a scheduled catch-up
 * sends them when it answers again, while searches answer 503.
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

    @Inject
    EngineSettings engineSettings;

    @Inject
    PendingRemovals pendingRemovals;

    @Inject
    SearchMetrics metrics;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<IndexCommitted> committed;

    @Inject
    @Any
    Instance<IndexSource> sources;

    private volatile SearchEngine index;
    /** During a rebuild, the new index also receives every change, so nothing is missed at the swap. */
    private volatile SearchEngine shadow;
    /** The configuration the current index was built with: requests are read against it. */
    private volatile IndexConfiguration configuration;
    private volatile ReindexStatus reindex = ReindexStatus.idle();
    private final AtomicLong rebuilt = new AtomicLong();
    private IndexGenerations generations;
    private ScheduledFuture<?> refreshing;
    private ScheduledFuture<?> committing;
    private ScheduledFuture<?> catchingUp;
    private volatile boolean cluster;
    private ClusterKeeping keeping;
    private volatile String recovery;
    /**
     * Held (shared) by every change to the Lucene index, and exclusively by the rebuild's swap: a change then reaches
     * the old index and the new one, or only the new one, and never an index already closed.
     */
    private final ReadWriteLock swapping = new ReentrantReadWriteLock();
    /**
     * Removals from the embedded index since its last commit, by kind and id: their rows in {@link PendingRemovals},
     * written with the deletion, are forgotten once a commit has made them durable.
     */
    private final Set<Item> removedSinceCommit = ConcurrentHashMap.newKeySet();
    /** Commits are serialised so that a snapshot knows none happened between its commit and what follows. */
    private final Object commitLock = new Object();

    private record Item(String kind, long id) {
    }

    /**
     * Opens the current index generation, or creates the first one. Answers true when the index is
     * new, so the caller knows it must be filled from the truth.
     */
    public synchronized boolean open() {
        if (index != null) {
            return false;
        }
        SearchSettings settings = engineSettings.settings();
        IndexConfiguration configuration = loadConfiguration();
        EngineOpening.Opened opened = settings.cluster() ? EngineOpening.cluster(settings, configuration)
                : EngineOpening.lucene(dataFolder.index(), configuration);
        cluster = settings.cluster();
        generations = opened.generations();
        recovery = opened.recovery();
        this.configuration = configuration;
        index = opened.engine();
        if (cluster) {
            // The cluster refreshes itself; the first catch-up also makes removals left from before this start.
            keeping = new ClusterKeeping(pendingRemovals);
            catchingUp = scheduler.scheduleWithFixedDelay(this::catchUp, engineSettings.catchUpSeconds(),
                    engineSettings.catchUpSeconds(), TimeUnit.SECONDS);
        } else {
            makeRemovalsLeftPending();
            refreshing = scheduler.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        }
        committing = scheduler.scheduleWithFixedDelay(this::commit, commitIntervalSeconds, commitIntervalSeconds, TimeUnit.SECONDS);
        return opened.fresh();
    }

    /** True when the index is on the search cluster: nothing of it in the data folder or a backup. */
    public boolean onCluster() {
        return cluster;
    }

    /** The cluster's health as last seen ({@code green}, {@code yellow}, {@code red}, {@code unreachable}). */
    public String clusterHealth() {
        return cluster ? keeping.health() : "none";
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
        HeldCommit held;
        synchronized (commitLock) {
            commit();
            held = current().holdLastCommit();
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
        SearchEngine fresh = null;
        IndexCommitted revisions;
        try {
            IndexConfiguration freshConfiguration = loadConfiguration();
            Path folder = cluster ? null : generations.next();
            fresh = cluster ? ((OpenSearchEngine) current()).nextGeneration(freshConfiguration) : LuceneIndex.open(folder, freshConfiguration);
            shadow = fresh;
            SearchEngine target = fresh;
            Consumer<IndexableDocument> into = document -> {
                try {
                    target.index(document);
                    rebuilt.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            sources.forEach(source -> source.feed(into));
            revisions = fresh.commit();
            fresh.refresh();
            swapIn(fresh, freshConfiguration, folder);
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
            return true;
        }
        // The new index is in use from here on: nothing that follows may close it or call the rebuild failed.
        committed.fire(revisions);
        try {
            if (!cluster) {
                generations.removeAllBut(generations.current().orElseThrow());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Folders of earlier index generations could not all be removed; the next start removes them", e);
        }
        String problem = null;
        try {
            afterSwap.run();
        } catch (RuntimeException e) {
            // The rebuilt index is in use and whole: changes made while it was built reached it as they happened; this
            // pass only repeats them, for one that raced the reading of its item.
            LOG.log(Level.WARNING, "Indexing what changed during the rebuild failed", e);
            problem = "The index was rebuilt, but what changed meanwhile could not all be indexed again: " + e.getMessage();
        }
        reindex = new ReindexStatus(false, rebuilt.get(), started, Instant.now(), problem);
        LOG.info(() -> "Index rebuilt with " + rebuilt.get() + " documents");
        return true;
    }

    /**
     * Makes the rebuilt index the one in use (the current folder, or the cluster's alias) and closes the old one. Both
     * happen while no commit can run, since the scheduled commit may be committing the old index at this moment
     * (closing a writer in mid-commit fails), and while no change is under way, so each reaches the one in use.
     */
    private synchronized void swapIn(SearchEngine fresh, IndexConfiguration freshConfiguration, Path folder) throws IOException {
        // Commit lock first: a commit holding it may wait on the database for a change that holds the swap lock shared.
        synchronized (commitLock) {
            swapping.writeLock().lock();
            try {
                if (fresh instanceof OpenSearchEngine generation) {
                    generation.takeOver();
                } else {
                    generations.makeCurrent(folder);
                }
                SearchEngine old = index;
                index = fresh;
                configuration = freshConfiguration;
                shadow = null;
                try {
                    old.close();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Closing the index replaced by the rebuild failed; its folder is removed all the same", e);
                }
            } finally {
                swapping.writeLock().unlock();
            }
        }
    }

    public ReindexStatus reindexStatus() {
        ReindexStatus status = reindex;
        return status.running() ? new ReindexStatus(true, rebuilt.get(), status.started(), null, null) : status;
    }

    public boolean isOpen() {
        SearchEngine current = index;
        return current != null && current.isOpen();
    }

    /** For reading requests in this feature's resources and pages; other features do not need it. */
    IndexConfiguration configuration() {
        current();
        return configuration;
    }

    /**
     * Records, in the caller's transaction, that the item must leave the index: call it in the transaction that deletes
     * the item, then {@link #remove} after it. Should the server stop in between, or the index not take the removal,
     * the record makes it later (at the next start, or the cluster's next catch-up), so a deleted item never stays
     * searchable.
     */
    public void removalPending(String kind, long id) {
        pendingRemovals.remember(kind, id);
    }

    /** At the start of the embedded index: the removals recorded but not made durable before the server stopped. */
    private void makeRemovalsLeftPending() {
        List<PendingRemoval> left = pendingRemovals.all();
        if (left.isEmpty()) {
            return;
        }
        left.forEach(removal -> remove(removal.getKind(), removal.getItemId()));
        commit();
        LOG.info(() -> "Made " + left.size() + " removal(s) from the index that a stop had cut off");
    }

    public void index(IndexableDocument document) {
        swapping.readLock().lock();
        try {
            if (cluster) {
                keeping.index(current(), document);
                SearchEngine rebuilding = shadow;
                if (rebuilding != null) {
                    keeping.index(rebuilding, document);
                }
                return;
            }
            current().index(document);
            SearchEngine rebuilding = shadow;
            if (rebuilding != null) {
                rebuilding.index(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index " + document.kind() + " " + document.id(), e);
        } finally {
            swapping.readLock().unlock();
        }
    }

    /** Takes the item of this kind ({@code "document"}, {@code "post"}) and id out of the index. */
    public void remove(String kind, long id) {
        swapping.readLock().lock();
        try {
            if (cluster) {
                keeping.remove(current(), kind, id);
                SearchEngine rebuilding = shadow;
                if (rebuilding != null) {
                    keeping.remove(rebuilding, kind, id);
                }
                return;
            }
            current().remove(kind, id);
            SearchEngine rebuilding = shadow;
            if (rebuilding != null) {
                rebuilding.remove(kind, id);
            }
            removedSinceCommit.add(new Item(kind, id));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + kind + " " + id + " from the index", e);
        } finally {
            swapping.readLock().unlock();
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
            if (!cluster) {
                throw new UncheckedIOException("The index could not be refreshed", e);
            }
            keeping.noAnswer("refreshing", e);
        }
    }

    public List<Suggestion> suggest(String typed, boolean staff) {
        return read(engine -> engine.suggest(typed, staff));
    }

    /** Items most like this one, among those the caller may see; none if it may not see this one. */
    public List<SearchHit> moreLikeThis(String kind, long id, boolean staff, int count) {
        return read(engine -> engine.moreLikeThis(kind, id, staff, count));
    }

    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        SearchResult result = read(engine -> engine.search(request));
        metrics.searchTook(Duration.ofNanos(System.nanoTime() - started));
        return result;
    }

    private interface Read<T> { T from(SearchEngine engine) throws IOException; }

    /** A read; on the cluster one that gets no answer is refused as unavailable (503), not as a fault of ours. */
    private <T> T read(Read<T> read) {
        try {
            T answer = read.from(current());
            if (cluster) {
                keeping.answered();
            }
            return answer;
        } catch (IOException e) {
            if (cluster) {
                throw keeping.unavailable(e);
            }
            throw new UncheckedIOException("The index could not be read", e);
        }
    }

    /** On the cluster, every few seconds: sends what is behind once it answers again. */
    private void catchUp() {
        if (index instanceof OpenSearchEngine engine && engine.isOpen()) {
            keeping.catchUp(engine, engine::health, () -> sources.forEach(IndexSource::catchUp), this::commit);
        }
    }

    /** Commits now; used by the schedule, at shutdown, and by callers that need durability at once. */
    public void commit() {
        try {
            synchronized (commitLock) {
                // Read under the lock: a rebuild's swap closes the index it replaces while holding it.
                SearchEngine current = index;
                if (current == null || !current.isOpen()) {
                    return;
                }
                List<Item> removed = List.copyOf(removedSinceCommit);
                IndexCommitted revisions = current.commit();
                removed.forEach(item -> pendingRemovals.forget(item.kind(), item.id()));
                removedSinceCommit.removeAll(removed);
                if (!revisions.isEmpty()) {
                    committed.fire(revisions);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (cluster) {
                keeping.noAnswer("committing", e);
                return;
            }
            LOG.log(Level.SEVERE, "Index commit failed; changes stay buffered and are retried", e);
        }
    }

    private void refresh() {
        SearchEngine current = index;
        if (current == null) {
            return;
        }
        try {
            current.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Index refresh failed", e);
        }
    }

    private SearchEngine current() {
        SearchEngine current = index;
        if (current == null) {
            throw new IllegalStateException("The search index is not open yet");
        }
        return current;
    }

    @PreDestroy
    synchronized void close() {
        java.util.stream.Stream.of(refreshing, committing, catchingUp).filter(java.util.Objects::nonNull).forEach(each -> each.cancel(false));
        synchronized (commitLock) {
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
}
