package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.abhilekh.ingest.entity.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tika, configured by index-config/tika-config.xml, on the real files of the seed archive. */
class TextExtractorTest {

    private static TextExtractor extractor;

    @TempDir
    Path temp;

    @BeforeAll
    static void configure() throws IOException {
        extractor = new TextExtractor(Path.of("index-config/tika-config.xml"), 1_000_000);
    }

    @ParameterizedTest
    @CsvSource({
            "research/mica-supply-chain-children-koderma-giridih-2020.pdf, application/pdf, en, Koderma",
            "policy/manav-taskari-rokthaam-rajya-sarkar-sujhav-patra-2023.pdf, application/pdf, hi, तस्करी",
            "clippings/jharkhand-darpan-2024-01-22-dumka-int-bhatta-nigrani.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, hi, ईंट",
            "research/brick-kiln-seasonal-migration-pakur-dumka-2022.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, en, kiln",
            "research/gumla-simdega-kishoriyon-ka-palayan-adhyayan-2023.odt, application/vnd.oasis.opendocument.text, hi, गुमला",
            "policy/jcrf-child-safeguarding-policy-2021.html, text/html; charset=UTF-8, en, safeguarding",
            "clippings/jh-news-24-2023-12-05-sahibganj-station-rescue.txt, text/plain; charset=UTF-8, hi, साहिबगंज",
    })
    void readsEachFormatInBothScripts(String file, String mediaType, String language, String word) throws Exception {
        Extraction extraction = extractor.extract(Path.of("seed-content", file));
        assertEquals(mediaType, extraction.mediaType());
        assertEquals(language, extraction.language());
        assertTrue(extraction.text().contains(word), () -> word + " not in: " + extraction.text().substring(0, Math.min(400, extraction.text().length())));
        assertFalse(extraction.truncated());
    }

    @Test
    void webPagesAreReadWithoutTheirMenus() throws Exception {
        Extraction page = extractor.extract(Path.of("seed-content/policy/jcrf-child-safeguarding-policy-2021.html"));
        assertFalse(page.text().contains("About us"), page.text().substring(0, 300));
        assertTrue(page.text().contains("safeguarding"));
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() throws Exception {
        Path disguised = Files.copy(Path.of("seed-content/research/mica-supply-chain-children-koderma-giridih-2020.pdf"),
                temp.resolve("notes.txt"));
        assertEquals("application/pdf", extractor.extract(disguised).mediaType());
    }

    @Test
    void textPastTheLimitIsCutAndSaysSo() throws Exception {
        TextExtractor small = new TextExtractor(Path.of("index-config/tika-config.xml"), 500);
        Extraction extraction = small.extract(Path.of("seed-content/research/mica-supply-chain-children-koderma-giridih-2020.pdf"));
        assertTrue(extraction.truncated());
        assertTrue(extraction.text().length() <= 500, "length " + extraction.text().length());
    }

    @Test
    void aDamagedPdfFailsWithAReason() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("seed-content/research/mica-supply-chain-children-koderma-giridih-2020.pdf"));
        Path damaged = Files.write(temp.resolve("damaged.pdf"), Arrays.copyOf(pdf, 600));
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(damaged));
        assertEquals("application/pdf", e.mediaType());
        assertTrue(e.getMessage().startsWith("The file is damaged or not in a format Abhilekh can read"), e.getMessage());
    }

    @Test
    void anEmptyFileFailsWithAReason() throws Exception {
        Path empty = Files.write(temp.resolve("empty.docx"), new byte[0]);
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(empty));
        assertEquals("The file is empty.", e.getMessage());
    }

    @Test
    void bytesOfNoKnownFormatFailWithAReason() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path unknown = Files.write(temp.resolve("upload.pdf"), noise);
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(unknown));
        assertTrue(e.getMessage().contains("could not be recognised"), e.getMessage());
    }
}
