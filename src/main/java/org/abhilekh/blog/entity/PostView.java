package org.abhilekh.blog.entity;

import java.util.List;

/**
 * Everything the public post page shows: the post, its rendered (sanitised) body, its neighbours,
 * one page of approved comment threads and the approved count. No email addresses anywhere in it.
 */
public record PostView(PostSummary post, String html, PostSummary previous, PostSummary next,
                       List<CommentThread> threads, long approvedCount, int commentPage, int commentPages) {
}
