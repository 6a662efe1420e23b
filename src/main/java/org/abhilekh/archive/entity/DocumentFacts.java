package org.abhilekh.archive.entity;

import java.time.LocalDate;

/**
 * What other features may know of a document without touching the archive's entities: its
 * description as press kits, coverage statistics and citations need it. {@code outlet},
 * {@code medium} and {@code district} are the first value of those attributes, or null.
 */
public record DocumentFacts(
        long id,
        String title,
        String type,
        LocalDate date,
        String language,
        String outlet,
        String medium,
        String district,
        String originalName,
        String mediaType,
        long sizeBytes,
        String sha256,
        boolean publiclyVisible) {

    public boolean isClipping() {
        return DocumentType.PRESS_CLIPPING.code().equals(type);
    }
}
