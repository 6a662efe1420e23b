package org.abhilekh.presskit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.safeguarding.control.SafeguardingScanner;
import org.abhilekh.safeguarding.control.TestImages;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kit's own files as Tika reads them for the checks, on real files. */
class AssetReadingTest {

    private static final SafeguardingScanner SCANNER = new SafeguardingScanner(Path.of("index-config"));

    @TempDir
    Path temp;

    @Test
    void aPhotosPositionAndPhotographerAreReadFromItsHiddenMetadata() throws Exception {
        Path photo = Files.write(temp.resolve("field.jpg"), TestImages.fieldPhotoJpeg());

        AssetReading read = AssetReading.of(photo);

        assertEquals("image/jpeg", read.mediaType());
        Set<String> kinds = SCANNER.scanMetadata(read.hiddenMetadata()).stream().map(Finding::kind).collect(Collectors.toSet());
        assertEquals(Set.of(Finding.LOCATION_IN_FILE, Finding.PERSON_IN_FILE_METADATA), kinds, read.metadata().toString());
        assertTrue(read.metadata().keySet().stream().noneMatch(name -> name.startsWith("X-TIKA:")), "Tika's own notes are not the file's");
    }

    @Test
    void aPressReleaseInHtmlIsReadAsTextAndHidesNothing() throws Exception {
        Path release = Files.writeString(temp.resolve("release.html"), "<html><head><meta name=\"author\" content=\"Asha Oraon\">"
                + "<title>Release</title></head><body><p>At the kiln we met Sunita Kumari, 14, who had left school.</p></body></html>",
                StandardCharsets.UTF_8);

        AssetReading read = AssetReading.of(release);

        assertTrue(read.mediaType().startsWith("text/html"), read.mediaType());
        assertTrue(read.text().contains("Sunita Kumari, 14"), read.text());
        assertTrue(read.hiddenMetadata().isEmpty(), "its head is shown with it, not hidden");
        assertTrue(read.metadata().containsKey("dc:title"), "though Tika reads it: " + read.metadata());
    }

    @Test
    void aFileTooLongToCheckWhileTheEditorWaitsIsSentToTheArchive() throws Exception {
        Path long_ = Files.writeString(temp.resolve("long.txt"), "Kiln survey figures. ".repeat(AssetReading.MAX_TEXT_CHARS / 20 + 1));

        BadInputException refused = assertThrows(BadInputException.class, () -> AssetReading.of(long_));

        assertTrue(refused.getMessage().startsWith("The file's text is longer than 2000000 characters"), refused.getMessage());
        assertTrue(refused.getMessage().contains("add that document to the kit"), refused.getMessage());
    }

    @Test
    void aDamagedFileIsRefusedWithAReason() throws Exception {
        Path damaged = Files.write(temp.resolve("damaged.pdf"),
                "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF broken xref".getBytes(StandardCharsets.US_ASCII));

        BadInputException refused = assertThrows(BadInputException.class, () -> AssetReading.of(damaged));

        assertTrue(refused.getMessage().startsWith("The file could not be read to check it for safeguarding"), refused.getMessage());
    }
}
