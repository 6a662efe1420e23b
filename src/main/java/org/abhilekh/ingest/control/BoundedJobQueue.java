package org.abhilekh.ingest.control;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Job ids waiting for a worker, at most {@code capacity} of them. A place is taken ({@link #tryReserve()})
 * before a file is stored and filled with the job's id once its row is committed, so a full queue refuses
 * a file before anything of it is kept, and a file that was kept always has its place. A job id is held
 * once at most; the place is freed as soon as a worker takes the id.
 */
public final class BoundedJobQueue {

    private final int capacity;
    private final Semaphore room;
    private final BlockingQueue<Long> waiting = new LinkedBlockingQueue<>();
    private final Set<Long> held = ConcurrentHashMap.newKeySet();

    public BoundedJobQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("abhilekh.ingest.queue-capacity must be at least 1; got " + capacity);
        }
        this.capacity = capacity;
        this.room = new Semaphore(capacity);
    }

    /** A reserved place; closing it without {@link #fill(long)} gives it back. */
    public final class Slot implements AutoCloseable {

        private boolean filled;
        private boolean closed;

        private Slot() {
        }

        /** Puts the job in the reserved place; a job that is waiting already keeps its one place. */
        public void fill(long jobId) {
            if (filled || closed) {
                throw new IllegalStateException("A slot holds one job");
            }
            if (held.add(jobId)) {
                filled = true;
                waiting.add(jobId);
            }
        }

        @Override
        public void close() {
            if (!closed && !filled) {
                room.release();
            }
            closed = true;
        }
    }

    /** A place if one is free now; empty when the queue is full. Never waits. */
    public Optional<Slot> tryReserve() {
        return room.tryAcquire() ? Optional.of(new Slot()) : Optional.empty();
    }

    /** Waits for a place, so a bulk import goes at the pace of extraction. */
    public Slot reserve() throws InterruptedException {
        room.acquire();
        return new Slot();
    }

    /** The next job id, waiting for one; its place is free again once this returns. */
    public long take() throws InterruptedException {
        long jobId = waiting.take();
        held.remove(jobId);
        room.release();
        return jobId;
    }

    public boolean holds(long jobId) {
        return held.contains(jobId);
    }

    public int waiting() {
        return waiting.size();
    }

    public int capacity() {
        return capacity;
    }
}
