package org.abhilekh.blog.entity;

/** Where a post is on its way to the public. Scheduled posts appear by themselves at their publish time. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED
}
