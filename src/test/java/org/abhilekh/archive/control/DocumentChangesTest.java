package org.abhilekh.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an edit's audit entry says changed. */
class DocumentChangesTest {

    @Test
    void onlyChangedFieldsAreListedWithOldAndNewValues() {
        var before = MetadataReader.read("""
                {"title": "Old title", "type": "press-clipping", "visibility": "staff", "outlet": "Ranchi Samachar",
                 "medium": "print", "page": "4", "tags": ["rescue"]}""", "c.pdf", false);
        var after = MetadataReader.read("""
                {"title": "New title", "type": "press-clipping", "visibility": "public", "outlet": "Ranchi Samachar",
                 "medium": "print", "headline": "Girls freed", "tags": ["rescue"]}""", "c.pdf", false);
        assertEquals(List.of("headline: (none) -> \"Girls freed\"", "page: \"4\" -> (none)",
                "title: \"Old title\" -> \"New title\"", "visibility: \"staff\" -> \"public\""),
                DocumentChanges.differences(before, after));
        assertEquals(List.of(), DocumentChanges.differences(before, before));
    }

    @Test
    void longValuesAreShortenedInTheTrail() {
        var before = MetadataReader.read("{\"summary\": \"short\"}", "a.pdf", false);
        var after = MetadataReader.read("{\"summary\": \"" + "s".repeat(3_000) + "\"}", "a.pdf", false);
        String change = DocumentChanges.differences(before, after).get(0);
        assertEquals("summary: \"short\" -> \"" + "s".repeat(DocumentChanges.MAX_AUDIT_VALUE) + "…\"", change);
    }
}
