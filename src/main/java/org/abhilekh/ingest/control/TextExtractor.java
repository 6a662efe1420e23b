package org.abhilekh.ingest.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.abhilekh.ingest.entity.Extraction;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of an original with Apache Tika as index-config/tika-config.xml sets it up. The
 * type is detected from the bytes, never from the file name. Text past the configured limit is cut
 * and the cut is reported, never hidden.
 */
public final class TextExtractor {

    private static final String UNKNOWN = "application/octet-stream";

    private final AutoDetectParser parser;
    private final int maxChars;

    public TextExtractor(Path tikaConfig, int maxChars) throws IOException {
        try (InputStream in = Files.newInputStream(tikaConfig)) {
            this.parser = new AutoDetectParser(new TikaConfig(in));
        } catch (TikaException | SAXException e) {
            throw new IllegalStateException("index-config/tika-config.xml is invalid: " + e.getMessage(), e);
        }
        this.maxChars = maxChars;
    }

    public Extraction extract(Path original) throws ExtractionFailedException {
        Metadata metadata = new Metadata();
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        ParseContext context = new ParseContext();
        // Embedded files (attachments, archive entries) are read with the same parser and limits.
        context.set(Parser.class, parser);
        context.set(org.apache.tika.parser.html.HtmlMapper.class, new PageChromeHtmlMapper());
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(original, metadata)) {
            // Detection must rely on the bytes alone.
            metadata.remove(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY);
            parser.parse(in, handler, metadata, context);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionFailedException(type(metadata), "The file's content is malformed and could not be read: "
                        + e.getMessage(), e);
            }
            truncated = true;
        } catch (ZeroByteFileException e) {
            throw new ExtractionFailedException(type(metadata), "The file is empty.", e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionFailedException(type(metadata),
                    "The file is password-protected. Upload a copy saved without a password.", e);
        } catch (TikaException e) {
            throw new ExtractionFailedException(type(metadata), "The file is damaged or not in a format Abhilekh can read ("
                    + type(metadata) + "): " + rootMessage(e), e);
        } catch (IOException e) {
            throw new ExtractionFailedException(type(metadata), "The file could not be read: " + rootMessage(e), e);
        }
        if (UNKNOWN.equals(type(metadata))) {
            throw new ExtractionFailedException(UNKNOWN, "The file's format could not be recognised from its content."
                    + " Save it as PDF, an office document, HTML, plain text or an image, and upload it again.", null);
        }
        String text = normaliseWhitespace(handler.toString());
        return new Extraction(type(metadata), text, LanguageGuesser.guess(text), truncated);
    }

    private static String type(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? UNKNOWN : type;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    /** Collapses runs of blank lines and trailing spaces that PDF and office formats leave behind. */
    static String normaliseWhitespace(String text) {
        return text.replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
