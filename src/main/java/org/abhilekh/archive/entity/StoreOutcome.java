package org.abhilekh.archive.entity;

/** What happened to an incoming file: stored as a new document, or recognised as one already stored. */
public record StoreOutcome(long documentId, boolean duplicate, IngestStatus status, String title) {
}
