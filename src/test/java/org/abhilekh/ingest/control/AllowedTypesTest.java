package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.abhilekh.platform.control.UnsupportedTypeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one allow-list: what an upload may be, decided from the bytes. */
class AllowedTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "application/msword", "text/plain; charset=UTF-8", "message/rfc822",
            "application/epub+zip", "image/tiff", "application/zip", "application/vnd.oasis.opendocument.text"})
    void documentsImagesAndArchivesOfThemAreTaken(String type) {
        assertEquals(Optional.empty(), AllowedTypes.refusal(type));
        AllowedTypes.check(type);
    }

    @Test
    void programsAreRefusedWithA415AndTheListOfWhatIsTaken() {
        UnsupportedTypeException e = assertThrows(UnsupportedTypeException.class, () -> AllowedTypes.check("application/x-msdownload"));
        assertEquals(415, e.status());
        assertEquals("Files of type application/x-msdownload are not taken into the archive. Accepted: PDF, Word, Excel,"
                + " PowerPoint, OpenDocument, RTF, HTML, plain text, e-mail (EML), EPUB, images (JPEG, PNG, TIFF, GIF,"
                + " WebP, BMP) and archives of these (ZIP, 7z, tar, gzip).", e.getMessage());
    }

    @Test
    void someRefusalsSayWhatToDoInstead() {
        assertEquals(Optional.of("SVG drawings can carry scripts and are not taken into the archive. Save it as PNG and upload that."),
                AllowedTypes.refusal("image/svg+xml"));
        assertEquals(Optional.of(AllowedTypes.PASSWORD_PROTECTED_REASON), AllowedTypes.refusal("application/x-tika-ooxml-protected"));
        assertEquals(Optional.of("The file's format could not be recognised from its content. Save it as PDF, an office document,"
                + " HTML, plain text or an image, and upload it again."), AllowedTypes.refusal(null));
    }

    @Test
    void theTypeIsDetectedFromTheBytesOfAFileOrAStream() throws Exception {
        Path docx = TextExtractorTest.testDocument("testWORD.docx");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", AllowedTypes.detect(docx));
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(java))) {
            String type = AllowedTypes.detect(in);
            assertThrows(UnsupportedTypeException.class, () -> AllowedTypes.check(type));
        }
        assertEquals("application/pdf", AllowedTypes.detect(new ByteArrayInputStream(
                Files.readAllBytes(TextExtractorTest.testDocument("testPDF.pdf")))));
    }
}
