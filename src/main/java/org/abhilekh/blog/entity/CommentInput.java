package org.abhilekh.blog.entity;

/**
 * What a commenter sends, from the form or the API. {@code honeypot} is a field people never see;
 * {@code formToken} says when the form was served. Both are null for API calls.
 */
public record CommentInput(String name, String email, String website, String text, Long parentId,
                           String honeypot, String formToken) {
}
