package org.abhilekh.search.control.opensearch;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.entity.IndexableDocument;

/**
 * Turns an {@link IndexableDocument} into the cluster's entries, field for field as the embedded index writes
 * them: one entry, or for a public item with withheld passages its whole text (visible to staff) and its public
 * version (visible to the public, left out of staff searches). Each field's parts are joined into one value, so
 * phrases across parts behave as in the embedded index.
 */
final class EntryMapper {

    /** One entry to write under its document id. */
    record Entry(String id, Map<String, Object> source) {
    }

    /** A facet whose source is this takes the year of the item's date rather than values handed over. */
    private static final String YEAR_OF_DATE = "date:year";

    private final IndexConfiguration configuration;

    EntryMapper(IndexConfiguration configuration) {
        this.configuration = configuration;
    }

    List<Entry> entries(IndexableDocument source) {
        String id = IndexLayout.key(source.kind(), source.id());
        if (source.publicVersion() == null || !source.publiclyVisible()) {
            return List.of(new Entry(id, entry(source, source.publiclyVisible() ? IndexLayout.PUBLIC : IndexLayout.STAFF, null)));
        }
        return List.of(new Entry(id, entry(source, IndexLayout.STAFF, IndexLayout.WHOLE)),
                new Entry(IndexLayout.publicVersionId(source.kind(), source.id()),
                        entry(withKey(source.publicVersion(), source), IndexLayout.PUBLIC, IndexLayout.PUBLIC_VERSION)));
    }

    /** The public version is keyed like its item whatever it says itself. */
    private static IndexableDocument withKey(IndexableDocument version, IndexableDocument item) {
        return new IndexableDocument(item.id(), item.revision(), item.kind(), version.title(), version.summary(), version.body(),
                version.texts(), version.date(), true, version.url(), version.facets());
    }

    private Map<String, Object> entry(IndexableDocument source, String visibility, String withheld) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(IndexLayout.KEY, IndexLayout.key(source.kind(), source.id()));
        entry.put(IndexLayout.ID, source.id());
        entry.put(IndexLayout.KIND, source.kind());
        entry.put(IndexLayout.VISIBILITY, visibility);
        if (withheld != null) {
            entry.put(IndexLayout.WITHHELD, withheld);
        }
        entry.put(IndexLayout.URL, source.url());
        Map<String, String> parts = new HashMap<>(source.texts());
        parts.put("title", nullToEmpty(source.title()));
        parts.put("summary", nullToEmpty(source.summary()));
        parts.put("body", nullToEmpty(source.body()));
        for (IndexConfiguration.TextField field : configuration.textFields()) {
            String text = field.sources().stream().map(name -> parts.getOrDefault(name, ""))
                    .filter(part -> !part.isEmpty()).collect(Collectors.joining("\n"));
            if (!text.isEmpty()) {
                entry.put(field.name(), text);
            }
        }
        LocalDate date = source.date();
        if (date != null) {
            entry.put(IndexLayout.DATE, date.toString());
            entry.put(IndexLayout.DAY, date.toEpochDay());
        }
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            List<String> values = YEAR_OF_DATE.equals(facet.source())
                    ? (date == null ? List.of() : List.of(Integer.toString(date.getYear())))
                    : source.facets().getOrDefault(facet.source(), List.of());
            List<String> kept = (facet.multiValued() ? values : values.stream().limit(1).toList()).stream()
                    .filter(value -> value != null && !value.isBlank()).toList();
            if (!kept.isEmpty()) {
                entry.put(IndexLayout.facetField(facet.name()), kept);
            }
        }
        return entry;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
