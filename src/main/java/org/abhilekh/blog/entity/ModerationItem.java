package org.abhilekh.blog.entity;

import java.time.Instant;

/** A comment as staff see it in the queue, with the post it belongs to and why it was held. */
public record ModerationItem(long id, String postTitle, String postSlug, boolean reply, String name, String email,
                             String website, String text, CommentStatus status, String heldReason, Instant createdAt) {
}
