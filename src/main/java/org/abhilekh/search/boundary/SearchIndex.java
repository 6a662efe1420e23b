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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.abhilekh.platform.control.BackupPart;
import org.abhilekh.platform.control.DataFolder;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.IndexGenerations;
import org.abhilekh.search.control.HeldCommit;
import org.abhilekh.search.control.LuceneIndex;
import org.abhilekh.search.control.PendingRemovals;
import org.abhilekh.search.control.SearchEngine;
import org.abhilekh.search.control.SearchSettings;
import org.abhilekh.search.control.SharedRefresh;
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
    @ConfigProperty(name = "abhilekh.index.commit-interval-seconds", defaultValue = "15")
    int commitIntervalSeconds;

    @Inject
    EngineSettings engineSettings;

    @Inject
    ConfigurationSource configurationSource;

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

    private final EngineInUse inUse = new EngineInUse();
    private final IndexRebuilds rebuilds = new IndexRebuilds();
    private final SharedRefresh sharedRefresh = new SharedRefresh();
    private IndexGenerations generations;
    private ScheduledFuture<?> refreshing;
    private ScheduledFuture<?> committing;
    private ScheduledFuture<?> catchingUp;
    private volatile boolean cluster;
    private ClusterKeeping keeping;
    private EmbeddedRemovals removals;
    private volatile String recovery;

    /**
     * Opens the current index generation, or creates the first one. Answers true when the index is
     * new, so the caller knows it must be filled from the truth.
     */
    public synchronized boolean open() {
        if (inUse.opened()) {
            return false;
        }
        SearchSettings settings = engineSettings.settings();
        IndexConfiguration configuration = loadConfiguration();
        EngineOpening.Opened opened = settings.cluster() ? EngineOpening.cluster(settings, configuration)
                : EngineOpening.lucene(dataFolder.index(), configuration);
        cluster = settings.cluster();
        generations = opened.generations();
        recovery = opened.recovery();
        inUse.open(opened.engine(), configuration);
        if (cluster) {
            // The cluster refreshes itself; the first catch-up also makes removals left from before this start.
            keeping = new ClusterKeeping(pendingRemovals);
            catchingUp = scheduler.scheduleWithFixedDelay(this::catchUp, engineSettings.catchUpSeconds(),
                    engineSettings.catchUpSeconds(), TimeUnit.SECONDS);
        } else {
            removals = new EmbeddedRemovals(pendingRemovals);
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

    /** On the cluster, the bytes its primary copies of the index take; empty on the embedded index or while it does not answer. */
    public OptionalLong clusterIndexBytes() {
        if (inUse.currentOrNull() instanceof OpenSearchEngine engine && engine.isOpen()) {
            try {
                return OptionalLong.of(engine.storeBytes());
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
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
        HeldCommit held = inUse.betweenCommits(engine -> {
            commit();
            HeldCommit last = engine.holdLastCommit();
            try {
                atCommit.run();
            } catch (RuntimeException e) {
                last.close();
                throw e;
            }
            return last;
        });
        try (held) {
            held.copy((name, length, bytes) -> into.add(name, bytes));
        }
    }

    private IndexConfiguration loadConfiguration() {
        return configurationSource.load();
    }

    /**
     * Builds a fresh index from every {@link IndexSource} with the index configuration as it is now on
     * disk, then swaps it in atomically. Searches keep answering from the old index meanwhile, and
     * changes made during the rebuild reach both. Only one rebuild runs at a time.
     *
     * @return false if a rebuild is already running
     */
    public boolean rebuild(Runnable afterSwap) {
        if (!rebuilds.begin()) {
            return false;
        }
        SearchEngine fresh = null;
        IndexCommitted revisions;
        try {
            IndexConfiguration freshConfiguration = loadConfiguration();
            Path folder = cluster ? null : generations.next();
            fresh = cluster ? ((OpenSearchEngine) inUse.current()).nextGeneration(freshConfiguration)
                    : LuceneIndex.open(folder, freshConfiguration);
            inUse.building(fresh);
            revisions = rebuilds.fill(fresh, sources);
            SearchEngine filled = fresh;
            inUse.swapIn(fresh, freshConfiguration, () -> {
                if (filled instanceof OpenSearchEngine generation) {
                    generation.takeOver();
                } else {
                    generations.makeCurrent(folder);
                }
            });
        } catch (IOException | RuntimeException e) {
            inUse.abandon();
            rebuilds.failed(fresh, e);
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
        rebuilds.end(problem);
        LOG.info(() -> "Index rebuilt with " + rebuilds.indexed() + " documents");
        return true;
    }

    public ReindexStatus reindexStatus() {
        return rebuilds.status();
    }

    public boolean isOpen() {
        return inUse.isOpen();
    }

    /** For reading requests in this feature's resources and pages; other features do not need it. */
    IndexConfiguration configuration() {
        return inUse.configuration();
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
        List<PendingRemoval> left = removals.leftFromLastRun();
        if (left.isEmpty()) {
            return;
        }
        left.forEach(removal -> remove(removal.getKind(), removal.getItemId()));
        commit();
        LOG.info(() -> "Made " + left.size() + " removal(s) from the index that a stop had cut off");
    }

    /** Indexes the item; on the cluster a write that gets no answer is left for the catch-up and never throws. */
    public void index(IndexableDocument document) {
        inUse.change(engine -> {
            if (cluster) {
                keeping.index(engine, document);
            } else {
                engine.index(document);
            }
        }, "Cannot index " + document.kind() + " " + document.id());
    }

    /** Takes the item of this kind ({@code "document"}, {@code "post"}) and id out of the index. */
    public void remove(String kind, long id) {
        inUse.change(engine -> {
            if (cluster) {
                keeping.remove(engine, kind, id);
            } else {
                engine.remove(kind, id);
            }
        }, "Cannot remove " + kind + " " + id + " from the index");
        if (!cluster) {
            // Only once the index has taken it: a commit forgets the recorded removal of what it has seen made.
            removals.made(kind, id);
        }
    }

    /**
     * Makes the changes so far visible to searches now rather than at the next scheduled refresh, for
     * a person who has just saved, hidden or deleted something and looks again at once, and for an ingest job before it
     * is reported done. Callers at the same moment share one refresh.
     */
    public void refreshNow() {
        try {
            sharedRefresh.refresh(() -> inUse.current().refreshBlocking());
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

    /**
     * A search as a person or program wrote it (the parameters of {@code /search/} and {@code /api/search}), checked
     * against the index configuration: for features that act on a search's results, such as adding them to a kit.
     * A mistake in it is a {@code BadInputException} saying what to fix.
     */
    public SearchRequest request(String q, List<String> f, String from, String to, String sort, int size, boolean staff) {
        return SearchRequestReader.read(configuration(), q, f, from, to, sort, "1", Integer.toString(size), staff);
    }

    /** A read; on the cluster one that gets no answer is refused as unavailable (503), not as a fault of ours. */
    private <T> T read(EngineInUse.Read<T> read) {
        try {
            T answer = read.from(inUse.current());
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
        if (inUse.currentOrNull() instanceof OpenSearchEngine engine && engine.isOpen()) {
            keeping.catchUp(engine, engine::health, () -> sources.forEach(IndexSource::catchUp), this::commit);
        }
    }

    /** Commits now; used by the schedule, at shutdown, and by callers that need durability at once. */
    public void commit() {
        try {
            inUse.commit(engine -> {
                EmbeddedRemovals.BeforeCommit removed = cluster ? null : removals.beforeCommit();
                IndexCommitted revisions = engine.commit();
                if (removed != null) {
                    removals.committed(removed);
                }
                if (!revisions.isEmpty()) {
                    committed.fire(revisions);
                }
            });
        } catch (IOException | RuntimeException e) {
            if (cluster) {
                keeping.noAnswer("committing", e);
                return;
            }
            LOG.log(Level.SEVERE, "Index commit failed; changes stay buffered and are retried", e);
        }
    }

    private void refresh() {
        SearchEngine current = inUse.currentOrNull();
        if (current == null) {
            return;
        }
        try {
            current.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Index refresh failed", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        Stream.of(refreshing, committing, catchingUp).filter(Objects::nonNull).forEach(each -> each.cancel(false));
        inUse.close(this::commit);
    }
}
