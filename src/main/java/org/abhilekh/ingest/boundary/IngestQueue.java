package org.abhilekh.ingest.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.boundary.Extractions;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.ingest.control.BoundedJobQueue;
import org.abhilekh.ingest.control.IngestWorker;
import org.abhilekh.ingest.control.JobLedger;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.ingest.entity.JobStatus;
import org.abhilekh.platform.control.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bounded queue of ingest jobs and the threads that work it. The queue holds job ids only; the
 * truth about what waits is the job table, so a crash loses nothing: {@link #requeueWaiting()} puts
 * every queued job back, and a job that was running when the server stopped is queued again. A job
 * runs only after a conditional update moved it from queued to running, so no job is read twice.
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
    Extractions extractions;

    @Inject
    JobLedger ledger;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.workers", defaultValue = "2")
    int workers;

    @Inject
    IngestMetrics metrics;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.queue-capacity", defaultValue = "500")
    int capacity;

    private final Set<Long> inProgress = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    /** Set when queued jobs did not fit; a worker that frees a place sweeps the job table again. */
    private final AtomicBoolean behind = new AtomicBoolean();
    private final AtomicBoolean recovered = new AtomicBoolean();
    private BoundedJobQueue queue;

    @PostConstruct
    void start() {
        queue = new BoundedJobQueue(capacity);
        for (int i = 0; i < workers; i++) {
            Thread thread = threadFactory.newThread(this::work);
            thread.setName("abhilekh-ingest-" + i);
            threads.add(thread);
            thread.start();
        }
    }

    /** A place in the queue if one is free now; take it before storing anything. */
    public Optional<BoundedJobQueue.Slot> tryReserve() {
        return queue.tryReserve();
    }

    /** Waits for a place in the queue, so a folder import goes at the pace of extraction. */
    public BoundedJobQueue.Slot reserve() throws InterruptedException {
        return queue.reserve();
    }

    /** Jobs in the queue, waiting for a worker. */
    public int waiting() {
        return queue.waiting();
    }

    public boolean isIdle() {
        return queue.waiting() == 0 && inProgress.isEmpty();
    }

    /**
     * Queues every job the table says is waiting, as far as there is room; the rest follow as places free
     * up. The first call after start also queues again the jobs that were running when the server stopped,
     * gives a job to a document that was stored but whose job was not yet recorded, and closes imports
     * that were cut off.
     */
    public int requeueWaiting() {
        if (recovered.compareAndSet(false, true)) {
            int interrupted = ledger.failInterruptedBatches();
            if (interrupted > 0) {
                LOG.warning(() -> interrupted + " folder import(s) were cut off by a stop of the server");
            }
            adoptDocumentsWithoutJob();
        }
        for (Long id : ledger.withStatus(JobStatus.RUNNING)) {
            if (!inProgress.contains(id) && ledger.unclaim(id)) {
                LOG.info(() -> "Job " + id + " was running when the server stopped; it is queued again");
            }
        }
        behind.set(false);
        int count = 0;
        for (Long id : ledger.withStatus(JobStatus.QUEUED)) {
            if (queue.holds(id) || inProgress.contains(id)) {
                continue;
            }
            Optional<BoundedJobQueue.Slot> slot = queue.tryReserve();
            if (slot.isEmpty()) {
                behind.set(true);
                break;
            }
            try (BoundedJobQueue.Slot place = slot.get()) {
                place.fill(id);
            }
            count++;
        }
        return count;
    }

    private void adoptDocumentsWithoutJob() {
        for (Long documentId : ledger.documentsWithoutJob()) {
            try {
                Document document = archive.find(documentId, true);
                ledger.open(documentId, document.getOriginalName(), JobSource.RECOVERED, "system", null, null);
                LOG.info(() -> "Document " + documentId + " was stored without a job; it has one now");
            } catch (NotFoundException | PersistenceException | TransactionalException e) {
                // Deleted meanwhile, or its job was recorded meanwhile: either way nothing is left to adopt.
                LOG.log(Level.FINE, "Document " + documentId + " needs no recovered job", e);
            }
        }
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            long id;
            try {
                id = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            inProgress.add(id);
            try {
                run(id);
            } catch (RuntimeException e) {
                // The job stays as the table has it (running jobs are queued again at the next start); the worker carries on.
                LOG.log(Level.SEVERE, "Ingest job " + id + " failed unexpectedly", e);
            } finally {
                inProgress.remove(id);
            }
            if (behind.get()) {
                requeueWaiting();
            }
        }
    }

    private void run(long jobId) {
        Optional<Long> claimed = ledger.claim(jobId);
        if (claimed.isEmpty()) {
            return;
        }
        long documentId = claimed.get();
        IngestWorker.Outcome outcome;
        long started = System.nanoTime();
        try {
            outcome = worker.process(documentId);
            if (!(outcome instanceof IngestWorker.Outcome.Interrupted)) {
                metrics.extractionTook(Duration.ofNanos(System.nanoTime() - started));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Reading document " + documentId + " (job " + jobId + ") broke down", e);
            String reason = "The server could not finish reading this file (" + e.getClass().getSimpleName()
                    + "). Retry the job; if it fails again, tell the administrator.";
            extractions.recordFailure(documentId, null, reason);
            finish(jobId, JobStatus.FAILED, reason);
            return;
        }
        switch (outcome) {
            case IngestWorker.Outcome.Read read -> finish(jobId, JobStatus.DONE, null);
            case IngestWorker.Outcome.Failed failed -> finish(jobId, JobStatus.FAILED, failed.reason());
            case IngestWorker.Outcome.Gone gone -> finish(jobId, JobStatus.FAILED, "The document was deleted before its text was read.");
            case IngestWorker.Outcome.Interrupted interrupted -> {
                // Left running: the next start queues it again.
            }
        }
    }

    private void finish(long jobId, JobStatus outcome, String reason) {
        ledger.finish(jobId, outcome, reason);
        metrics.jobFinished(outcome);
    }

    @PreDestroy
    void stop() {
        threads.forEach(Thread::interrupt);
    }
}
