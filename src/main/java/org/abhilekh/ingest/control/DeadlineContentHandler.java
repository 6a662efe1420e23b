package org.abhilekh.ingest.control;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse that is out of time at the next piece of text or markup it produces. Tika offers no
 * way to stop a parser from outside; a parser can only be interrupted when it hands over output, so a
 * parser that loops without producing anything is not stopped by this (see {@link TextExtractor}).
 */
final class DeadlineContentHandler extends ContentHandlerDecorator {

    private final long deadlineNanos;
    private final String reason;
    private volatile boolean expired;

    DeadlineContentHandler(ContentHandler handler, long deadlineNanos, String reason) {
        super(handler);
        this.deadlineNanos = deadlineNanos;
        this.reason = reason;
    }

    /** Ends the parse at its next output, whatever the clock says; for a caller that has stopped waiting. */
    void expire() {
        expired = true;
    }

    private void check() throws SAXException {
        if (expired || System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
            expired = true;
            throw new ExtractionLimitException(reason);
        }
    }

    @Override
    public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
    }
}
