package org.abhilekh.ingest.control;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
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
        } finally {
            depth--;
        }
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
