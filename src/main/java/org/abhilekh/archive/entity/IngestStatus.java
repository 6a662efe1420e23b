package org.abhilekh.archive.entity;

/** Where a document stands on its way from upload to the index. */
public enum IngestStatus {
    /** Stored durably, waiting for extraction. */
    PENDING,
    /** A worker is extracting its text. */
    PROCESSING,
    /** Text extracted and handed to the index. */
    DONE,
    /** Extraction failed; the reason says why. The metadata is still searchable. */
    FAILED
}
