package org.abhilekh.presskit.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.abhilekh.platform.control.BadInputException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * A kit's own file as Apache Tika reads it, for the safeguarding checks: its text, and its hidden metadata under the
 * names Tika gives it (the names the checks know). Read while the editor waits, so without OCR: a photo's caption says
 * what it shows, and OCR would keep the editor waiting up to two minutes a picture.
 *
 * @param mediaType the type Tika detected from the bytes
 */
public record AssetReading(String mediaType, String text, Map<String, List<String>> metadata) {

    /** Longer than any press release or fact sheet; a longer text belongs in the archive, which reads it in the background. */
    static final int MAX_TEXT_CHARS = 2_000_000;
    private static final AutoDetectParser PARSER = new AutoDetectParser();

    /** The metadata that travels unseen with the file; a text or HTML file hides nothing (its head is read as text). */
    public Map<String, List<String>> hiddenMetadata() {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("text/") ? Map.of() : metadata;
    }

    /** Reads the file; one that cannot be read, or is too long to check here, is refused with a reason the editor can act on. */
    public static AssetReading of(Path file) {
        BodyContentHandler text = new BodyContentHandler(MAX_TEXT_CHARS);
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        try (InputStream in = TikaInputStream.get(file)) {
            PARSER.parse(in, text, metadata, context);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new BadInputException("The file's text is longer than " + MAX_TEXT_CHARS + " characters, too long to check for"
                        + " safeguarding here. Put it in the archive as a document (its text is read and checked there) and add that"
                        + " document to the kit.", e);
            }
            throw new BadInputException("The file could not be read to check it for safeguarding (" + e.getClass().getSimpleName()
                    + "); it may be damaged or password-protected. Check that it opens on a computer, then upload it again.", e);
        }
        Map<String, List<String>> named = new TreeMap<>();
        for (String name : metadata.names()) {
            // Tika's notes about the parse are not the file's.
            if (!name.startsWith("X-TIKA:") && !name.startsWith("X-Parsed-By")) {
                named.put(name, List.of(metadata.getValues(name)));
            }
        }
        return new AssetReading(metadata.get(Metadata.CONTENT_TYPE), text.toString(), named);
    }
}
