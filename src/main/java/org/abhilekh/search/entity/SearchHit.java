package org.abhilekh.search.entity;

import java.time.LocalDate;

/**
 * One hit as a reader sees it: the item's kind ({@code "document"}, {@code "post"}) and its id within that kind;
 * {@code snippet} is HTML-escaped text with {@code <mark>} around matches.
 */
public record SearchHit(
        String kind,
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
