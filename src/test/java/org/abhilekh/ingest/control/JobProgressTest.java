package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.abhilekh.archive.entity.IngestState;
import org.abhilekh.archive.entity.IngestStatus;
import org.abhilekh.ingest.entity.IngestJob;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.ingest.entity.JobStatus;
import org.junit.jupiter.api.Test;

/** The archive's view of a document's reading comes from its latest job, and from nothing else. */
class JobProgressTest {

    @Test
    void aDocumentStandsWhereItsLatestJobStands() {
        IngestJob job = new IngestJob(7, "kiln.pdf", JobSource.UPLOAD, "admin", null, null);
        assertEquals(IngestState.PENDING, JobProgress.state(Optional.of(job)));
        job.finish(JobStatus.FAILED, "The file is password-protected.");
        assertEquals(new IngestState(IngestStatus.FAILED, "The file is password-protected."), JobProgress.state(Optional.of(job)));
        IngestJob read = new IngestJob(7, "kiln.pdf", JobSource.RETRY, "admin", null, 1L);
        read.finish(JobStatus.DONE, null);
        assertEquals(new IngestState(IngestStatus.DONE, null), JobProgress.state(Optional.of(read)));
    }

    @Test
    void aDocumentWhoseJobIsNotRecordedYetWaits() {
        assertEquals(IngestState.PENDING, JobProgress.state(Optional.empty()));
    }
}
