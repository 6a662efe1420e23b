package org.abhilekh.ingest.control;

import java.time.Duration;

/**
 * The limits one extraction runs under, so that no single file can take the server's time or memory.
 * Set through MicroProfile Config ({@code abhilekh.ingest.*}); the compression-ratio and OCR limits are
 * Tika's own and live in {@code index-config/tika-config.xml}.
 *
 * @param maxTextChars   text kept and indexed per document; past it the text is cut and the cut is reported
 * @param parseTimeout   wall-clock time one file may take to read, OCR included
 * @param maxEmbedded    files inside a file (archive entries, attachments, embedded objects) read per document
 * @param maxDepth       how deep files may sit inside files (a zip in a zip in an e-mail is depth 3)
 */
public record ExtractionLimits(int maxTextChars, Duration parseTimeout, int maxEmbedded, int maxDepth) {

    public static final int DEFAULT_MAX_TEXT_CHARS = 20_000_000;
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(300);
    public static final int DEFAULT_MAX_EMBEDDED = 1_000;
    public static final int DEFAULT_MAX_DEPTH = 5;

    public ExtractionLimits {
        if (maxTextChars < 1 || maxEmbedded < 0 || maxDepth < 0 || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("Extraction limits must be positive: " + maxTextChars + " chars, "
                    + parseTimeout + ", " + maxEmbedded + " embedded files, depth " + maxDepth);
        }
    }

    /** The defaults, with another text limit. */
    public static ExtractionLimits withTextLimit(int maxTextChars) {
        return new ExtractionLimits(maxTextChars, DEFAULT_PARSE_TIMEOUT, DEFAULT_MAX_EMBEDDED, DEFAULT_MAX_DEPTH);
    }
}
