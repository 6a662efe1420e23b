package org.abhilekh.search.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abhilekh.search.entity.IndexableDocument;

/** Archive documents as the archive hands them to an engine, for the tests of both engines. */
final class SampleItems {

    private SampleItems() {
    }

    /** A document with its type, language and other facets ({@code outlet}, {@code tag}); outlet and tags are also its meta text. */
    static IndexableDocument document(long id, String type, String language, LocalDate date, boolean isPublic,
                                      String title, String body, Map<String, List<String>> extra) {
        Map<String, List<String>> facets = new LinkedHashMap<>(extra);
        facets.put("type", List.of(type));
        facets.put("language", List.of(language));
        String outlet = String.join("\n", extra.getOrDefault("outlet", List.of()));
        String meta = outlet + "\n" + String.join("\n", extra.getOrDefault("tag", List.of()));
        return new IndexableDocument(id, 1, "document", title, null, body, Map.of("meta", meta, "outlet", outlet),
                date, isPublic, "/archive/document.xhtml?id=" + id, facets);
    }
}
