package org.abhilekh.search.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.platform.control.BundledFolder;
import org.abhilekh.platform.control.DataFolder;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.LuceneIndex;
import org.abhilekh.search.entity.IndexCommitted;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
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

    private volatile LuceneIndex index;
    private ScheduledFuture<?> refreshing;
    private ScheduledFuture<?> committing;

    public synchronized void open() {
        if (index != null) {
            return;
        }
        Path configFolder = BundledFolder.resolve(indexConfigDir, "index-config", "fields.json");
        IndexConfiguration configuration = IndexConfiguration.load(configFolder);
        try {
            index = new LuceneIndex(FSDirectory.open(dataFolder.index()), configuration);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dataFolder.index(), e);
        }
        refreshing = scheduler.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        committing = scheduler.scheduleWithFixedDelay(this::commit, commitIntervalSeconds, commitIntervalSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "Search index open in " + dataFolder.index() + " with configuration from " + configFolder);
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
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index document " + document.id(), e);
        }
    }

    public void remove(long id) {
        try {
            current().remove(id);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove document " + id + " from the index", e);
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
            Map<Long, Long> revisions = current.commit();
            if (!revisions.isEmpty()) {
                committed.fire(new IndexCommitted(revisions));
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
