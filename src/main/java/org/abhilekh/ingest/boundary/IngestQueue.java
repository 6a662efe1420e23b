package org.abhilekh.ingest.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.DocumentStored;
import org.abhilekh.ingest.control.IngestWorker;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A bounded queue of documents waiting for extraction, worked by a fixed number of threads. The
 * queue only holds ids: the truth about what is waiting is the document's status in the database,
 * so a full queue or a crash loses nothing; {@link #requeueWaiting()} picks those up again.
 */
@ApplicationScoped
public class IngestQueue {

    private static final Logger LOG = Logger.getLogger(IngestQueue.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    IngestWorker worker;

    @Inject
    Archive archive;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.queue-capacity", defaultValue = "500")
    int capacity;

    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final Set<Long> inProgress = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private BlockingQueue<Long> queue;

    @PostConstruct
    void start() {
        queue = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < workers; i++) {
            Thread thread = threadFactory.newThread(this::work);
            thread.setName("abhilekh-ingest-" + i);
            threads.add(thread);
            thread.start();
        }
    }

    void stored(@Observes DocumentStored event) {
        if (!offer(event.documentId())) {
            LOG.info(() -> "Ingest queue full; document " + event.documentId() + " waits for the next sweep");
        }
    }

    /** Queues the document unless it is queued already; false when the queue is full. */
    public boolean offer(long documentId) {
        if (!queued.add(documentId)) {
            return true;
        }
        if (!queue.offer(documentId)) {
            queued.remove(documentId);
            return false;
        }
        return true;
    }

    public boolean hasRoom() {
        return queue.remainingCapacity() > 0;
    }

    /** Blocks while the queue is full, so a bulk import goes at the pace of extraction. */
    public void awaitRoom() throws InterruptedException {
        while (!hasRoom()) {
            Thread.sleep(50);
        }
    }

    public boolean isIdle() {
        return queue.isEmpty() && inProgress.isEmpty();
    }

    /** Queues every document whose status says it still waits (after a restart, or a full queue). */
    public int requeueWaiting() {
        int count = 0;
        for (Long id : archive.waitingForIngest()) {
            if (!inProgress.contains(id) && offer(id)) {
                count++;
            }
        }
        return count;
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            Long id;
            try {
                id = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            inProgress.add(id);
            queued.remove(id);
            try {
                worker.process(id);
            } catch (RuntimeException e) {
                // The document keeps its status and is retried by the next sweep; the worker carries on.
                LOG.log(Level.SEVERE, "Ingesting document " + id + " failed unexpectedly", e);
            } finally {
                inProgress.remove(id);
            }
        }
    }

    @PreDestroy
    void stop() {
        threads.forEach(Thread::interrupt);
    }
}
