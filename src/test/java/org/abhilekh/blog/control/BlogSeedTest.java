package org.abhilekh.blog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.abhilekh.blog.entity.CommentStatus;
import org.abhilekh.blog.entity.PostStatus;
import org.junit.jupiter.api.Test;

/** The seed blog as shipped in seed-content/blog: it must load, pass the rules, and cover every state. */
class BlogSeedTest {

    @Test
    void theSeedBlogHasPostsInBothLanguagesInEveryStatusWithCommentsInEveryState() throws Exception {
        List<BlogSeed.SeedPost> posts = BlogSeed.read(Path.of("seed-content", "blog"));
        assertEquals(7, posts.size());
        assertEquals(Set.of("en", "hi"), posts.stream().map(p -> p.draft().language()).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(PostStatus.class), posts.stream().map(p -> p.draft().status()).collect(Collectors.toCollection(() -> EnumSet.noneOf(PostStatus.class))));
        Set<CommentStatus> states = posts.stream().flatMap(p -> p.comments().stream())
                .flatMap(c -> Stream.concat(Stream.of(c), c.replies().stream())).map(BlogSeed.SeedComment::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CommentStatus.class)));
        assertEquals(EnumSet.allOf(CommentStatus.class), states);
        assertTrue(posts.getFirst().comments().size() > 50, "one popular post pages its comments");

        CommentRules rules = new CommentRules(2, List.of("casino"), List.of(), List.of());
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        for (BlogSeed.SeedPost post : posts) {
            assertEquals(post.draft().slug(), PostRules.validate(post.draft(), now).slug());
            assertTrue(post.draft().bodyMarkdown().length() > 100 || post.draft().status() != PostStatus.PUBLISHED, post.draft().slug());
            post.comments().forEach(c -> rules.validate(c.input()));
        }
    }
}
