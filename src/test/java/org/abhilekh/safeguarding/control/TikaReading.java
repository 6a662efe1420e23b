package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** A file as Apache Tika reads it, with every parser of the standard package: its text and its metadata. */
record TikaReading(String text, Metadata metadata) {

    private static final AutoDetectParser PARSER = new AutoDetectParser();

    static TikaReading of(byte[] file) throws IOException {
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try {
            PARSER.parse(new ByteArrayInputStream(file), text, metadata, new ParseContext());
        } catch (SAXException | TikaException e) {
            throw new IOException("Tika could not read the file", e);
        }
        return new TikaReading(text.toString(), metadata);
    }

    /** Every metadata entry as {@code name=value}. */
    List<String> entries() {
        List<String> entries = new ArrayList<>();
        for (String name : metadata.names()) {
            for (String value : metadata.getValues(name)) {
                entries.add(name + "=" + value);
            }
        }
        return entries;
    }

    /** Whether some metadata entry's name or value contains {@code part}, ignoring case. */
    boolean mentions(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return entries().stream().anyMatch(entry -> entry.toLowerCase(Locale.ROOT).contains(lower));
    }

    void assertMentions(String part) {
        if (!mentions(part)) {
            fail("Tika's metadata has no '" + part + "': " + entries());
        }
    }

    /** Neither the metadata nor the text contains any of {@code secrets}. */
    void assertSilentAbout(List<String> secrets) {
        for (String secret : secrets) {
            assertFalse(mentions(secret), () -> "Tika's metadata still has '" + secret + "': " + entries());
            assertFalse(text.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)),
                    () -> "Tika's text still has '" + secret + "': " + text);
        }
    }
}
