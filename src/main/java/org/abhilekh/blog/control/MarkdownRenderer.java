package org.abhilekh.blog.control;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML for posts. Raw HTML in the Markdown is escaped, not passed through, and link and
 * image addresses are sanitised to safe schemes: an editor's account being misused must not turn
 * into script on the public site. Thread-safe; commonmark's parser and renderer are immutable.
 */
public final class MarkdownRenderer {

    /* Tables, because research posts report their figures in them. */
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownRenderer() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** Plain text of the Markdown, for search, reading time and descriptions. */
    public static String toText(String markdown) {
        return htmlToText(toHtml(markdown));
    }

    /**
     * Plain text of HTML this renderer made (tags dropped, its few entities decoded). Hand-written: the OWASP
     * encoder only encodes, and commonmark writes only these four entities.
     */
    public static String htmlToText(String html) {
        return html.replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    /** Minutes a reader needs at about 200 words a minute; at least one. */
    public static int readingMinutes(String markdown) {
        String text = toText(markdown);
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return Math.max(1, (words + 199) / 200);
    }
}
