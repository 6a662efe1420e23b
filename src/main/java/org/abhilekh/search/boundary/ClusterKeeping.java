package org.abhilekh.search.boundary;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.search.control.PendingRemovals;
import org.abhilekh.search.control.SearchEngine;
import org.abhilekh.search.control.SearchUnavailableException;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.PendingRemoval;

/**
 * How the facade writes to and reads from the search cluster, which may not answer. The database is the truth: a
 * write that fails makes no caller fail; an indexed item whose write failed is simply not reported in the next
 * commit, so its revision stays behind in the database (written in the same transaction as the change, it is the
 * durable outbox); a deletion records its removal in {@link PendingRemovals} in its own transaction, and the record
 * is forgotten once the cluster has made it, so a removal that fails, or that a stop cut off, stays recorded. {@link #catchUp}, every few seconds while
 * the cluster answers, sends both. A read that gets no answer is refused as unavailable (503 with Retry-After).
 */
final class ClusterKeeping {

    private static final Logger LOG = Logger.getLogger(ClusterKeeping.class.getName());

    private final PendingRemovals pendingRemovals;
    private final ClusterOutage outage = new ClusterOutage();
    private volatile String health = "green";
    /** Whether {@link PendingRemovals} may hold rows; true at start, so those left from before this start are made. */
    private volatile boolean removalsPending = true;

    ClusterKeeping(PendingRemovals pendingRemovals) {
        this.pendingRemovals = pendingRemovals;
    }

    void index(SearchEngine engine, IndexableDocument document) {
        try {
            engine.index(document);
            outage.answered();
        } catch (IOException | RuntimeException e) {
            outage.failed("indexing " + document.kind() + " " + document.id(), e);
            return;
        }
        if (removalsPending) {
            // Indexed again since its removal failed: the removal must not be made any more.
            pendingRemovals.forget(document.kind(), document.id());
        }
    }

    void remove(SearchEngine engine, String kind, long id) {
        try {
            engine.remove(kind, id);
            outage.answered();
            // The row the deletion wrote with itself (SearchIndex#removalPending) has served its purpose.
            pendingRemovals.forget(kind, id);
        } catch (IOException | RuntimeException e) {
            pendingRemovals.remember(kind, id);
            removalsPending = true;
            outage.failed("removing " + kind + " " + id, e);
        }
    }

    /** A refresh or commit that fails is retried by the next; only the outage is noted. */
    void noAnswer(String what, Exception e) {
        outage.failed(what, e);
    }

    void answered() {
        outage.answered();
    }

    SearchUnavailableException unavailable(IOException e) {
        outage.failed("searching", e);
        return new SearchUnavailableException();
    }

    /** Asks the cluster's health ({@code green}, {@code yellow}, {@code red}). */
    interface Health {
        String ask() throws IOException;
    }

    /** {@code green}, {@code yellow} or {@code red} as last reported, or {@code unreachable}. */
    String health() {
        return outage.isDown() ? "unreachable" : health;
    }

    /**
     * Asks the cluster's health; when it answers, commits (so the revisions it holds are recorded as indexed), makes
     * the removals kept meanwhile, has every source send what the database says is still behind ({@code sendBehind})
     * and commits again. Every round asks the database rather than trusting a note of failed writes: a write can fail
     * while its transaction is still open, so a round run in between would not see it behind and a note would be
     * spent; asking again each round costs two indexed queries and drains whatever is behind, however it got there.
     */
    void catchUp(SearchEngine engine, Health cluster, Runnable sendBehind, Runnable commit) {
        try {
            health = cluster.ask();
            outage.answered();
        } catch (IOException | RuntimeException e) {
            outage.failed("health check", e);
            return;
        }
        try {
            commit.run();
            removalsPending = false;
            for (PendingRemoval removal : pendingRemovals.all()) {
                engine.remove(removal.getKind(), removal.getItemId());
                pendingRemovals.forget(removal.getKind(), removal.getItemId());
            }
            sendBehind.run();
            commit.run();
        } catch (IOException e) {
            removalsPending = true;
            outage.failed("catching up", e);
        } catch (RuntimeException e) {
            // Not the cluster's doing (reading what is behind from the database failed): retried at the next round.
            removalsPending = true;
            LOG.log(Level.WARNING, "Sending what is behind to the search cluster failed; retried shortly", e);
        }
    }
}
