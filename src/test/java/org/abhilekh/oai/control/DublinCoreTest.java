package org.abhilekh.oai.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.abhilekh.archive.entity.PublicDescription;
import org.junit.jupiter.api.Test;

class DublinCoreTest {

    private static final String PAGE = "https://archive.example.org/archive/document.xhtml?id=12";

    @Test
    void aClippingsDescriptionBecomesSimpleDublinCore() {
        PublicDescription clipping = new PublicDescription(12, "press-clipping", Instant.parse("2026-02-03T04:05:06Z"),
                "ईंट-भट्ठों पर बच्चों से मजदूरी", LocalDate.of(2025, 11, 14), "hi", "Dumka's panchayats set up watch committees.",
                List.of("Prabhat Khabar"), List.of("brick kilns", "Dumka"));
        OaiXml dc = parse(DublinCore.of(clipping, "Jharkhand Child Rights Forum", PAGE));
        assertEquals("ईंट-भट्ठों पर बच्चों से मजदूरी", dc.text("/oai_dc:dc/dc:title"));
        assertEquals(List.of("Prabhat Khabar"), dc.texts("/oai_dc:dc/dc:creator"));
        assertEquals(List.of("brick kilns", "Dumka"), dc.texts("/oai_dc:dc/dc:subject"));
        assertEquals("Dumka's panchayats set up watch committees.", dc.text("/oai_dc:dc/dc:description"));
        assertEquals("Jharkhand Child Rights Forum", dc.text("/oai_dc:dc/dc:publisher"));
        assertEquals("2025-11-14", dc.text("/oai_dc:dc/dc:date"));
        assertEquals(List.of("Text", "press-clipping"), dc.texts("/oai_dc:dc/dc:type"));
        assertEquals(PAGE, dc.text("/oai_dc:dc/dc:identifier"));
        assertEquals("hi", dc.text("/oai_dc:dc/dc:language"));
    }

    @Test
    void aPhotoIsAnImageAndWhatIsNotKnownIsLeftOut() {
        PublicDescription photo = new PublicDescription(3, "photo", Instant.EPOCH, "Rally in Ranchi", null, "und", null, List.of(), List.of());
        OaiXml dc = parse(DublinCore.of(photo, "Jharkhand Child Rights Forum", PAGE));
        assertEquals(List.of("Image", "photo"), dc.texts("/oai_dc:dc/dc:type"));
        assertEquals(List.of(), dc.texts("/oai_dc:dc/dc:date"));
        assertEquals(List.of(), dc.texts("/oai_dc:dc/dc:language"), "undetermined is not a language");
        assertEquals(List.of(), dc.texts("/oai_dc:dc/dc:description"));
        assertEquals(List.of(), dc.texts("/oai_dc:dc/dc:creator"));
    }

    @Test
    void markupAndControlCharactersInADescriptionCannotBreakTheXml() {
        PublicDescription odd = new PublicDescription(4, "policy-document", Instant.EPOCH, "<b>Bold</b> & \"quoted\" \u0007title",
                null, "en", "]]> <script>alert(1)</script>", List.of("Labour & Employment Dept."), List.of());
        String xml = DublinCore.of(odd, "Jharkhand Child Rights Forum", PAGE);
        OaiXml dc = parse(xml);
        assertEquals("<b>Bold</b> & \"quoted\" title", dc.text("/oai_dc:dc/dc:title"));
        assertEquals("]]> <script>alert(1)</script>", dc.text("/oai_dc:dc/dc:description"));
        assertEquals("Labour & Employment Dept.", dc.text("/oai_dc:dc/dc:creator"));
        assertFalse(xml.contains("<script>"), xml);
    }

    private static OaiXml parse(String xml) {
        return new OaiXml(xml.getBytes(StandardCharsets.UTF_8));
    }
}
