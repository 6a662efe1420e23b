package org.abhilekh.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.abhilekh.search.entity.IndexableDocument;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexableDocument} into the Lucene fields that index-config/fields.json describes. */
final class LuceneDocumentMapper {

    /** Identifies an item's entries across kinds: {@code document:12}, {@code post:3}. */
    static final String KEY = "key";
    /**
     * The key again, as a sort value: items of the same date (or none) come in the order of their keys, not in the
     * index's internal order, which merges change, so paging through them while the index changes neither repeats
     * nor skips one.
     */
    static final String KEY_SORT = "key_sort";
    static final String ID = "id";
    static final String KIND = "kind";
    static final String VISIBILITY = "visibility";
    static final String PUBLIC = "public";
    static final String STAFF = "staff";
    static final String DATE = "date";
    static final String DATE_POINT = "date_point";
    static final String DATE_SORT = "date_sort";
    static final String URL = "url";
    /**
     * Marks the two entries of a public item with withheld passages: {@link #WHOLE}, its whole text, which only
     * staff search (its visibility is staff); {@link #PUBLIC_VERSION}, what the public may read, which staff
     * searches leave out so they see the item once.
     */
    static final String WITHHELD = "withheld";
    static final String WHOLE = "whole";
    static final String PUBLIC_VERSION = "public-version";
    /** A facet whose source is this takes the year of the item's date rather than values handed over. */
    static final String YEAR_OF_DATE = "date:year";

    private static FieldType textType(IndexConfiguration.TextField field) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(field.stored());
        type.setIndexOptions(indexOptions(field));
        type.freeze();
        return type;
    }

    /**
     * Offsets in the postings let snippets come cheaply from anywhere in a long text; a field that is only looked up
     * word by word (the spelling field) needs neither frequencies nor positions, which for a copy of every body would
     * be a tenth of the index.
     */
    static IndexOptions indexOptions(IndexConfiguration.TextField field) {
        if (field.wordsOnly()) {
            return IndexOptions.DOCS;
        }
        return field.offsets() ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
    }

    /**
     * The first text field that the index in the directory holds with other index options than the configuration
     * gives it: Lucene refuses to add an entry that changes them, so such an index must be rebuilt. Empty if none.
     */
    static Optional<String> otherIndexOptions(Directory directory, IndexConfiguration configuration) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            FieldInfos written = FieldInfos.getMergedFieldInfos(reader);
            for (IndexConfiguration.TextField field : configuration.textFields()) {
                FieldInfo info = written.fieldInfo(field.name());
                if (info != null && info.getIndexOptions() != indexOptions(field)) {
                    return Optional.of("field " + field.name() + " indexed with " + info.getIndexOptions() + " where "
                            + indexOptions(field) + " is configured");
                }
            }
        }
        return Optional.empty();
    }

    private final IndexConfiguration configuration;

    private final Map<String, FieldType> types = new java.util.HashMap<>();

    LuceneDocumentMapper(IndexConfiguration configuration) {
        this.configuration = configuration;
        configuration.textFields().forEach(field -> types.put(field.name(), textType(field)));
    }

    /** The item's entries: one, or for a public item with withheld passages its whole text and its public version. */
    List<Document> toLucene(IndexableDocument source) {
        if (source.publicVersion() == null || !source.publiclyVisible()) {
            return List.of(toLucene(source, source.publiclyVisible() ? PUBLIC : STAFF, null));
        }
        return List.of(toLucene(source, STAFF, WHOLE), toLucene(source.publicVersion(), PUBLIC, PUBLIC_VERSION));
    }

    private Document toLucene(IndexableDocument source, String visibility, String withheld) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(source.kind(), source.id()), Field.Store.NO));
        doc.add(new SortedDocValuesField(KEY_SORT, new BytesRef(key(source.kind(), source.id()))));
        doc.add(new StringField(ID, Long.toString(source.id()), Field.Store.YES));
        doc.add(new StringField(KIND, source.kind(), Field.Store.YES));
        doc.add(new StringField(VISIBILITY, visibility, Field.Store.YES));
        if (withheld != null) {
            doc.add(new StringField(WITHHELD, withheld, Field.Store.YES));
        }
        doc.add(new StoredField(URL, source.url()));
        Map<String, String> parts = new java.util.HashMap<>(source.texts());
        parts.put("title", nullToEmpty(source.title()));
        parts.put("summary", nullToEmpty(source.summary()));
        parts.put("body", nullToEmpty(source.body()));
        for (IndexConfiguration.TextField field : configuration.textFields()) {
            String text = field.sources().stream().map(name -> parts.getOrDefault(name, ""))
                    .filter(part -> !part.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
            if (!text.isEmpty()) {
                doc.add(new Field(field.name(), text, types.get(field.name())));
            }
        }
        LocalDate date = source.date();
        if (date != null) {
            doc.add(new StoredField(DATE, date.toString()));
            doc.add(new LongPoint(DATE_POINT, date.toEpochDay()));
            doc.add(new NumericDocValuesField(DATE_SORT, date.toEpochDay()));
        }
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            List<String> values = YEAR_OF_DATE.equals(facet.source())
                    ? (date == null ? List.of() : List.of(Integer.toString(date.getYear())))
                    : source.facets().getOrDefault(facet.source(), List.of());
            for (String value : facet.multiValued() ? values : values.stream().limit(1).toList()) {
                if (value != null && !value.isBlank()) {
                    doc.add(new SortedSetDocValuesFacetField(facet.name(), value));
                    doc.add(new StoredField(storedFacet(facet.name()), value));
                }
            }
        }
        try {
            return configuration.facetsConfig().build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String kind, long id) {
        return kind + ":" + id;
    }

    /** Facet values are stored too, under their own name, so a hit can show its type, outlet and language. */
    static String storedFacet(String facet) {
        return "facet_" + facet;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
