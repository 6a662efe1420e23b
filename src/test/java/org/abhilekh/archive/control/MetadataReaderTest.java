package org.abhilekh.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.platform.control.BadInputException;
import org.junit.jupiter.api.Test;

/** Descriptions from sidecars and uploads: good ones are read whole, bad ones are refused with a reason. */
class MetadataReaderTest {

    @Test
    void aFullSidecarIsRead() {
        DocumentMetadata metadata = MetadataReader.read("""
                {"title": "गुमला की बारह लड़कियाँ मुक्त", "type": "press-clipping", "date": "2023-06-14",
                 "language": "hi", "visibility": "public", "summary": "दिल्ली से मुक्त",
                 "tags": ["Trafficking", "rescue", "rescue"], "district": "Gumla",
                 "outlet": "Ranchi Samachar", "medium": "print", "page": "5"}""", "scan.png", true);
        assertEquals("गुमला की बारह लड़कियाँ मुक्त", metadata.title());
        assertEquals(DocumentType.PRESS_CLIPPING, metadata.type());
        assertEquals(LocalDate.of(2023, 6, 14), metadata.date());
        assertEquals("hi", metadata.language());
        assertEquals(Visibility.PUBLIC, metadata.visibility());
        assertEquals(List.of("trafficking", "rescue"), metadata.tags());
        assertEquals(Map.of("district", List.of("Gumla"), "outlet", List.of("Ranchi Samachar"),
                "medium", List.of("print"), "page", List.of("5")), metadata.attributes());
    }

    @Test
    void noDescriptionAtAllIsSafe() {
        DocumentMetadata metadata = MetadataReader.read(null, "uploads/2024_annual-report.final.pdf", false);
        assertEquals("2024 annual report.final", metadata.title());
        assertEquals(Visibility.STAFF, metadata.visibility(), "undescribed material stays internal");
        assertEquals(DocumentType.POLICY_DOCUMENT, metadata.type());
        assertNull(metadata.language(), "language is then detected");
        assertEquals(DocumentType.PHOTO, MetadataReader.read("  ", "IMG_0042.JPG", true).type());
        assertEquals("Untitled document", MetadataReader.read("{}", "", false).title());
    }

    @Test
    void theCanonicalJsonReadsBackTheSame() {
        DocumentMetadata metadata = MetadataReader.read("""
                {"title": "Mica", "type": "research-paper", "visibility": "public", "authors": ["A. Oraon", "S. Munda"],
                 "tags": ["mica mining"], "date": "2022-01-20"}""", "x.pdf", false);
        assertEquals(metadata, MetadataReader.read(MetadataReader.toJson(metadata), "other-name.pdf", true));
    }

    @Test
    void scriptInAFieldIsKeptAsPlainText() {
        DocumentMetadata metadata = MetadataReader.read("{\"title\": \"<script>alert('x')</script>\"}", "a.txt", false);
        assertEquals("<script>alert('x')</script>", metadata.title(), "stored as typed; encoding happens on output");
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("Titleafter", MetadataReader.read("{\"title\": \"Title\\u0000\\u0007after\"}", "a.txt", false).title());
    }

    @Test
    void brokenHostileAndHugeInputIsRefusedWithAReason() {
        assertMessage("not valid JSON", "{\"title\": ");
        assertMessage("must be a JSON object", "[1, 2]");
        assertMessage("Unknown metadata field(s) [colour, visiblity]", "{\"visiblity\": \"public\", \"colour\": \"red\"}");
        assertMessage("'type' must be one of", "{\"type\": \"novel\"}");
        assertMessage("'visibility' must be one of", "{\"visibility\": \"secret\"}");
        assertMessage("'language' must be one of", "{\"language\": \"fr\"}");
        assertMessage("YYYY-MM-DD", "{\"date\": \"14/06/2023\"}");
        assertMessage("out of range", "{\"date\": \"1200-01-01\"}");
        assertMessage("must be a text", "{\"title\": 42}");
        assertMessage("list of texts", "{\"tags\": {\"a\": 1}}");
        assertMessage("must be a text", "{\"tags\": [1]}");
        assertMessage("longer than 1000", "{\"title\": \"" + "t".repeat(1001) + "\"}");
        assertMessage("more than 50 values", "{\"tags\": [" + "\"x\",".repeat(50) + "\"y\"]}");
        assertMessage("longer than 20000", "{\"summary\": \"" + "s".repeat(20_001) + "\"}");
    }

    private static void assertMessage(String expected, String json) {
        BadInputException e = assertThrows(BadInputException.class, () -> MetadataReader.read(json, "f.pdf", false));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
