package org.abhilekh.archive.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public may read of a public document's description, for catalogues and harvesters: every word with the
 * withheld passages blacked out, and none of the text. {@code creators} are the people or bodies who made it (a
 * clipping's outlet, a paper's authors, a policy's issuing body); {@code changedAt} is when the description, the
 * visibility or the withheld passages last changed.
 */
public record PublicDescription(
        long id,
        String type,
        Instant changedAt,
        String title,
        LocalDate date,
        String language,
        String summary,
        List<String> creators,
        List<String> subjects) {

    public PublicDescription {
        creators = List.copyOf(creators);
        subjects = List.copyOf(subjects);
    }
}
