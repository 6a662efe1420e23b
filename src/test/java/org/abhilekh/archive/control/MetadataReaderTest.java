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
        assertMessage("Field 'summary' is longer than 4000", "{\"summary\": \"" + "s".repeat(20_001) + "\"}");
    }

    @Test
    void everyTypeReadsItsOwnFields() {
        DocumentMetadata paper = MetadataReader.read("""
                {"title": "Mica", "type": "research-paper", "authors": ["A. Oraon", "S. Munda"], "publisher": "JCRF",
                 "year": 2022, "abstract": "Children in mica collection."}""", "m.pdf", false);
        assertEquals(Map.of("authors", List.of("A. Oraon", "S. Munda"), "publisher", List.of("JCRF"), "year", List.of("2022"),
                "abstract", List.of("Children in mica collection.")), paper.attributes());
        assertEquals(List.of("2021"), MetadataReader.read("{\"type\": \"research-paper\", \"authors\": \"X\", \"year\": \"2021\"}",
                "m.pdf", false).attribute("year"), "a year may come as digits in a text");
        DocumentMetadata module = MetadataReader.read("""
                {"type": "training-module", "audience": ["police", "child-welfare-committee", "juvenile-justice-board", "ngo"],
                 "laws": ["JJ Act 2015", "POCSO Act 2012"], "duration": "2 days"}""", "t.pdf", false);
        assertEquals(Map.of("audience", List.of("police", "child-welfare-committee", "juvenile-justice-board", "ngo"),
                "laws", List.of("JJ Act 2015", "POCSO Act 2012"), "duration", List.of("2 days")), module.attributes());
        DocumentMetadata panel = MetadataReader.read("""
                {"type": "panel-notes", "event": "State consultation", "date": "2019-11-20", "panelists": ["Meera Tirkey"],
                 "venue": "Lalpur Community Hall"}""", "p.txt", false);
        assertEquals(LocalDate.of(2019, 11, 20), panel.date());
        assertEquals(Map.of("event", List.of("State consultation"), "panelists", List.of("Meera Tirkey"),
                "venue", List.of("Lalpur Community Hall")), panel.attributes());
        DocumentMetadata policy = MetadataReader.read("{\"type\": \"policy-document\", \"issuingBody\": \"झारखंड बाल अधिकार मंच\","
                + " \"district\": \"Ranchi\", \"date\": \"2023-02-01\"}", "n.pdf", false);
        assertEquals(Map.of("issuingBody", List.of("झारखंड बाल अधिकार मंच"), "district", List.of("Ranchi")), policy.attributes());
        DocumentMetadata clipping = MetadataReader.read("""
                {"type": "press-clipping", "outlet": "Ranchi Samachar", "medium": "online", "page": 5,
                 "url": "HTTPS://ranchisamachar.example/a?b=1", "headline": "Twelve girls freed", "edition": "Gumla"}""", "c.html", false);
        assertEquals(Map.of("outlet", List.of("Ranchi Samachar"), "medium", List.of("online"), "page", List.of("5"),
                "url", List.of("HTTPS://ranchisamachar.example/a?b=1"), "headline", List.of("Twelve girls freed"),
                "edition", List.of("Gumla")), clipping.attributes());
    }

    @Test
    void eachTypeRefusesADescriptionWithoutItsRequiredFields() {
        assertMessage("A press-clipping needs the field(s) [outlet, medium]", "{\"type\": \"press-clipping\"}");
        assertMessage("A press-clipping needs the field(s) [medium]", "{\"type\": \"press-clipping\", \"outlet\": \"X\"}");
        assertMessage("A research-paper needs the field(s) [authors]", "{\"type\": \"research-paper\", \"authors\": []}");
        assertMessage("A training-module needs the field(s) [audience]", "{\"type\": \"training-module\", \"laws\": [\"JJ Act\"]}");
        assertMessage("A panel-notes needs the field(s) [event]", "{\"type\": \"panel-notes\", \"event\": \"   \"}");
        assertEquals(DocumentType.POLICY_DOCUMENT, MetadataReader.read("{\"type\": \"policy-document\"}", "p.pdf", false).type(),
                "a policy document and a photo need nothing beyond a title, which the file name gives");
    }

    @Test
    void wrongKindsAndForeignFieldsAreRefusedByName() {
        assertMessage("Field 'medium' must be one of [print, tv, radio, online]; got 'newspaper'",
                "{\"type\": \"press-clipping\", \"outlet\": \"X\", \"medium\": \"newspaper\"}");
        assertMessage("Field 'audience' takes values from", "{\"type\": \"training-module\", \"audience\": [\"police\", \"aliens\"]}");
        assertMessage("Field 'year' must be a whole number; got 'MMXXI'", "{\"type\": \"research-paper\", \"authors\": \"X\", \"year\": \"MMXXI\"}");
        assertMessage("Field 'year' must be between 1800 and 2200", "{\"type\": \"research-paper\", \"authors\": \"X\", \"year\": 99999}");
        assertMessage("Field 'year' must be a text", "{\"type\": \"research-paper\", \"authors\": \"X\", \"year\": 20.5}");
        assertMessage("Field 'url' must be a web address starting with http:// or https://; got 'javascript:alert(1)'",
                clippingWith("\"url\": \"javascript:alert(1)\""));
        assertMessage("Field 'url' must be a web address", clippingWith("\"url\": \"ftp://example.org/a\""));
        assertMessage("Field 'url' must be a web address", clippingWith("\"url\": \"//example.org/a\""));
        assertMessage("Field 'url' is not a valid web address", clippingWith("\"url\": \"https://exa mple.org/\""));
        assertMessage("Field 'page' must be a text", clippingWith("\"page\": {\"n\": 5}"));
        assertMessage("Field 'page' takes one value, not a list", clippingWith("\"page\": [\"4\", \"5\"]"));
        assertMessage("Field 'date' must be a date written YYYY-MM-DD; got '2023-02-30'", "{\"date\": \"2023-02-30\"}");
        assertMessage("Field(s) [outlet] do not belong to a research-paper", "{\"type\": \"research-paper\", \"authors\": \"X\", \"outlet\": \"Y\"}");
        assertMessage("Field(s) [abstract, audience] do not belong to a photo", "{\"type\": \"photo\", \"audience\": \"police\", \"abstract\": \"a\"}");
        assertMessage("'type' must be one of [press-clipping, research-paper", "{\"type\": \"Press Clipping\"}");
    }

    @Test
    void hugeValuesAreRefusedNamingTheField() {
        String huge = "x".repeat(100_000);
        assertMessage("Field 'headline' is longer than 1000 characters", clippingWith("\"headline\": \"" + huge + "\""));
        assertMessage("Field 'abstract' is longer than 4000 characters",
                "{\"type\": \"research-paper\", \"authors\": \"X\", \"abstract\": \"" + huge + "\"}");
        assertMessage("Field 'tags' is longer than 500 characters", "{\"tags\": [\"" + huge + "\"]}");
        assertMessage("The metadata is longer than 200000 characters", "{\"summary\": \"" + "y".repeat(200_001) + "\"}");
        String manyLongTags = java.util.stream.IntStream.range(0, 45)
                .mapToObj(i -> "\"" + String.format("%03d", i) + "t".repeat(470) + "\"").collect(java.util.stream.Collectors.joining(","));
        assertMessage("The description as a whole is longer than 20000 characters", "{\"tags\": [" + manyLongTags + "]}");
    }

    @Test
    void controlCharactersAreDroppedAndMarkupIsKeptAsText() {
        DocumentMetadata metadata = MetadataReader.read("{\"type\": \"press-clipping\", \"outlet\": \"<b onmouseover=alert(1)>X</b>\\u0000\","
                + " \"medium\": \"print\", \"headline\": \"Line\\u0007 one\\nline two\", \"title\": \"\\u001b[31m<script>alert(1)</script>\"}",
                "c.pdf", false);
        assertEquals("[31m<script>alert(1)</script>", metadata.title(), "the escape character is gone; markup stays text, escaped by pages");
        assertEquals(List.of("Line one\nline two"), metadata.attribute("headline"));
        assertEquals(List.of("<b onmouseover=alert(1)>X</b>"), metadata.attribute("outlet"));
    }

    @Test
    void aStoredDescriptionIsReadBackEvenWhenTheRulesHaveTightenedSince() {
        String old = "{\"title\": \"Old clipping\", \"type\": \"press-clipping\", \"visibility\": \"public\","
                + " \"audience\": [\"aliens\"], \"date\": \"2099-01-01\"}";
        DocumentMetadata metadata = MetadataReader.stored(old, "c.pdf");
        assertEquals("Old clipping", metadata.title());
        assertEquals(List.of("aliens"), metadata.attribute("audience"));
        assertEquals(LocalDate.of(2099, 1, 1), metadata.date());
        assertThrows(BadInputException.class, () -> MetadataReader.read(old, "c.pdf", false), "as new input it is refused");
    }

    @Test
    void everySeedSidecarIsValid() throws java.io.IOException {
        List<java.nio.file.Path> sidecars;
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("seed-content"))) {
            sidecars = walk.filter(path -> path.toString().endsWith(".meta.json")).sorted().toList();
        }
        assertEquals(35, sidecars.size());
        for (java.nio.file.Path sidecar : sidecars) {
            String json = java.nio.file.Files.readString(sidecar);
            DocumentMetadata metadata = MetadataReader.read(json, sidecar.getFileName().toString(), false);
            assertEquals(metadata, MetadataReader.read(MetadataReader.toJson(metadata), "other", false), sidecar + " reads back the same");
        }
    }

    private static String clippingWith(String field) {
        return "{\"type\": \"press-clipping\", \"outlet\": \"X\", \"medium\": \"print\", " + field + "}";
    }

    private static void assertMessage(String expected, String json) {
        BadInputException e = assertThrows(BadInputException.class, () -> MetadataReader.read(json, "f.pdf", false));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
