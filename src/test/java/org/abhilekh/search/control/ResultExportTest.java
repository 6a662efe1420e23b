package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.abhilekh.search.entity.SearchHit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ResultExportTest {

    private static final URI BASE = URI.create("https://archive.example.org/");
    private final List<SearchHit> hits = List.of(
            new SearchHit("document", 7, "=HYPERLINK(\"http://evil.example\",\"click\")", "press-clipping", LocalDate.of(2023, 6, 14), "hi",
                    "Ranchi \"Samachar\"", "<mark>गुमला</mark> की &lt;b&gt; लड़कियाँ", "/archive/document.xhtml?id=7", false),
            new SearchHit("document", 8, "Plain, with comma\nand a line break", "photo", null, "en", null, "", "/archive/document.xhtml?id=8", true),
            new SearchHit("post", 7, "From the kilns", "post", LocalDate.of(2023, 1, 10), "en", null, "", "/blog/from-the-kilns", false));

    @Test
    void csvCellsAreQuotedAndFormulasDisarmed() throws Exception {
        StringWriter out = new StringWriter();
        ResultExport.csv(hits, BASE, out);
        String[] lines = out.toString().split("\r\n");
        assertEquals("kind,id,title,type,date,language,outlet,staff_only,url", lines[0]);
        assertEquals("\"document\",\"7\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"press-clipping\",\"2023-06-14\",\"hi\","
                + "\"Ranchi \"\"Samachar\"\"\",\"false\",\"https://archive.example.org/archive/document.xhtml?id=7\"", lines[1]);
        assertTrue(out.toString().contains("\"Plain, with comma\nand a line break\""));
        assertEquals("\"document\",\"8\",\"Plain, with comma\nand a line break\",\"photo\",\"\",\"en\",\"\",\"true\","
                + "\"https://archive.example.org/archive/document.xhtml?id=8\"\r\n", out.toString().substring(out.toString().indexOf("\"document\",\"8\""),
                out.toString().indexOf("\"post\"")));
        assertEquals("\"post\",\"7\",\"From the kilns\",\"post\",\"2023-01-10\",\"en\",\"\",\"false\",\"https://archive.example.org/blog/from-the-kilns\"",
                out.toString().split("\r\n")[3], "a post and a document may share an id; the kind tells them apart");
    }

    @Test
    void theFeedIsWellFormedAtomWithPlainTextSummaries() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultExport.atom("Abhilekh: गुमला", URI.create("https://archive.example.org/api/search/feed.atom?q=x"), BASE, hits, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        assertEquals(3, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertEquals("गुमला की <b> लड़कियाँ", feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary").item(0).getTextContent());
        assertEquals("2023-06-14T00:00:00Z", feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
    }
}
