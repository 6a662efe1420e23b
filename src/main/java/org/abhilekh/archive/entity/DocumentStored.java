package org.abhilekh.archive.entity;

/** Fired once a new original and its row are durable, so ingestion can start on it. */
public record DocumentStored(long documentId) {
}
