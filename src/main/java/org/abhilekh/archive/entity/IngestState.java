package org.abhilekh.archive.entity;

/** Where a document's reading stands and, when it failed, the reason a person can act on (null otherwise). */
public record IngestState(IngestStatus status, String reason) {

    public static final IngestState PENDING = new IngestState(IngestStatus.PENDING, null);

    /** Queued or being read: its text and the safeguarding checks on it are still to come. */
    public boolean waiting() {
        return status == IngestStatus.PENDING || status == IngestStatus.PROCESSING;
    }
}
