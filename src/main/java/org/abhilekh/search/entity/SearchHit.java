package org.abhilekh.search.entity;

import java.time.LocalDate;

/** One hit as a reader sees it; {@code snippet} is HTML-escaped text with {@code <mark>} around matches. */
public record SearchHit(
        long id,
        String title,
        String type,
        LocalDate date,
        String language,
        String outlet,
        String snippet,
        String url,
        boolean staffOnly) {
}
