package org.abhilekh.blog.entity;

import java.time.Instant;

/** An approved comment as the public sees it: deliberately without the email address. */
public record PublicComment(long id, Long parentId, String name, String website, String text, Instant createdAt) {
}
