package org.abhilekh.blog.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.abhilekh.blog.entity.CommentInput;
import org.abhilekh.blog.entity.CommentStatus;
import org.abhilekh.blog.entity.PostDraft;
import org.abhilekh.blog.entity.PostStatus;

/**
 * Reads the seed blog: {@code seed-content/blog/posts.json} describes each post (its body in a
 * Markdown file beside it) and its comments with their moderation state. Pure reading; storing is
 * the facade's job.
 */
public final class BlogSeed {

    /** A seed comment; its time is minutes after the post's publish time. */
    public record SeedComment(CommentInput input, CommentStatus status, long minutesAfter, List<SeedComment> replies) {
    }

    /** A seed post with its comments. */
    public record SeedPost(PostDraft draft, List<SeedComment> comments) {
    }

    private BlogSeed() {
    }

    public static List<SeedPost> read(Path folder) throws IOException {
        JsonObject root;
        try (Reader reader = Files.newBufferedReader(folder.resolve("posts.json"), StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(reader)) {
            root = json.readObject();
        }
        List<SeedPost> posts = new ArrayList<>();
        for (JsonObject post : root.getJsonArray("posts").getValuesAs(JsonObject.class)) {
            String body = Files.readString(folder.resolve(post.getString("body")), StandardCharsets.UTF_8);
            PostDraft draft = new PostDraft(post.getString("title"), post.getString("slug"), post.getString("excerpt", null),
                    body, post.getString("coverImageUrl", null), post.getString("coverImageAlt", null),
                    strings(post.getJsonArray("categories")), strings(post.getJsonArray("tags")), post.getString("author"),
                    post.getString("language"), PostStatus.valueOf(post.getString("status").toUpperCase(Locale.ROOT)),
                    post.containsKey("publishAt") ? Instant.parse(post.getString("publishAt")) : null);
            posts.add(new SeedPost(draft, comments(post.getJsonArray("comments"))));
        }
        return posts;
    }

    private static List<SeedComment> comments(JsonArray array) {
        if (array == null) {
            return List.of();
        }
        List<SeedComment> comments = new ArrayList<>();
        for (JsonObject comment : array.getValuesAs(JsonObject.class)) {
            CommentInput input = new CommentInput(comment.getString("name"), comment.getString("email"),
                    comment.getString("website", null), comment.getString("text"), null, null, null);
            comments.add(new SeedComment(input, CommentStatus.valueOf(comment.getString("status").toUpperCase(Locale.ROOT)),
                    Duration.ofMinutes(comment.getJsonNumber("minutesAfter").longValue()).toMinutes(),
                    comments(comment.getJsonArray("replies"))));
        }
        return comments;
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
