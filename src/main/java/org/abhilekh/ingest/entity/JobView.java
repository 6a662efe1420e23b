package org.abhilekh.ingest.entity;

import java.time.Instant;

/**
 * A job as {@code /api/jobs} shows it. {@code retryable} is true for a failed job that was not retried yet;
 * {@code retryOf} and {@code retriedBy} link the attempts at one document. {@code publicationHold} says why its
 * document, asked to be public, is not ({@code awaiting-check} or {@code held} for safeguarding review), else null.
 */
public record JobView(
        long id,
        long documentId,
        String fileName,
        String source,
        String status,
        String reason,
        int attempts,
        Long batch,
        Long retryOf,
        Long retriedBy,
        boolean retryable,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String url,
        String documentUrl,
        String publicationHold) {

    public static JobView of(IngestJob job) {
        return of(job, null);
    }

    public static JobView of(IngestJob job, String publicationHold) {
        return new JobView(job.getId(), job.getDocumentId(), job.getFileName(), job.getSource().code(), job.getStatus().code(),
                job.getReason(), job.getAttempts(), job.getBatchId(), job.getRetryOf(), job.getRetriedBy(),
                job.getStatus() == JobStatus.FAILED && job.getRetriedBy() == null, job.getCreatedBy(), job.getCreatedAt(),
                job.getStartedAt(), job.getFinishedAt(), "/api/jobs/" + job.getId(),
                "/archive/document.xhtml?id=" + job.getDocumentId(), publicationHold);
    }
}
