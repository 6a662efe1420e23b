package org.abhilekh.presskit.entity;

import java.time.Instant;
import java.util.List;

/**
 * A kit as one caller may see it: only the entries that caller may see. {@code previewToken} is
 * filled in for staff only (they hand the preview link out); {@code downloads} is a bare number.
 */
public record KitView(
        String slug,
        String title,
        String summary,
        Instant embargoUntil,
        boolean embargoed,
        List<KitEntry> entries,
        long downloads,
        String previewToken,
        String url,
        String zipUrl) {
}
