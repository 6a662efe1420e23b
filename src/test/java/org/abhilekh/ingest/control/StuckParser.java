package org.abhilekh.ingest.control;

import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A parser as bad as they come: it writes nothing and ignores interrupts, so neither the deadline in the
 * content handler nor an interrupt can end it. It loops until the test releases it.
 */
public class StuckParser implements Parser {

    private static final long serialVersionUID = 1L;
    static volatile boolean released;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.TEXT_PLAIN);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        while (!released) {
            Thread.interrupted();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
