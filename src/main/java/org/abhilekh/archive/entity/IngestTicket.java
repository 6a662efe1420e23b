package org.abhilekh.archive.entity;

import java.nio.file.Path;

/**
 * A document handed to ingestion: where its original lies, what it was called, and the language a person
 * described it in ({@code und} if none), against which the extracted text is checked.
 */
public record IngestTicket(long documentId, Path original, String originalName, String declaredLanguage) {
}
