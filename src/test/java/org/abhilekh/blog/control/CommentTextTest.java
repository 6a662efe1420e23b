package org.abhilekh.blog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void scriptIsShownAsTextNeverAsMarkup() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;hi&#34;",
                CommentText.toHtml("<script>alert('x')</script> & \"hi\""));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", CommentText.toHtml("<img src=x onerror=alert(1)>"));
    }

    @Test
    void addressesBecomeNofollowLinksWithoutTheirTrailingPunctuation() {
        assertEquals("See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc\">https://example.org/a?b=1&amp;c=2</a>.",
                CommentText.toHtml("See https://example.org/a?b=1&c=2."));
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        String html = CommentText.toHtml("http://x.example/\"onmouseover=\"alert(1)");
        assertEquals("<a href=\"http://x.example/\" rel=\"nofollow ugc\">http://x.example/</a>&#34;onmouseover=&#34;alert(1)", html);
    }

    @Test
    void javascriptAddressesAreNotLinked() {
        assertEquals("javascript:alert(1)", CommentText.toHtml("javascript:alert(1)"));
    }

    @Test
    void lineBreaksAreKept() {
        assertEquals("one<br/>two<br/>three", CommentText.toHtml("one\r\ntwo\nthree"));
    }

    @Test
    void linksAreCounted() {
        assertEquals(3, CommentText.countLinks("http://a.example https://b.example and www.c.example"));
        assertEquals(0, CommentText.countLinks("no links here"));
    }

    @Test
    void onlyHttpWebsitesAreSafe() {
        assertTrue(CommentText.isSafeWebsite("https://example.org/me"));
        assertFalse(CommentText.isSafeWebsite("javascript:alert(1)"));
        assertFalse(CommentText.isSafeWebsite("https://example.org/\"onclick=\"x"));
        assertFalse(CommentText.isSafeWebsite("data:text/html,hi"));
    }
}
