package org.abhilekh.blog.entity;

import java.time.Instant;
import java.util.List;

/** What an editor saves; {@code slug} may be blank for a new post (it is made from the title). */
public record PostDraft(String title, String slug, String excerpt, String bodyMarkdown, String coverImageUrl,
                        String coverImageAlt, List<String> categories, List<String> tags, String author,
                        String language, PostStatus status, Instant publishAt) {
}
