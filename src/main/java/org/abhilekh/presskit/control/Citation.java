package org.abhilekh.presskit.control;

import java.time.LocalDate;
import org.abhilekh.platform.entity.Organisation;

/** Suggested credit lines, written the same way on kit pages, document pages and in README files. */
public final class Citation {

    private Citation() {
    }

    /**
     * {@code Jharkhand Child Rights Forum, "<title>", <source>, <date>. Abhilekh archive, <url>};
     * the source and date are left out when unknown.
     */
    public static String line(String title, String source, LocalDate date, String url) {
        StringBuilder line = new StringBuilder(Organisation.NAME).append(", \u201c").append(title).append('\u201d');
        if (source != null && !source.isBlank()) {
            line.append(", ").append(source);
        }
        if (date != null) {
            line.append(", ").append(date);
        }
        return line.append(". Abhilekh archive, ").append(url).toString();
    }
}
