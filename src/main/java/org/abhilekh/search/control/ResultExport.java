package org.abhilekh.search.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.abhilekh.platform.control.Downloads;
import org.abhilekh.search.entity.SearchHit;

/** Writes search results for taking away: CSV for spreadsheets, Atom for feed readers. */
public final class ResultExport {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private ResultExport() {
    }

    /**
     * One row per hit. Every cell is quoted, and a cell that a spreadsheet would run as a formula
     * (starting with = + - @ or a control character) is prefixed with an apostrophe.
     */
    public static void csv(List<SearchHit> hits, URI base, Writer out) throws IOException {
        out.write("id,title,type,date,language,outlet,staff_only,url\r\n");
        for (SearchHit hit : hits) {
            out.write(String.join(",",
                    cell(Long.toString(hit.id())), cell(hit.title()), cell(hit.type()),
                    cell(hit.date() == null ? "" : hit.date().toString()), cell(hit.language()), cell(hit.outlet()),
                    cell(Boolean.toString(hit.staffOnly())), cell(base.resolve(relative(hit.url())).toString())));
            out.write("\r\n");
        }
        out.flush();
    }

    static String cell(String value) {
        return "\"" + Downloads.defuseFormula(value).replace("\"", "\"\"") + "\"";
    }

    /** An Atom 1.0 feed of the hits; snippets lose their marks and become plain text. */
    public static void atom(String title, URI self, URI base, List<SearchHit> hits, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", title);
            element(xml, "id", self.toString());
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("href", self.toString());
            LocalDate newest = hits.stream().map(SearchHit::date).filter(java.util.Objects::nonNull).max(LocalDate::compareTo)
                    .orElse(LocalDate.of(2000, 1, 1));
            element(xml, "updated", timestamp(newest));
            xml.writeStartElement("author");
            element(xml, "name", "Jharkhand Child Rights Forum");
            xml.writeEndElement();
            for (SearchHit hit : hits) {
                String link = base.resolve(relative(hit.url())).toString();
                xml.writeStartElement("entry");
                element(xml, "title", hit.title());
                element(xml, "id", link);
                xml.writeEmptyElement("link");
                xml.writeAttribute("href", link);
                element(xml, "updated", timestamp(hit.date() == null ? newest : hit.date()));
                element(xml, "summary", plain(hit.snippet()));
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", hit.type() == null ? "document" : hit.type());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the feed", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
        xml.writeEndElement();
    }

    private static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** Snippets are HTML-escaped text with marks; feeds want the plain text back. */
    static String plain(String snippet) {
        if (snippet == null) {
            return "";
        }
        return snippet.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String relative(String url) {
        return url.startsWith("/") ? url.substring(1) : url;
    }
}
