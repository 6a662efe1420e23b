package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

/** Office Open XML files for the tests: the people and places a survey's properties name, and reading parts back. */
final class OfficeFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String TITLE = "Brick works survey";
    static final String BODY = "Children found working at the brick works: 14.";

    private OfficeFiles() {
    }

    /** The public copy of {@code original}, after {@code check} has looked at the result. */
    static byte[] copy(byte[] original, String type, Consumer<PublicCopy.Result> check) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), type, copy);
        assertTrue(result.supported());
        check.accept(result);
        return copy.toByteArray();
    }

    /** No part of the package, unpacked, holds a secret: not only what Tika shows. */
    static void assertNoSecretInAnyPart(byte[] zip) throws IOException {
        int parts = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                String part = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                for (String secret : TestImages.SECRETS) {
                    assertFalse(part.contains(secret.toLowerCase(Locale.ROOT)),
                            entry.getName() + " still contains '" + secret + "'");
                }
                parts++;
            }
        }
        assertTrue(parts > 3, "a package was read");
    }

    static void setProperties(POIXMLDocument document) {
        POIXMLProperties properties = document.getProperties();
        properties.getCoreProperties().setTitle(TITLE);
        properties.getCoreProperties().setCreator(TestImages.PHOTOGRAPHER);
        properties.getCoreProperties().setLastModifiedByUser(TestImages.PHOTOGRAPHER);
        properties.getCoreProperties().setDescription(TestImages.COMMENT);
        properties.getCoreProperties().setKeywords(TestImages.CITY);
        properties.getExtendedProperties().getUnderlyingProperties().setCompany(TestImages.CITY + " field office");
        properties.getExtendedProperties().getUnderlyingProperties().setManager(TestImages.PHOTOGRAPHER);
        properties.getExtendedProperties().getUnderlyingProperties()
                .setTemplate("C:\\Users\\rahul.verma\\Templates\\Survey.dotx");
        properties.getCustomProperties().addProperty("Source", "Notes of " + TestImages.PHOTOGRAPHER);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = OfficeFiles.class.getResourceAsStream("/test-documents/" + name)) {
            return in.readAllBytes();
        }
    }

    static String part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no part " + name);
    }
}
