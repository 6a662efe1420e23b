package org.abhilekh.blog.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;

/**
 * Comments are plain text. On the way out everything is HTML-encoded by the OWASP Java Encoder; web addresses become links
 * marked {@code rel="nofollow ugc"} (so spam earns no ranking) that open nothing but http(s).
 */
public final class CommentText {

    static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]]+$");

    private CommentText() {
    }

    public static String toHtml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        Matcher matcher = URL.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String url = matcher.group();
            Matcher trailing = TRAILING_PUNCTUATION.matcher(url);
            String tail = "";
            if (trailing.find()) {
                tail = trailing.group();
                url = url.substring(0, trailing.start());
            }
            html.append(Encode.forHtml(text.substring(last, matcher.start())));
            html.append("<a href=\"").append(Encode.forHtmlAttribute(url)).append("\" rel=\"nofollow ugc\">")
                    .append(Encode.forHtml(url)).append("</a>");
            html.append(Encode.forHtml(tail));
            last = matcher.end();
        }
        html.append(Encode.forHtml(text.substring(last)));
        return html.toString().replace("\r\n", "\n").replace("\n", "<br/>");
    }

    public static int countLinks(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        Matcher matcher = Pattern.compile("https?://|www\\.", Pattern.CASE_INSENSITIVE).matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** A commenter's website may only be an http(s) address; anything else is not linked. */
    public static boolean isSafeWebsite(String url) {
        return url != null && url.matches("(?i)https?://[^\\s<>\"']+") && url.length() <= 300;
    }
}
