package org.abhilekh.presskit.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * A kit as one caller may see it: only the entries that caller may see. {@code previewToken} is
 * filled in for staff only (they hand the preview link out); {@code downloads} is a bare number.
 * {@code published} is false for a draft, which only staff see; {@code safeguarding}, what the checks
 * found in the kit's words and its own files, is for staff only and left out of the public's JSON.
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
        String zipUrl,
        boolean published,
        @JsonbNillable(false) List<Finding> safeguarding) {
}
