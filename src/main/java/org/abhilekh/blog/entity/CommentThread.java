package org.abhilekh.blog.entity;

import java.util.List;

/** A top-level approved comment with its approved replies (one level deep). */
public record CommentThread(PublicComment comment, List<PublicComment> replies) {
}
