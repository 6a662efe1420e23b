package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicCopyTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/html", "image/webp", "image/gif", "video/mp4",
            "application/octet-stream", ""})
    void unsupportedTypeIsReportedAndNothingIsWritten(String type) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();

        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(new byte[] {1, 2, 3}), type, copy);

        assertFalse(result.supported());
        assertFalse(result.anythingRemoved());
        assertEquals(0, copy.size());
        assertFalse(PublicCopy.supports(type));
    }

    @Test
    void missingTypeIsUnsupported() throws IOException {
        Path copy = temp.resolve("copy");
        assertFalse(PublicCopy.write(Files.writeString(temp.resolve("a"), "a"), null, copy).supported());
        assertFalse(Files.exists(copy), "no copy for an unsupported type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/jpeg", "IMAGE/JPEG", "image/jpeg; charset=binary", "image/png", "image/tiff", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.oasis.opendocument.text"})
    void supportedTypesAreRecognisedWhateverTheirCaseAndParameters(String type) {
        assertTrue(PublicCopy.supports(type));
    }

    @ParameterizedTest
    @CsvSource({"image/jpeg, jpeg", "image/png, png", "application/pdf, pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document, docx",
            "application/vnd.oasis.opendocument.text, odt", "application/msword, doc"})
    void callersStreamsStayOpen(String type, String kind) throws IOException {
        byte[] original = switch (kind) {
            case "jpeg" -> TestImages.fieldPhotoJpeg();
            case "png" -> TestImages.fieldPhotoPng();
            case "pdf" -> PublicCopyPdfTest.reviewedPdf();
            case "docx" -> PublicCopyWordTest.reviewedWordFile();
            case "odt" -> PublicCopyOpenDocumentTest.reviewedTextDocument();
            default -> resource("/test-documents/testWORD.doc");
        };
        boolean[] closed = new boolean[2];
        InputStream in = new ByteArrayInputStream(original) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[1] = true;
            }
        };

        PublicCopy.Result result = PublicCopy.write(in, type, out);

        assertTrue(result.anythingRemoved());
        assertFalse(closed[0], "the original's stream is left open");
        assertFalse(closed[1], "the target stream is left open");
        out.write('!');
    }

    @Test
    void fileCopyLeavesTheOriginalAsItWasAndReplacesAnOldCopy() throws IOException {
        Path original = Files.write(temp.resolve("report.pdf"), PublicCopyPdfTest.reviewedPdf());
        byte[] before = Files.readAllBytes(original);
        Path copy = Files.writeString(temp.resolve("report-public.pdf"), "an older copy");

        PublicCopy.Result result = PublicCopy.write(original, "application/pdf", copy);

        assertTrue(result.removed().contains("PDF info Author"));
        assertArrayEquals(before, Files.readAllBytes(original));
        assertTrue(new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (var files = Files.list(temp)) {
            assertEquals(2, files.count(), "no temporary file is left beside them");
        }
    }

    @Test
    void copyNeverReplacesItsOriginal() throws IOException {
        Path original = Files.write(temp.resolve("photo.jpg"), TestImages.fieldPhotoJpeg());
        byte[] before = Files.readAllBytes(original);
        assertThrows(IllegalArgumentException.class, () -> PublicCopy.write(original, "image/jpeg", original));
        assertThrows(IllegalArgumentException.class,
                () -> PublicCopy.write(original, "image/jpeg", temp.resolve(".").resolve("photo.jpg")));
        assertArrayEquals(before, Files.readAllBytes(original));
    }

    @Test
    void passwordProtectedWordFileIsRefused() throws IOException {
        byte[] locked = resource("/test-documents/testWORD_protected_passtika.docx");
        assertThrows(IOException.class, () -> PublicCopy.write(new ByteArrayInputStream(locked),
                OfficeFiles.DOCX, new ByteArrayOutputStream()));
    }

    @ParameterizedTest
    @CsvSource({"testPDF.pdf, application/pdf, PDF info Author",
            "testOCR.jpg, image/jpeg, JPEG comment",
            "testWORD.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, dc:creator",
            "testPPT.pptx, application/vnd.openxmlformats-officedocument.presentationml.presentation, dc:creator",
            "testEXCEL.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, dc:creator"})
    void realFilesKeepWhatTikaReadsAsTheirText(String name, String type, String removed) throws IOException {
        byte[] original = resource("/test-documents/" + name);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();

        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), type, copy);

        assertTrue(result.removed().contains(removed), result.removed()::toString);
        TikaReading before = TikaReading.of(original);
        TikaReading after = TikaReading.of(copy.toByteArray());
        assertEquals(before.text(), after.text());
        assertEquals(before.metadata().get("Content-Type"), after.metadata().get("Content-Type"));
        if (type.startsWith("image/")) {
            TestImages.assertSamePixels(original, copy.toByteArray());
        }
        for (String hidden : List.of("dc:creator", "meta:last-author", "pdf:docinfo:creator", "xmp:CreatorTool")) {
            assertNull(after.metadata().get(hidden), hidden);
        }
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
