package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PublicCopyOpenDocumentTest {

    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String BODY = "Children found working at the brick works: 14.";
    private static final String TITLE = "Brick works survey";

    @Test
    void textDocumentLosesCreatorsUserFieldsCommentsAndPhotoExifButKeepsItsText() throws IOException {
        byte[] original = reviewedTextDocument();
        byte[] untouched = original.clone();
        TikaReading before = TikaReading.of(original);
        before.assertMentions(TestImages.PHOTOGRAPHER);
        assertTrue(before.text().contains(TestImages.COMMENT), "Tika shows the comment in the original");

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), ODT, copy);

        assertArrayEquals(untouched, original);
        assertTrue(result.removed().containsAll(List.of("meta:initial-creator", "dc:creator", "meta:printed-by",
                "dc:description", "meta:keyword", "meta:user-defined", "office:annotation", "office:annotation-end",
                "image Pictures/photo.jpg: EXIF GPSLatitude")), result.removed()::toString);
        assertEquals(List.of(), result.left());
        byte[] cleaned = copy.toByteArray();
        OfficeFiles.assertNoSecretInAnyPart(cleaned);
        TikaReading after = TikaReading.of(cleaned);
        after.assertSilentAbout(TestImages.SECRETS);
        assertEquals(TITLE, after.metadata().get("dc:title"));
        assertEquals(before.text().replace(TestImages.COMMENT, "").replaceAll("\\s+", " ").strip(),
                after.text().replaceAll("\\s+", " ").strip(), "the same text, less the comment");
        List<String> names = entryNames(cleaned);
        assertEquals("mimetype", names.get(0), "mimetype stays first");
        assertEquals(entryNames(original), names, "the same entries in the same order");
        TestImages.assertSamePixels(entry(original, "Pictures/photo.jpg"), entry(cleaned, "Pictures/photo.jpg"));
        assertEquals(ZipEntry.STORED, firstEntryMethod(cleaned));
    }

    @Test
    void trackedChangesAreReportedAsLeft() throws IOException {
        byte[] original = textDocument("""
                <text:tracked-changes><text:changed-region text:id="c1"><text:insertion><office:change-info>\
                <dc:creator>Reviewer</dc:creator><dc:date>2023-11-14T10:30:00</dc:date></office:change-info>\
                </text:insertion></text:changed-region></text:tracked-changes><text:p>%s</text:p>""".formatted(BODY),
                "<meta:generator>Test</meta:generator>", null);

        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), ODT,
                new ByteArrayOutputStream());

        assertEquals(List.of("OpenDocument tracked changes (with their authors)"), result.left());
        assertEquals(List.of(), result.removed());
    }

    @Test
    void realOpenOfficeDocumentKeepsItsText() throws IOException {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/test-documents/testOpenOffice2.odt")) {
            original = in.readAllBytes();
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), ODT, copy);

        assertTrue(result.supported());
        assertEquals(TikaReading.of(original).text(), TikaReading.of(copy.toByteArray()).text());
    }

    @Test
    void encryptedDocumentIsRefused() throws IOException {
        byte[] encrypted;
        try (InputStream in = getClass().getResourceAsStream("/test-documents/testODTEncrypted.odt")) {
            encrypted = in.readAllBytes();
        }
        assertThrows(IOException.class, () -> PublicCopy.write(new ByteArrayInputStream(encrypted), ODT,
                new ByteArrayOutputStream()));
    }

    static byte[] reviewedTextDocument() throws IOException {
        String content = """
                <text:p>%s<office:annotation office:name="c1"><dc:creator>%s</dc:creator>\
                <dc:date>2023-11-14T10:30:00</dc:date><text:p>%s</text:p></office:annotation> Counted on 14 \
                November.<office:annotation-end office:name="c1"/></text:p>\
                <text:p><draw:frame draw:name="photo" svg:width="2cm" svg:height="1.5cm">\
                <draw:image xlink:href="Pictures/photo.jpg" xlink:type="simple"/></draw:frame></text:p>"""
                .formatted(BODY, TestImages.PHOTOGRAPHER, TestImages.COMMENT);
        String meta = """
                <meta:initial-creator>%1$s</meta:initial-creator><dc:creator>%1$s</dc:creator>\
                <meta:printed-by>%1$s</meta:printed-by><dc:title>%2$s</dc:title>\
                <dc:description>%3$s</dc:description><meta:keyword>%4$s</meta:keyword>\
                <meta:user-defined meta:name="Source">Notes of %1$s</meta:user-defined>\
                <meta:generator>Test</meta:generator>"""
                .formatted(TestImages.PHOTOGRAPHER, TITLE, TestImages.COMMENT, TestImages.CITY);
        return textDocument(content, meta, TestImages.fieldPhotoJpeg());
    }

    /** An OpenDocument text package as an office suite writes it: mimetype first and stored, then the parts. */
    static byte[] textDocument(String body, String meta, byte[] photo) throws IOException {
        String namespaces = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            byte[] mimetype = ODT.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                    manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>\
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                    <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\
                    </manifest:manifest>""".formatted(ODT).getBytes(StandardCharsets.UTF_8));
            put(zip, "meta.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + namespaces
                    + "><office:meta>" + meta + "</office:meta></office:document-meta>")
                    .getBytes(StandardCharsets.UTF_8));
            put(zip, "content.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                    + namespaces + "><office:body><office:text>" + body
                    + "</office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
            if (photo != null) {
                put(zip, "Pictures/photo.jpg", photo);
            }
        }
        return file.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static List<String> entryNames(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static int firstEntryMethod(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            return in.getNextEntry().getMethod();
        }
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("no entry " + name);
    }
}
