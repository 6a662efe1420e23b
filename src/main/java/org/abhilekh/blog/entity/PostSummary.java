package org.abhilekh.blog.entity;

import java.time.Instant;
import java.util.List;

/** A public post as lists, feeds and the API show it. */
public record PostSummary(String slug, String title, String excerpt, String language, String author,
                          List<String> categories, List<String> tags, Instant publishedAt, Instant updatedAt,
                          int readingMinutes, String coverImageUrl, String coverImageAlt) {

    public String url() {
        return "/blog/" + slug;
    }
}
