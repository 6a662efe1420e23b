package org.abhilekh.search.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the index needs to know about one item, handed over by the feature that owns it.
 * {@code texts} holds further searchable parts by name ({@code meta}: outlet, authors, tags and other
 * details; {@code outlet}; {@code author}); index-config/fields.json decides which are searched.
 * {@code facets} maps names (type, language, tag, and any metadata attribute such as outlet or district) to
 * values; each facet in index-config/fields.json takes those under its {@code source}, so the owner hands over
 * all it has and the configuration chooses. The year is derived from the date here, in the search feature.
 * An item is keyed by {@code kind} ("document", "post") and {@code id}, which is unique within its kind only. {@code publicVersion}, when not null, is what the public may
 * read of a public item that has passages withheld from it: the public searches, counts, snippets and suggestions
 * see only that version, staff only the whole one.
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
        Map<String, List<String>> facets,
        IndexableDocument publicVersion) {

    public IndexableDocument {
        texts = Map.copyOf(texts);
        facets = Map.copyOf(facets);
    }

    /** An item the public reads whole, if it is public at all. */
    public IndexableDocument(long id, long revision, String kind, String title, String summary, String body, Map<String, String> texts,
                             LocalDate date, boolean publiclyVisible, String url, Map<String, List<String>> facets) {
        this(id, revision, kind, title, summary, body, texts, date, publiclyVisible, url, facets, null);
    }
}
