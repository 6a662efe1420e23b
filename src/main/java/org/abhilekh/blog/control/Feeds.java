package org.abhilekh.blog.control;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom 1.0 feeds and sitemap.xml, written with the JDK's streaming XML writer so escaping is
 * never hand-made. Entries carry only what a public page shows: no commenter data at all.
 */
public final class Feeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
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
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", title);
            element(xml, "id", selfUrl);
            element(xml, "updated", timestamp(updated));
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", pageUrl, "text/html");
            for (Entry entry : entries) {
                xml.writeStartElement(ATOM, "entry");
                if (entry.language() != null) {
                    xml.writeAttribute("xml:lang", entry.language());
                }
                element(xml, "title", entry.title());
                element(xml, "id", entry.url());
                link(xml, "alternate", entry.url(), "text/html");
                element(xml, "published", timestamp(entry.published()));
                element(xml, "updated", timestamp(entry.updated()));
                xml.writeStartElement(ATOM, "author");
                element(xml, "name", entry.author());
                xml.writeEndElement();
                for (String category : entry.categories()) {
                    xml.writeEmptyElement(ATOM, "category");
                    xml.writeAttribute("term", category);
                }
                if (entry.summary() != null && !entry.summary().isBlank()) {
                    element(xml, "summary", entry.summary());
                }
                xml.writeStartElement(ATOM, "content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(entry.contentHtml());
                xml.writeEndElement();
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

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.atOffset(ZoneOffset.UTC).toInstant());
    }
}
