package org.abhilekh.blog.entity;

/** What a commenter is told: shown at once, or awaiting moderation (spam is not announced as such). */
public record CommentOutcome(boolean published, PublicComment comment) {
}
