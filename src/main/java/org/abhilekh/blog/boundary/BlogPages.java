package org.abhilekh.blog.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.abhilekh.platform.entity.Organisation;

/** Small helpers the blog's page beans share: dates as readers in India read them, URL encoding. */
final class BlogPages {


    private BlogPages() {
    }

    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(Organisation.ZONE));
    }

    /** Percent-encoding for query values and mailto: spaces as %20, which every client reads. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static int number(String value, int fallback) {
        if (value == null || !value.matches("\\d{1,6}")) {
            return fallback;
        }
        return Integer.parseInt(value);
    }
}
