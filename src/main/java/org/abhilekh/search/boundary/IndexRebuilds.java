package org.abhilekh.search.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.search.control.SearchEngine;
import org.abhilekh.search.entity.IndexCommitted;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.ReindexStatus;

/**
 * Where the rebuild of the index stands, and the filling of a fresh index from every {@link IndexSource}. Only one
 * rebuild runs at a time; the swap of the filled index stays with {@link SearchIndex}, which owns the index in use.
 */
final class IndexRebuilds {

    private static final Logger LOG = Logger.getLogger(IndexRebuilds.class.getName());

    private volatile ReindexStatus last = ReindexStatus.idle();
    private final AtomicLong indexed = new AtomicLong();

    /** Starts a rebuild unless one is running; answers whether it started. */
    synchronized boolean begin() {
        if (last.running()) {
            return false;
        }
        indexed.set(0);
        last = new ReindexStatus(true, 0, Instant.now(), null, null);
        return true;
    }

    /** Indexes every item of every source into {@code fresh}, commits and refreshes it; answers the revisions it holds. */
    IndexCommitted fill(SearchEngine fresh, Iterable<IndexSource> sources) throws IOException {
        Consumer<IndexableDocument> into = document -> {
            try {
                fresh.index(document);
                indexed.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        sources.forEach(source -> source.feed(into));
        IndexCommitted revisions = fresh.commit();
        fresh.refresh();
        return revisions;
    }

    /** Ends the running rebuild as failed, closing the index it was filling (null if none was opened yet). */
    void failed(SearchEngine fresh, Exception e) {
        if (fresh != null) {
            try {
                fresh.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
        }
        LOG.log(Level.SEVERE, "Index rebuild failed; the previous index stays in use", e);
        end("The rebuild failed: " + e.getMessage());
    }

    /** Ends the running rebuild; {@code problem} is null when it went well. */
    void end(String problem) {
        last = new ReindexStatus(false, indexed.get(), last.started(), Instant.now(), problem);
    }

    long indexed() {
        return indexed.get();
    }

    ReindexStatus status() {
        ReindexStatus status = last;
        return status.running() ? new ReindexStatus(true, indexed.get(), status.started(), null, null) : status;
    }
}
