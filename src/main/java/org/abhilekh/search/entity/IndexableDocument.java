package org.abhilekh.search.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the index needs to know about one item, handed over by the feature that owns it.
 * {@code texts} holds further searchable parts by name ({@code meta}: outlet, authors, tags and other
 * details; {@code outlet}; {@code author}); index-config/fields.json decides which are searched.
 * {@code facets} maps a facet name (type, language, outlet, tag, ...) to its values; the year is
 * derived from the date here, in the search feature.
 */
public record IndexableDocument(
        long id,
        long revision,
        String kind,
        String title,
        String summary,
        String body,
        Map<String, String> texts,
        LocalDate date,
        boolean publiclyVisible,
        String url,
        Map<String, List<String>> facets) {

    public IndexableDocument {
        texts = Map.copyOf(texts);
        facets = Map.copyOf(facets);
    }
}
