package org.abhilekh.blog.entity;

import java.time.Instant;
import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/** A comment as staff see it in the queue, with the post it belongs to, why it was held and what the safeguarding checks found. */
public record ModerationItem(long id, String postTitle, String postSlug, boolean reply, String name, String email,
                             String website, String text, CommentStatus status, String heldReason, Instant createdAt,
                             List<Finding> safeguarding) {
}
