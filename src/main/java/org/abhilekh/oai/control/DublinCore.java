package org.abhilekh.oai.control;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.PublicDescription;

/**
 * A public description as simple Dublin Core ({@code oai_dc}): title, creators, subjects (tags), the summary, the
 * organisation as publisher, the date, the archive's type with its DCMI type, the public page as identifier and the
 * language. Never the text: harvesters link to the page, where the public reads what it may.
 */
public final class DublinCore {

    public static final String PREFIX = "oai_dc";
    public static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Language codes the archive uses for "not known". */
    private static final List<String> UNKNOWN_LANGUAGES = List.of("und", "");

    private DublinCore() {
    }

    /** The {@code <oai_dc:dc>} element for this description, whose page is at {@code pageUrl}. */
    public static String of(PublicDescription description, String publisher, String pageUrl) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.setPrefix("oai_dc", NAMESPACE);
            xml.setPrefix("dc", DC);
            xml.writeStartElement("oai_dc", "dc", NAMESPACE);
            xml.writeNamespace("oai_dc", NAMESPACE);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
            element(xml, "title", description.title());
            description.creators().forEach(creator -> element(xml, "creator", creator));
            description.subjects().forEach(subject -> element(xml, "subject", subject));
            element(xml, "description", description.summary());
            element(xml, "publisher", publisher);
            element(xml, "date", description.date() == null ? null : description.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
            element(xml, "type", DocumentType.PHOTO.code().equals(description.type()) ? "Image" : "Text");
            element(xml, "type", description.type());
            element(xml, "identifier", pageUrl);
            if (description.language() != null && !UNKNOWN_LANGUAGES.contains(description.language())) {
                element(xml, "language", description.language());
            }
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Dublin Core of document " + description.id(), e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            xml.writeStartElement("dc", name, DC);
            xml.writeCharacters(withoutControlCharacters(value.strip()));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write dc:" + name, e);
        }
    }

    /** XML 1.0 cannot carry most control characters, not even escaped; a pasted description may hold some. */
    static String withoutControlCharacters(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
