package org.abhilekh.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.abhilekh.archive.entity.IngestProgress;
import org.abhilekh.archive.entity.IngestState;
import org.abhilekh.archive.entity.IngestStatus;
import org.abhilekh.ingest.entity.IngestJob;

/**
 * The archive's view of where a document's reading stands, derived from the one record of it: the document's latest
 * job. Queued is pending, running is processing; done and failed (with the job's reason) are as the job ended.
 */
@ApplicationScoped
public class JobProgress implements IngestProgress {

    @Inject
    JobLedger ledger;

    @Override
    public IngestState of(long documentId) {
        return state(ledger.latestOf(documentId));
    }

    @Override
    public Set<Long> waiting() {
        return ledger.documentsWithOpenJobs();
    }

    /** A document with no job yet was stored a moment ago (or just before a crash; the start-up sweep gives it one). */
    static IngestState state(Optional<IngestJob> latest) {
        return latest.map(job -> switch (job.getStatus()) {
            case QUEUED -> IngestState.PENDING;
            case RUNNING -> new IngestState(IngestStatus.PROCESSING, null);
            case DONE -> new IngestState(IngestStatus.DONE, null);
            case FAILED -> new IngestState(IngestStatus.FAILED, job.getReason());
        }).orElse(IngestState.PENDING);
    }
}
