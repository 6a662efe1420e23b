package org.abhilekh.blog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.abhilekh.blog.entity.PostDraft;
import org.abhilekh.blog.entity.PostStatus;
import org.abhilekh.platform.control.BadInputException;
import org.junit.jupiter.api.Test;

class SlugsAndMarkdownTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void slugsAreLowerCaseAsciiWithSingleHyphens() {
        assertEquals("three-days-with-42-child-welfare-police-officers-in-ranchi",
                Slugs.of("Three days with 42 Child Welfare Police Officers in Ranchi!"));
        assertEquals("cafe-creme", Slugs.of("Café — Crème"));
        assertEquals("post", Slugs.of("गुमला की ग्राम सभाएँ"));
        assertTrue(Slugs.of("word ".repeat(60)).length() <= Slugs.MAX_LENGTH);
        assertFalse(Slugs.of("word ".repeat(60)).endsWith("-"));
        assertTrue(Slugs.isValid("cwc-orientation-dumka"));
        assertFalse(Slugs.isValid("Bad Slug"));
        assertFalse(Slugs.isValid("double--hyphen"));
        assertFalse(Slugs.isValid("../etc"));
    }

    @Test
    void rawHtmlInMarkdownIsEscapedAndUnsafeLinksAreDropped() {
        String html = MarkdownRenderer.toHtml("Hello <script>alert(1)</script>\n\n[click](javascript:alert(1)) "
                + "[ok](https://example.org) ![x](javascript:alert(2))");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"https://example.org\">ok</a>"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"\">click</a>"), html);
    }

    @Test
    void markdownBecomesHeadingsListsAndTables() {
        String html = MarkdownRenderer.toHtml("## Findings\n\n- one\n- two\n");
        assertEquals("<h2>Findings</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n", html);
        String table = MarkdownRenderer.toHtml("| | Kilns |\n|---|---|\n| visited | 63 |\n");
        assertTrue(table.contains("<table>") && table.contains("<td>63</td>"), table);
    }

    @Test
    void readingTimeCountsWordsInBothScripts() {
        assertEquals(1, MarkdownRenderer.readingMinutes("short"));
        assertEquals(2, MarkdownRenderer.readingMinutes("शब्द ".repeat(201)));
        assertEquals("a < b & c", MarkdownRenderer.toText("a < b & c"));
    }

    @Test
    void aPublishedPostWithoutTimeIsPublishedNowAndSlugComesFromTheTitle() {
        PostDraft clean = PostRules.validate(new PostDraft(" Title Here ", "", null, "Body", null, null, List.of("training"),
                List.of(" police ", ""), "Ritu", "en", PostStatus.PUBLISHED, null), NOW);
        assertEquals("title-here", clean.slug());
        assertEquals(NOW, clean.publishAt());
        assertEquals(List.of("police"), clean.tags());
    }

    @Test
    void postRulesRefuseWhatWouldBreakThePublicPage() {
        assertThrows(BadInputException.class, () -> PostRules.validate(draft("Bad Slug", PostStatus.DRAFT, null, List.of()), NOW));
        assertThrows(BadInputException.class, () -> PostRules.validate(draft("ok", PostStatus.SCHEDULED, NOW.minusSeconds(1), List.of()), NOW));
        assertThrows(BadInputException.class, () -> PostRules.validate(draft("ok", PostStatus.DRAFT, null, List.of("cooking")), NOW));
        assertThrows(BadInputException.class, () -> PostRules.validate(new PostDraft("T", "ok", null, "B", "javascript:alert(1)", "alt",
                List.of(), List.of(), "A", "en", PostStatus.DRAFT, null), NOW));
        assertThrows(BadInputException.class, () -> PostRules.validate(new PostDraft("T", "ok", null, "B", "/resources/x.png", " ",
                List.of(), List.of(), "A", "en", PostStatus.DRAFT, null), NOW));
    }

    private static PostDraft draft(String slug, PostStatus status, Instant at, List<String> categories) {
        return new PostDraft("Title", slug, null, "Body", null, null, categories, List.of(), "Author", "en", status, at);
    }
}
