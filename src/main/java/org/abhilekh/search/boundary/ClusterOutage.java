package org.abhilekh.search.boundary;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the search cluster answers, as the last write, read or health check found. An outage is logged once when
 * it begins and once when it ends, not at every failed call; {@link #missed()} says changes failed meanwhile, so
 * the catch-up must send what is behind.
 */
final class ClusterOutage {

    private static final Logger LOG = Logger.getLogger(ClusterOutage.class.getName());

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean missed = new AtomicBoolean();

    /** A call failed: the cluster is taken to be down, and a change that failed must be caught up on. */
    void failed(String what, Exception cause, boolean change) {
        if (change) {
            missed.set(true);
        }
        if (down.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "The search cluster does not answer (" + what + "): changes are kept behind in the"
                    + " database and sent when it answers again; searches answer 503 meanwhile. " + cause, (Throwable) null);
        }
    }

    void answered() {
        if (down.compareAndSet(true, false)) {
            LOG.info("The search cluster answers again; what is behind is sent to it");
        }
    }

    boolean isDown() {
        return down.get();
    }

    /** Marks that there may be changes to send (at start, or after a failed catch-up). */
    void markMissed() {
        missed.set(true);
    }

    /** Answers whether changes were missed since the last call, and clears it. */
    boolean takeMissed() {
        return missed.getAndSet(false);
    }
}
