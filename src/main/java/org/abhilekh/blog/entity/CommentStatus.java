package org.abhilekh.blog.entity;

/** A comment is shown only when approved; held and spam comments wait in the staff queue. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM
}
