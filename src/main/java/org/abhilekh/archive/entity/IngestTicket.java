package org.abhilekh.archive.entity;

import java.nio.file.Path;

/** A document handed to ingestion: where its original lies and what it was called. */
public record IngestTicket(long documentId, Path original, String originalName) {
}
