package org.abhilekh.blog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void theAtomFeedIsWellFormedAtomWithEveryRequiredElement() throws Exception {
        Instant published = Instant.parse("2025-03-04T05:30:00Z");
        Instant updated = Instant.parse("2025-03-05T06:00:00Z");
        String xml = Feeds.atom("Blog & news", "http://localhost/feed.atom", "http://localhost/blog/", Instant.EPOCH, List.of(
                new Feeds.Entry("http://localhost/blog/a", "Title <with> & \"quotes\"", "Summary", "<p>Body &amp; <em>more</em></p>",
                        "Ritu", "en", published, updated, List.of("training")),
                new Feeds.Entry("http://localhost/blog/b", "गुमला की ग्राम सभाएँ", null, "<p>हिंदी</p>",
                        "सुनीता", "hi", published, published, List.of())));
        Document feed = parse(xml);
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("Blog & news", text(root, "title"));
        assertEquals("http://localhost/feed.atom", text(root, "id"));
        assertEquals("2025-03-05T06:00:00Z", text(root, "updated"));
        assertEquals(2, root.getElementsByTagNameNS(ATOM, "entry").getLength());
        Element first = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("Title <with> & \"quotes\"", text(first, "title"));
        assertEquals("<p>Body &amp; <em>more</em></p>", text(first, "content"));
        assertEquals("html", ((Element) first.getElementsByTagNameNS(ATOM, "content").item(0)).getAttribute("type"));
        assertEquals("Ritu", text(first, "name"));
        Element second = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(1);
        assertEquals("गुमला की ग्राम सभाएँ", text(second, "title"));
        assertEquals("hi", second.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals(0, second.getElementsByTagNameNS(ATOM, "summary").getLength());
    }

    @Test
    void anEmptyFeedStillHasAnUpdatedTime() throws Exception {
        Element root = parse(Feeds.atom("Blog", "http://h/feed.atom", "http://h/blog/", Instant.parse("2026-01-01T00:00:00Z"), List.of()))
                .getDocumentElement();
        assertEquals("2026-01-01T00:00:00Z", text(root, "updated"));
    }

    @Test
    void theSitemapListsEachAddressInTheSitemapNamespace() throws Exception {
        Element root = parse(Feeds.sitemap(List.of(new Feeds.Location("http://h/blog/", Instant.parse("2025-03-05T06:00:00Z")),
                new Feeds.Location("http://h/search/?a=1&b=2", null)))).getDocumentElement();
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", root.getNamespaceURI());
        assertEquals("urlset", root.getLocalName());
        assertEquals(2, root.getElementsByTagNameNS(root.getNamespaceURI(), "url").getLength());
        assertEquals("http://h/search/?a=1&b=2", root.getElementsByTagNameNS(root.getNamespaceURI(), "loc").item(1).getTextContent());
        assertEquals(1, root.getElementsByTagNameNS(root.getNamespaceURI(), "lastmod").getLength());
    }

    @Test
    void robotsKeepCrawlersOutOfTheStaffAreaAndPointAtTheSitemap() {
        String robots = Feeds.robots("http://h/sitemap.xml");
        assertTrue(robots.contains("Disallow: /admin/\n"));
        assertTrue(robots.contains("Disallow: /api/\n"));
        assertTrue(robots.endsWith("Sitemap: http://h/sitemap.xml\n"));
        assertFalse(robots.contains("Disallow: /blog"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
