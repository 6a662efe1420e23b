package org.abhilekh.search.control;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A refresh asked for by many callers at once, each of whom must see their own change afterwards (an ingest worker
 * whose job is then done): callers that ask while a refresh runs wait for it, and the next refresh, run by one of
 * them, answers all of them, instead of each running one of their own in turn. A refresh answers a caller only if it
 * began after the caller asked, so after the caller's change.
 */
public final class SharedRefresh {

    /** A refresh of the searchers; it makes visible every change made before it began. */
    @FunctionalInterface
    public interface Refresh {
        void run() throws IOException;
    }

    private final AtomicLong asked = new AtomicLong();
    private final ReentrantLock running = new ReentrantLock();
    /** The callers numbered up to this one are answered; guarded by {@link #running}. */
    private long answered;

    /** Returns once a refresh that began after this call has ended; runs it unless another caller does. */
    public void refresh(Refresh refresh) throws IOException {
        long mine = asked.incrementAndGet();
        running.lock();
        try {
            if (answered >= mine) {
                return;
            }
            long upTo = asked.get();
            refresh.run();
            answered = upTo;
        } finally {
            running.unlock();
        }
    }

    /** Callers waiting for the refresh under way. */
    int waiting() {
        return running.getQueueLength();
    }
}
