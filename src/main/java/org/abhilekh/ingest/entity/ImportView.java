package org.abhilekh.ingest.entity;

import java.time.Instant;
import java.util.List;

/**
 * A folder import as {@code /api/admin/imports/{batch}} shows it. {@code files} were found in the folder;
 * each ends up a duplicate, refused (no document), or a job that is queued, running, done or failed.
 * {@code complete} is true once every file has an outcome and no job of the import is open.
 */
public record ImportView(
        long batch,
        String folder,
        String state,
        String problem,
        int files,
        int queued,
        int running,
        int done,
        int failed,
        int duplicates,
        int refused,
        boolean complete,
        List<Refusal> refusals,
        String createdBy,
        Instant createdAt,
        Instant finishedAt,
        String jobsUrl) {

    /** A file that got no document, and why. */
    public record Refusal(String path, String reason) {
    }
}
