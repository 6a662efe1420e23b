package org.abhilekh.search.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.SearchEngine;

/**
 * The index in use and, during a rebuild, the one being built, with the two locks that let changes, commits and the
 * rebuild's swap run side by side. Every change holds the swap lock shared and the swap holds it exclusively, so a
 * change reaches the old index and the new one, or only the new one, never one already closed. Commits are serialised
 * by the commit lock, which the swap also holds: closing an index in mid-commit fails, and a backup's snapshot must
 * know that no commit happened between its own and what it reads next.
 */
final class EngineInUse {

    private static final Logger LOG = Logger.getLogger(EngineInUse.class.getName());

    interface Use {
        void of(SearchEngine engine) throws IOException;
    }

    interface Step {
        void run() throws IOException;
    }

    interface Read<T> {
        T from(SearchEngine engine) throws IOException;
    }

    private volatile SearchEngine engine;
    private volatile SearchEngine shadow;
    /** The configuration the index in use was built with: requests are read against it. */
    private volatile IndexConfiguration configuration;
    private final ReadWriteLock swapping = new ReentrantReadWriteLock();
    private final Object commitLock = new Object();

    void open(SearchEngine opened, IndexConfiguration openedWith) {
        configuration = openedWith;
        engine = opened;
    }

    boolean opened() {
        return engine != null;
    }

    boolean isOpen() {
        SearchEngine current = engine;
        return current != null && current.isOpen();
    }

    /** The index in use, or null before it opens and after it closes; for scheduled work that may race either. */
    SearchEngine currentOrNull() {
        return engine;
    }

    SearchEngine current() {
        SearchEngine current = engine;
        if (current == null) {
            throw new IllegalStateException("The search index is not open yet");
        }
        return current;
    }

    IndexConfiguration configuration() {
        current();
        return configuration;
    }

    /** A change reaches the index in use and, during a rebuild, the one being built. */
    void change(Use change, String failure) {
        swapping.readLock().lock();
        try {
            change.of(current());
            SearchEngine building = shadow;
            if (building != null) {
                change.of(building);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(failure, e);
        } finally {
            swapping.readLock().unlock();
        }
    }

    /** From now until {@link #swapIn} or {@link #abandon}, every change also reaches {@code building}. */
    void building(SearchEngine building) {
        shadow = building;
    }

    void abandon() {
        shadow = null;
    }

    /** Commits the index in use, if it is open, while no other commit and no swap runs. */
    void commit(Use commit) throws IOException {
        synchronized (commitLock) {
            // Read under the lock: the swap closes the index it replaces while holding it.
            SearchEngine current = engine;
            if (current != null && current.isOpen()) {
                commit.of(current);
            }
        }
    }

    /** Reads the index in use while no commit can start; for a commit and what must agree with it. */
    <T> T betweenCommits(Read<T> read) throws IOException {
        synchronized (commitLock) {
            return read.from(current());
        }
    }

    /**
     * Makes the rebuilt index the one in use ({@code makeCurrent} moves the folder or the cluster's alias) and closes
     * the old one, while no commit and no change runs.
     */
    synchronized void swapIn(SearchEngine fresh, IndexConfiguration freshConfiguration, Step makeCurrent) throws IOException {
        // Commit lock first: a commit holding it may wait on the database for a change that holds the swap lock shared.
        synchronized (commitLock) {
            swapping.writeLock().lock();
            try {
                makeCurrent.run();
                SearchEngine old = engine;
                engine = fresh;
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

    /** Runs the last commit and closes the index in use, unless it was never opened or is closed already. */
    void close(Runnable lastCommit) {
        synchronized (commitLock) {
            SearchEngine current = engine;
            if (current == null) {
                return;
            }
            lastCommit.run();
            try {
                current.close();
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "Closing the index failed", e);
            }
            engine = null;
        }
    }
}
