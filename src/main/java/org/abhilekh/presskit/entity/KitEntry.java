package org.abhilekh.presskit.entity;

import java.time.LocalDate;

/**
 * One item of a kit as a reader sees it, whatever its origin: the file it brings, and what the
 * README and the kit page say about it. {@code staffOnly} is true only in a staff caller's view,
 * for an archive document the public may not see; public views never contain such entries.
 */
public record KitEntry(
        long itemId,
        String kind,
        Long documentId,
        String title,
        LocalDate date,
        String source,
        String caption,
        String credit,
        String licence,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        boolean staffOnly) {
}
