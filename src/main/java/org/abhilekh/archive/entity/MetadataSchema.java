package org.abhilekh.archive.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one description of what may be said about a document, per type: which fields, of which kind,
 * which are required, which values a choice allows, how long a value may be. The validator
 * ({@code MetadataReader}), the upload page and the edit page (through {@code GET /api/metadata-schema})
 * all read it from here, so a field added here is checked, offered and shown everywhere at once.
 *
 * <p>{@code required} means the validator refuses a description without the field. Title, type and
 * visibility are not required in that sense: they have defaults (the file name, a policy document or
 * photo, staff-only), so a file can be put in first and described later.
 *
 * <p>Values are kept as lists of texts whatever their kind (a date as {@code YYYY-MM-DD}, a number
 * in digits), so the stored description stays one simple shape.
 */
public final class MetadataSchema {

    /** How a field's value is written and checked. */
    public enum Kind {
        /** One line or paragraph of text, up to {@code maxChars}. */
        TEXT,
        /** A date written {@code YYYY-MM-DD}. */
        DATE,
        /** Exactly one of {@code choices}. */
        CHOICE,
        /** Several texts; when {@code choices} is not empty, each must be one of them. */
        LIST,
        /** An {@code http} or {@code https} address. */
        URL,
        /** A whole number between {@code min} and {@code max}. */
        NUMBER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One field. {@code labelKey} names its label in the interface bundles; {@code choices} are codes
     * whose labels are {@code labelKey + "." + code} unless the field says otherwise.
     */
    public record Field(String name, String labelKey, Kind kind, boolean required, List<String> choices,
                        int maxChars, int multiline, long min, long max) {
        public Field {
            choices = List.copyOf(choices);
        }

        /** The bundle key of one choice's label. */
        public String choiceLabelKey(String choice) {
            return switch (name) {
                case "type" -> "type." + choice;
                case "language" -> "language." + choice;
                case "medium" -> "medium." + choice;
                case "visibility" -> "visibility." + choice;
                default -> labelKey + "." + choice;
            };
        }
    }

    public static final int MAX_TITLE = 1_000;
    public static final int MAX_LONG_TEXT = 4_000;
    public static final int MAX_VALUE = 500;
    public static final int MAX_VALUES = 50;

    public static final List<String> LANGUAGES = List.of("en", "hi", "mixed");
    public static final List<String> MEDIA = List.of("print", "tv", "radio", "online");
    public static final List<String> AUDIENCES = List.of("police", "child-welfare-committee", "juvenile-justice-board",
            "ngo", "panchayat", "teachers", "labour-department", "judiciary");

    /** The fields every document has, in the order forms show them. */
    public static final List<Field> COMMON = List.of(
            text("title", "document.titleField", false, MAX_TITLE, 0),
            choice("type", "document.type", false, Arrays.stream(DocumentType.values()).map(DocumentType::code).toList()),
            choice("visibility", "document.visibility", false, Arrays.stream(Visibility.values()).map(Visibility::code).toList()),
            new Field("date", "document.date", Kind.DATE, false, List.of(), 10, 0, 0, 0),
            choice("language", "document.language", false, LANGUAGES),
            text("summary", "document.summary", false, MAX_LONG_TEXT, 4),
            list("tags", "document.tags", false, List.of()),
            text("district", "attribute.district", false, MAX_VALUE, 0));

    private static final Map<DocumentType, List<Field>> SPECIFIC = specific();

    private MetadataSchema() {
    }

    private static Map<DocumentType, List<Field>> specific() {
        Map<DocumentType, List<Field>> fields = new LinkedHashMap<>();
        fields.put(DocumentType.PRESS_CLIPPING, List.of(
                text("outlet", "attribute.outlet", true, MAX_VALUE, 0),
                choice("medium", "attribute.medium", true, MEDIA),
                text("headline", "attribute.headline", false, MAX_TITLE, 0),
                text("edition", "attribute.edition", false, MAX_VALUE, 0),
                text("page", "attribute.page", false, 20, 0),
                new Field("url", "attribute.url", Kind.URL, false, List.of(), 2_000, 0, 0, 0)));
        fields.put(DocumentType.RESEARCH_PAPER, List.of(
                list("authors", "attribute.authors", true, List.of()),
                text("publisher", "attribute.publisher", false, MAX_VALUE, 0),
                new Field("year", "attribute.year", Kind.NUMBER, false, List.of(), 10, 0, 1800, 2200),
                text("abstract", "attribute.abstract", false, MAX_LONG_TEXT, 6)));
        fields.put(DocumentType.TRAINING_MODULE, List.of(
                list("audience", "attribute.audience", true, AUDIENCES),
                list("laws", "attribute.laws", false, List.of()),
                text("duration", "attribute.duration", false, 100, 0)));
        fields.put(DocumentType.PANEL_NOTES, List.of(
                text("event", "attribute.event", true, MAX_VALUE, 0),
                text("venue", "attribute.venue", false, MAX_VALUE, 0),
                list("panelists", "attribute.panelists", false, List.of())));
        fields.put(DocumentType.POLICY_DOCUMENT, List.of(
                text("issuingBody", "attribute.issuingBody", false, MAX_VALUE, 0)));
        fields.put(DocumentType.PHOTO, List.of());
        return Map.copyOf(fields);
    }

    /** Every field a document of this type may have: the common ones, then its own. */
    public static List<Field> fieldsOf(DocumentType type) {
        return Stream.concat(COMMON.stream(), SPECIFIC.get(type).stream()).toList();
    }

    /** The fields only this type has (kept as named attributes of the description). */
    public static List<Field> specificTo(DocumentType type) {
        return SPECIFIC.get(type);
    }

    public static Optional<Field> field(DocumentType type, String name) {
        return fieldsOf(type).stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** The first definition of a field name in any type, for reading descriptions stored before a type changed. */
    public static Optional<Field> anyField(String name) {
        return Stream.concat(COMMON.stream(), SPECIFIC.values().stream().flatMap(List::stream))
                .filter(field -> field.name().equals(name)).findFirst();
    }

    /** The names of the fields kept as attributes (everything but the common core, except district). */
    public static Set<String> attributeNames() {
        List<String> names = new ArrayList<>();
        names.add("district");
        SPECIFIC.values().forEach(list -> list.forEach(field -> names.add(field.name())));
        return names.stream().collect(Collectors.toUnmodifiableSet());
    }

    private static Field text(String name, String labelKey, boolean required, int maxChars, int multiline) {
        return new Field(name, labelKey, Kind.TEXT, required, List.of(), maxChars, multiline, 0, 0);
    }

    private static Field choice(String name, String labelKey, boolean required, List<String> choices) {
        return new Field(name, labelKey, Kind.CHOICE, required, choices, 40, 0, 0, 0);
    }

    private static Field list(String name, String labelKey, boolean required, List<String> choices) {
        return new Field(name, labelKey, Kind.LIST, required, choices, MAX_VALUE, 0, 0, 0);
    }
}
