package org.abhilekh.ingest.control;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads files inside a file (archive entries, attachments, embedded objects) like Tika does, but counts
 * them and how deep they sit, and stops the whole extraction when either passes its limit: a zip that
 * holds itself, or an archive of a million tiny entries, fails its own document instead of running on.
 * The breach is also remembered, because some parsers catch and drop what their entries throw.
 */
final class LimitedEmbeddedDocumentExtractor extends ParsingEmbeddedDocumentExtractor {

    private final int maxEmbedded;
    private final int maxDepth;
    private int embedded;
    private int depth;
    private volatile String breach;
    private volatile String swallowed;
    private static final Pattern HIDDEN_FAILURES = Pattern.compile(
            "Suspected zip bomb|TikaMemoryLimitException|EncryptedDocumentException|encrypt", Pattern.CASE_INSENSITIVE);

    LimitedEmbeddedDocumentExtractor(ParseContext context, int maxEmbedded, int maxDepth) {
        super(context);
        this.maxEmbedded = maxEmbedded;
        this.maxDepth = maxDepth;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (breach != null) {
            throw new ExtractionLimitException(breach);
        }
        if (++embedded > maxEmbedded) {
            throw breached("The file holds more than " + maxEmbedded + " files inside it (archive entries, attachments or"
                    + " embedded objects), the most Abhilekh reads from one upload. Split it into smaller parts and upload those.");
        }
        if (depth >= maxDepth) {
            throw breached("The file has files nested inside files more than " + maxDepth + " levels deep (an archive"
                    + " that holds itself, or a zip bomb). Unpack it and upload the documents themselves.");
        }
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } catch (SAXException | IOException | RuntimeException e) {
            // The parser of the enclosing file may catch this and read on; remember it first.
            remember(describe(e));
            throw e;
        } finally {
            depth--;
        }
        for (String failure : metadata.getValues(TikaCoreProperties.EMBEDDED_EXCEPTION)) {
            remember(failure);
        }
    }

    private void remember(String failure) {
        if (swallowed == null && HIDDEN_FAILURES.matcher(failure).find()) {
            swallowed = failure;
        }
    }

    private static String describe(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            all.append(cause).append('\n');
        }
        return all.toString();
    }

    /**
     * What Tika caught and recorded on an embedded file but that must fail the whole document: a zip bomb
     * or memory bomb found inside, or an encrypted attachment. Reading on without it would lose text silently.
     */
    String swallowed() {
        return swallowed;
    }

    private ExtractionLimitException breached(String reason) {
        breach = reason;
        return new ExtractionLimitException(reason);
    }

    /** The limit crossed during the parse, or null. */
    String breach() {
        return breach;
    }
}
