package org.abhilekh.ingest.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * index-config/tika-config.xml as the extractor uses it: read safely, with the Tesseract location this server
 * configures (or OCR switched off when it is missing), and whether OCR is really available.
 */
final class TikaSettings {

    private static final Logger LOG = Logger.getLogger(TikaSettings.class.getName());
    private static final String TESSERACT = TesseractOCRParser.class.getName();

    private TikaSettings() {
    }

    /**
     * Reads the configuration file; a configured Tesseract location replaces the one in the file, so the
     * program can be found where a server installs it without editing index-config.
     */
    static TikaConfig read(Path tikaConfig, Optional<String> tesseractPath) throws IOException {
        try (InputStream in = Files.newInputStream(tikaConfig)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Tika reads some sections by local name, which only a namespace-aware parser fills in.
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            Document xml = factory.newDocumentBuilder().parse(in);
            tesseractPath.ifPresent(path -> setTesseractPath(xml, path));
            tesseractPath.filter(path -> !Files.exists(Path.of(path))).ifPresent(path -> switchOcrOff(xml, path));
            return new TikaConfig(xml);
        } catch (TikaException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("index-config/tika-config.xml is invalid: " + e.getMessage(), e);
        }
    }

    private static void switchOcrOff(Document xml, String path) {
        LOG.warning(() -> "abhilekh.ocr.tesseract-path is " + path + ", which does not exist: OCR is switched off");
        for (Element params : tesseractParams(xml)) {
            removeParams(params, "tesseractPath", "skipOCR");
            params.appendChild(param(xml, "skipOCR", "bool", "true"));
        }
    }

    private static void setTesseractPath(Document xml, String path) {
        Path program = Path.of(path);
        if (!Files.exists(program)) {
            return;
        }
        // Tika wants the folder; a path to the program itself is accepted too.
        String folder = Files.isRegularFile(program) && program.getParent() != null ? program.getParent().toString() : path;
        for (Element params : tesseractParams(xml)) {
            removeParams(params, "tesseractPath");
            params.appendChild(param(xml, "tesseractPath", "string", folder.endsWith("/") ? folder : folder + "/"));
        }
    }

    /** The {@code params} of each configured Tesseract parser (not of its exclusions), created where missing. */
    private static List<Element> tesseractParams(Document xml) {
        List<Element> found = new ArrayList<>();
        NodeList parsers = xml.getElementsByTagName("parser");
        for (int i = 0; i < parsers.getLength(); i++) {
            Element parserElement = (Element) parsers.item(i);
            if (TESSERACT.equals(parserElement.getAttribute("class"))) {
                Element params = first(parserElement, "params");
                if (params == null) {
                    params = xml.createElement("params");
                    parserElement.appendChild(params);
                }
                found.add(params);
            }
        }
        return found;
    }

    private static void removeParams(Element params, String... names) {
        NodeList existing = params.getElementsByTagName("param");
        for (int j = existing.getLength() - 1; j >= 0; j--) {
            Element param = (Element) existing.item(j);
            if (List.of(names).contains(param.getAttribute("name"))) {
                params.removeChild(param);
            }
        }
    }

    private static Element param(Document xml, String name, String type, String value) {
        Element param = xml.createElement("param");
        param.setAttribute("name", name);
        param.setAttribute("type", type);
        param.setTextContent(value);
        return param;
    }

    private static Element first(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }

    static boolean hasTesseract(Parser parser) {
        if (parser instanceof TesseractOCRParser tesseract) {
            try {
                return tesseract.hasTesseract() && !tesseract.isSkipOCR();
            } catch (TikaException e) {
                LOG.log(Level.WARNING, "Cannot tell whether Tesseract is installed", e);
                return false;
            }
        }
        if (parser instanceof ParserDecorator decorator) {
            return hasTesseract(decorator.getWrappedParser());
        }
        if (parser instanceof CompositeParser composite) {
            return composite.getAllComponentParsers().stream().anyMatch(TikaSettings::hasTesseract);
        }
        return false;
    }
}
