package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeguardingScannerTest {

    private final SafeguardingScanner scanner = SafeguardingScannerFixture.SCANNER;

    @Test
    void findingsCarryKindOffsetsSourceAndExcerptInTextOrder() {
        String text = "Call 98350 12345. Sunita Kumari, 14, lives at House No. 42, Village Bhandra.";

        List<Finding> findings = scanner.scanText(text, "description");

        assertEquals(List.of(Finding.PHONE_NUMBER, Finding.CHILD_IDENTITY, Finding.EXACT_ADDRESS),
                findings.stream().map(Finding::kind).toList());
        for (Finding finding : findings) {
            assertEquals("description", finding.where());
            assertTrue(finding.excerpt().contains(text.substring(finding.start(), finding.end())), finding.toString());
        }
    }

    @Test
    void excerptOfALongTextIsAShortWindowAroundTheMatch() {
        String filler = "The district task force met again on Monday to review the cases of migrant families. ".repeat(20);
        String text = filler + "Her number is 98350 12345 says the note. " + filler;

        Finding finding = scanner.scanText(text, "text").getFirst();

        assertTrue(finding.excerpt().length() <= 122, finding.excerpt());
        assertTrue(finding.excerpt().contains("98350 12345"), finding.excerpt());
    }

    @Test
    void aLongExtractedTextWithoutLineBreaksIsScannedInBoundedTime() {
        String sentence = "The minor girl from Gumla was rescued with 12 children on 12-03-2021. "
                + "14 वर्षीय किशोरी को दिल्ली से बरामद किया गया। Ranchi, 14 March: Child Welfare Committee met. ";
        String text = sentence.repeat(1_000_000 / sentence.length());

        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> scanner.scanText(text, "text"));

        assertEquals(List.of(), findings);
    }

    @Test
    void emptyAndMissingInputsHaveNoFindings() {
        assertEquals(List.of(), scanner.scanText(null, "text"));
        assertEquals(List.of(), scanner.scanText("  ", "text"));
        assertEquals(List.of(), scanner.scanMetadata(null));
        assertEquals(List.of(), scanner.scanMetadata(Map.of()));
    }

    @Test
    void missingWordListStopsConstructionNamingTheFile(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("safeguarding"));

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> new SafeguardingScanner(folder));

        assertTrue(failure.getMessage().contains("safeguarding"), failure.getMessage());
    }
}
