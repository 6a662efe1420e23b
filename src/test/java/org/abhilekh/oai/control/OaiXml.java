package org.abhilekh.oai.control;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** An OAI-PMH answer, parsed, with XPath over the protocol's and Dublin Core's namespaces (prefixes o, oai_dc, dc). */
public final class OaiXml {

    private final Document document;
    private final XPath xpath;

    public OaiXml(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "o" -> "http://www.openarchives.org/OAI/2.0/";
                    case "oai_dc" -> "http://www.openarchives.org/OAI/2.0/oai_dc/";
                    case "dc" -> "http://purl.org/dc/elements/1.1/";
                    default -> null;
                };
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceUri) {
                return null;
            }
        });
    }

    public String text(String expression) {
        try {
            return xpath.evaluate(expression, document);
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    public List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> found = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add(nodes.item(i).getTextContent());
            }
            return found;
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    /** The error code, or "" when the answer is not an error. */
    public String error() {
        return text("/o:OAI-PMH/o:error/@code");
    }

    /** The resumption token to send next, or "" at the end of the list. */
    public String resumptionToken() {
        return text("//o:resumptionToken").strip();
    }
}
