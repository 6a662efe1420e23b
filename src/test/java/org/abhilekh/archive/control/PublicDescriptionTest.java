package org.abhilekh.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.PublicDescription;
import org.abhilekh.archive.entity.WithheldPassages;
import org.junit.jupiter.api.Test;

/** What catalogues and harvesters get of a public document: its description as the public reads it. */
class PublicDescriptionTest {

    @Test
    void withheldPassagesAreBlackedOutInEveryWordAHarvesterGets() throws Exception {
        Document document = document(41, "{\"title\": \"Rescue of Phulmani Hembrom from a kiln\", \"type\": \"press-clipping\","
                + " \"visibility\": \"public\", \"date\": \"2025-11-14\", \"language\": \"en\", \"outlet\": \"Prabhat Khabar\","
                + " \"medium\": \"print\", \"summary\": \"Phulmani Hembrom, 14, was found at a kiln near Pakur.\","
                + " \"tags\": [\"brick kilns\", \"Phulmani Hembrom\"]}");
        document.withhold(WithheldPassages.of(List.of("Phulmani Hembrom")));
        PublicDescription described = PublicReading.publicDescription(document);
        assertEquals(41, described.id());
        assertEquals("press-clipping", described.type());
        assertEquals(List.of("Prabhat Khabar"), described.creators());
        assertEquals("2025-11-14", described.date().toString());
        assertEquals("en", described.language());
        assertEquals(document.getUpdatedAt(), described.changedAt());
        String everything = described.title() + described.summary() + described.subjects() + described.creators();
        assertFalse(everything.contains("Phulmani"), everything);
        assertTrue(described.title().contains("█") && described.summary().contains("█"), everything);
    }

    @Test
    void aPapersAuthorsAreItsCreatorsAndItsAbstractStandsInForAMissingSummary() throws Exception {
        Document paper = document(7, "{\"title\": \"Behind the Shine\", \"type\": \"research-paper\", \"visibility\": \"public\","
                + " \"authors\": [\"A. Kumari\", \"R. Oraon\"], \"abstract\": \"Mica collection in Koderma and Giridih.\"}");
        PublicDescription described = PublicReading.publicDescription(paper);
        assertEquals(List.of("A. Kumari", "R. Oraon"), described.creators());
        assertEquals("Mica collection in Koderma and Giridih.", described.summary());
    }

    private static Document document(long id, String json) throws Exception {
        DocumentMetadata metadata = MetadataReader.read(json, "file.txt", false);
        Document document = new Document("a".repeat(64), "file.txt", 10, MetadataReader.toJson(metadata), metadata);
        // The id is the database's to give; here no database gives it.
        Field field = Document.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(document, id);
        return document;
    }
}
