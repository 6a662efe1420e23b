package org.abhilekh.platform.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What every file handed to a browser or a spreadsheet needs, written once. */
public final class Downloads {

    private Downloads() {
    }

    /** An attachment header that survives any name: an ASCII fallback plus the RFC 5987 form. */
    public static String attachment(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A CSV cell's text made inert for spreadsheets: text starting with = + - @ or a control character
     * would run as a formula, so it gets a leading apostrophe.
     */
    public static String defuseFormula(String value) {
        String text = value == null ? "" : value;
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
