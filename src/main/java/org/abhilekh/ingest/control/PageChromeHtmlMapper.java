package org.abhilekh.ingest.control;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Reads a saved web page without its navigation, footer and side bars, so that menus ("Home About
 * us Our work") do not end up in the indexed text and in every snippet.
 */
final class PageChromeHtmlMapper extends DefaultHtmlMapper {

    private static final Set<String> CHROME = Set.of("NAV", "FOOTER", "ASIDE");

    @Override
    public boolean isDiscardElement(String name) {
        return CHROME.contains(name.toUpperCase(Locale.ROOT)) || super.isDiscardElement(name);
    }
}
