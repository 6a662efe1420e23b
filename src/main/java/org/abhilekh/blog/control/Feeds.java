package org.abhilekh.blog.control;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.abhilekh.platform.control.AtomFeed;

/**
 * The blog's Atom feeds (through the platform's {@link AtomFeed}, which ROME writes), sitemap.xml and robots.txt.
 * The sitemap is written with the JDK's streaming XML writer, so escaping is never hand-made; ROME knows no
 * sitemaps, and five elements need no library of their own. Entries carry only what a public page shows: no
 * commenter data at all.
 */
public final class Feeds {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** One post in a feed; {@code url} is absolute. */
    public record Entry(String url, String title, String summary, String contentHtml, String author,
                        String language, Instant published, Instant updated, List<String> categories) {
    }

    /** One address in the sitemap; {@code lastModified} may be null. */
    public record Location(String url, Instant lastModified) {
    }

    private Feeds() {
    }

    public static String atom(String title, String selfUrl, String pageUrl, Instant fallbackUpdated, List<Entry> entries) {
        Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(fallbackUpdated);
        return new AtomFeed(title, selfUrl, updated, null,
                List.of(new AtomFeed.Link("self", selfUrl, "application/atom+xml"), new AtomFeed.Link("alternate", pageUrl, "text/html")),
                entries.stream().map(entry -> new AtomFeed.Entry(entry.url(), entry.title(),
                        new AtomFeed.Link("alternate", entry.url(), "text/html"), entry.author(), entry.language(),
                        entry.published(), entry.updated(), entry.categories(),
                        entry.summary() == null || entry.summary().isBlank() ? null : entry.summary(),
                        entry.contentHtml() == null ? "" : entry.contentHtml())).toList()).write();
    }

    public static String sitemap(List<Location> locations) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            for (Location location : locations) {
                xml.writeStartElement(SITEMAP, "url");
                xml.writeStartElement(SITEMAP, "loc");
                xml.writeCharacters(location.url());
                xml.writeEndElement();
                if (location.lastModified() != null) {
                    xml.writeStartElement(SITEMAP, "lastmod");
                    xml.writeCharacters(timestamp(location.lastModified()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    public static String robots(String sitemapUrl) {
        return "User-agent: *\nDisallow: /admin/\nDisallow: /api/\nDisallow: /login.xhtml\nAllow: /\n\nSitemap: " + sitemapUrl + "\n";
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.atOffset(ZoneOffset.UTC).toInstant());
    }
}
