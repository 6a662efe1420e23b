package org.abhilekh.archive.entity;

import java.util.Set;

/**
 * Where the reading of a document's text stands, as the one who keeps it says: the ingest feature's jobs own it and
 * implement this, so the archive shows it and decides with it without knowing jobs.
 */
public interface IngestProgress {

    /** The document's state; one that was stored but has no job yet waits ({@code PENDING}). */
    IngestState of(long documentId);

    /** Documents whose text is queued or being read now. */
    Set<Long> waiting();
}
