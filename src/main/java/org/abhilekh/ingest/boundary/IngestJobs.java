package org.abhilekh.ingest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.StoreOutcome;
import org.abhilekh.ingest.control.AllowedTypes;
import org.abhilekh.ingest.control.BoundedJobQueue;
import org.abhilekh.ingest.control.FolderImport;
import org.abhilekh.ingest.control.JobLedger;
import org.abhilekh.ingest.entity.IngestJob;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.platform.control.BusyException;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;

/**
 * The way in for every file, whoever sends it: take a place in the queue, store the original (bytes
 * and row durable), record its job (committed), and only then queue it and answer. A full queue refuses
 * before anything is stored; a duplicate gets no job and answers with the document that holds the bytes.
 */
@ApplicationScoped
public class IngestJobs {

    /** Seconds a refused caller is asked to wait before sending again. */
    public static final int RETRY_AFTER_SECONDS = 60;

    @Inject
    IngestQueue queue;

    @Inject
    Archive archive;

    @Inject
    JobLedger ledger;

    @Inject
    AuditTrail audit;

    /** What came of one file: the document, and its new job (or, for a duplicate, the document's latest job, if any). */
    public record Accepted(StoreOutcome outcome, Optional<IngestJob> job) {
    }

    /** Stores one file now, or refuses with 503 when the queue has no room; nothing is stored then. */
    /** Enough of the start of a file for Tika to tell its type; it resets to the start afterwards. */
    private static final int DETECTION_BYTES = 64 * 1024;

    public Accepted accept(InputStream content, String name, String metadataJson, boolean image, JobSource source, String actor,
            Long batch) throws IOException {
        BoundedJobQueue.Slot slot = queue.tryReserve().orElseThrow(() -> new BusyException(
                "Many files are waiting to be read. Nothing was stored; send the file again in a minute.", RETRY_AFTER_SECONDS));
        try (slot) {
            InputStream markable = new BufferedInputStream(content, DETECTION_BYTES);
            if (!isEmpty(markable)) {
                AllowedTypes.checkUpload(AllowedTypes.detect(markable));
            }
            return store(slot, markable, name, metadataJson, image, source, actor, batch);
        }
    }

    /** An empty upload is left to the archive, which answers that the file is empty rather than of no known type. */
    private static boolean isEmpty(InputStream markable) throws IOException {
        markable.mark(1);
        boolean empty = markable.read() < 0;
        markable.reset();
        return empty;
    }

    /** Waits for room in the queue, then stores: for folder imports, which go at the pace of extraction. */
    public Accepted acceptWhenRoom(InputStream content, String name, String metadataJson, boolean image, JobSource source,
            String actor, Long batch) throws IOException, InterruptedException {
        try (BoundedJobQueue.Slot slot = queue.reserve()) {
            return store(slot, content, name, metadataJson, image, source, actor, batch);
        }
    }

    /** The folder import's way of storing one file, waiting for room. */
    public FolderImport.Store folderStore(JobSource source, String actor, Long batch) {
        return (content, name, metadataJson, image) -> {
            try {
                return acceptWhenRoom(content, name, metadataJson, image, source, actor, batch).outcome();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("The import was stopped", e);
            }
        };
    }

    private Accepted store(BoundedJobQueue.Slot slot, InputStream content, String name, String metadataJson, boolean image,
            JobSource source, String actor, Long batch) throws IOException {
        StoreOutcome outcome = archive.store(content, name, metadataJson, image);
        if (outcome.duplicate()) {
            return new Accepted(outcome, ledger.latestOf(outcome.documentId()));
        }
        IngestJob job;
        try {
            job = ledger.open(outcome.documentId(), archive.find(outcome.documentId(), true).getOriginalName(), source, actor, batch, null);
        } catch (PersistenceException | TransactionalException e) {
            // Recorded meanwhile by the start-up sweep for documents without a job: that job stands.
            return new Accepted(outcome, Optional.of(ledger.openOf(outcome.documentId()).orElseThrow(() -> e)));
        }
        slot.fill(job.getId());
        if (source != JobSource.SEED) {
            audit.record(actor, AuditAction.DOCUMENT_UPLOAD, "document " + outcome.documentId(),
                    job.getFileName() + " (" + source.code() + ", job " + job.getId() + ")");
        }
        return new Accepted(outcome, Optional.of(job));
    }

    /**
     * Tries a failed job again as a new job (source retry), which puts its document back to waiting. 503 when
     * the queue is full, 404 for an unknown job, 409 when the job is not failed or was retried already.
     */
    public IngestJob retry(long jobId, String actor) {
        IngestJob failed = ledger.find(jobId).orElseThrow(() -> new NotFoundException("There is no job " + jobId + "."));
        BoundedJobQueue.Slot slot = queue.tryReserve().orElseThrow(() -> new BusyException(
                "Many files are waiting to be read. Retry this job again in a minute.", RETRY_AFTER_SECONDS));
        try (slot) {
            IngestJob retry;
            try {
                retry = ledger.retry(jobId, actor).orElseThrow(() -> new ConflictException(notRetryable(failed)));
            } catch (PersistenceException | TransactionalException e) {
                throw new ConflictException("Job " + jobId + " is being retried already.", e);
            }
            slot.fill(retry.getId());
            return retry;
        }
    }

    private static String notRetryable(IngestJob job) {
        if (job.getRetriedBy() != null) {
            return "Job " + job.getId() + " was retried already, as job " + job.getRetriedBy() + ".";
        }
        return "Job " + job.getId() + " is " + job.getStatus().code() + "; only a failed job can be retried.";
    }
}
