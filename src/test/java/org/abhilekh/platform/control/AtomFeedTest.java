package org.abhilekh.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void entriesKeepTheirOrderLanguageAndLinksAndTextLosesWhatXmlCannotCarry() throws Exception {
        Instant updated = Instant.parse("2025-03-05T06:00:00Z");
        String xml = new AtomFeed("Feed \u0007title", "http://h/feed.atom", updated, "Forum",
                List.of(new AtomFeed.Link("self", "http://h/feed.atom", null)),
                List.of(new AtomFeed.Entry("http://h/a", "A\u0000", new AtomFeed.Link(null, "http://h/a", null), null, "hi", null,
                                updated, List.of("photo"), "Plain <text>", null),
                        new AtomFeed.Entry("http://h/b", "B", new AtomFeed.Link("alternate", "http://h/b", "text/html"), "Ritu", null,
                                updated, updated, List.of(), null, "<p>x</p>"))).write();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("Feed title", root.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        assertEquals("Forum", root.getElementsByTagNameNS(ATOM, "name").item(0).getTextContent());
        Element first = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        Element second = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(1);
        assertEquals("A", first.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        assertEquals("hi", first.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("Plain <text>", first.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent());
        assertEquals("photo", ((Element) first.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"));
        assertEquals(0, first.getElementsByTagNameNS(ATOM, "content").getLength());
        assertEquals("", second.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("2025-03-05T06:00:00Z", second.getElementsByTagNameNS(ATOM, "published").item(0).getTextContent());
        assertEquals("<p>x</p>", second.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent());
        assertEquals("text/html", ((Element) second.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("type"));
    }
}
