package org.abhilekh.ingest.control;

import org.xml.sax.SAXException;

/**
 * Thrown from inside a parse when a limit is crossed (too many embedded files, nested too deep, out of
 * time). A SAX exception, because that is what Tika lets through from content handlers and embedded
 * document extractors without swallowing it; the message is the reason a person reads.
 */
final class ExtractionLimitException extends SAXException {

    private static final long serialVersionUID = 1L;

    ExtractionLimitException(String reason) {
        super(reason);
    }

    /** The first limit crossed somewhere in the chain of causes, if any. */
    static ExtractionLimitException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ExtractionLimitException limit) {
                return limit;
            }
            if (cause instanceof SAXException sax && sax.getException() instanceof ExtractionLimitException limit) {
                return limit;
            }
        }
        return null;
    }
}
