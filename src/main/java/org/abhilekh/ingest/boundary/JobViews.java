package org.abhilekh.ingest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.PublicationHold;
import org.abhilekh.ingest.entity.IngestJob;
import org.abhilekh.ingest.entity.JobView;
import org.abhilekh.platform.control.NotFoundException;

/**
 * Jobs as staff see them in {@code /api/jobs} and on the jobs page: with whether their document is held back from
 * the public for safeguarding review, which the archive decides once the job has read the file.
 */
@ApplicationScoped
public class JobViews {

    @Inject
    Archive archive;

    public JobView of(IngestJob job) {
        return JobView.of(job, holdOf(job.getDocumentId()));
    }

    public List<JobView> of(List<IngestJob> jobs) {
        Map<Long, Optional<String>> holds = new HashMap<>();
        return jobs.stream().map(job -> JobView.of(job,
                holds.computeIfAbsent(job.getDocumentId(), id -> Optional.ofNullable(holdOf(id))).orElse(null))).toList();
    }

    private String holdOf(long documentId) {
        try {
            PublicationHold hold = archive.find(documentId, true).getPublicationHold();
            return hold == null ? null : hold.code();
        } catch (NotFoundException e) {
            // Deleted since the page of jobs was read: its jobs go with it.
            return null;
        }
    }
}
