package org.abhilekh.search.boundary;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the search cluster answers, as the last write, read or health check found. An outage is logged once when
 * it begins and once when it ends, not at every failed call.
 */
final class ClusterOutage {

    private static final Logger LOG = Logger.getLogger(ClusterOutage.class.getName());

    private final AtomicBoolean down = new AtomicBoolean();

    /** A call failed: the cluster is taken to be down until one is answered. */
    void failed(String what, Exception cause) {
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
}
