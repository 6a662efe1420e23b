package org.abhilekh.archive.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.MetadataSchema;
import org.abhilekh.archive.entity.MetadataSchema.Field;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.platform.control.BadInputException;

/**
 * Reads a document description written as JSON (a sidecar file, the {@code metadata} part of an
 * upload, or an edit) into checked {@link DocumentMetadata}, following {@link MetadataSchema}. Every
 * mistake is reported in words a person can fix, naming the field; unknown keys and fields of
 * another type are refused so that a typo does not silently lose a value.
 *
 * <p>{@link #stored} reads back what this class wrote earlier without the checks that only apply to
 * new input (required fields, fields of another type, fixed choices), so tightening the schema
 * never makes an existing document unreadable.
 */
public final class MetadataReader {

    /** The stored description may be this long (the database column's size). */
    public static final int MAX_JSON_CHARS = 20_000;
    /** What a caller may send; longer fields are then refused by name rather than all at once. */
    public static final int MAX_INPUT_CHARS = 200_000;
    static final int MAX_TITLE = MetadataSchema.MAX_TITLE;
    static final int MAX_VALUES = MetadataSchema.MAX_VALUES;

    /** Fields a person naturally writes as a JSON number; everywhere else a number is the wrong kind. */
    private static final Set<String> WRITTEN_AS_NUMBERS = Set.of("page", "year");
    private static final String SAFEGUARDING_REVIEWED = "safeguardingReviewed";
    private static final Set<String> CORE = Set.of("title", "type", "date", "language", "visibility", "summary", "tags");

    private MetadataReader() {
    }

    /**
     * Checks a description given by a person or a sidecar.
     *
     * @param json        the description, or null/blank for none
     * @param fileName    the original file name, used for the title when none is given
     * @param imageByType whether the content is an image (then a missing type means a photo)
     */
    public static DocumentMetadata read(String json, String fileName, boolean imageByType) {
        return read(json, fileName, imageByType, true);
    }

    /** Reads a description this class wrote before, as stored with the document. */
    public static DocumentMetadata stored(String json, String fileName) {
        return read(json, fileName, false, false);
    }

    private static DocumentMetadata read(String json, String fileName, boolean imageByType, boolean strict) {
        JsonObject object = parse(json);
        DocumentType type = choice(object, "type", DocumentType::fromCode, imageByType ? DocumentType.PHOTO : DocumentType.POLICY_DOCUMENT);
        checkNames(object, type, strict);
        String title = text(object, field(type, "title"));
        if (title == null) {
            title = titleFromFileName(fileName);
        }
        Visibility visibility = choice(object, "visibility", Visibility::fromCode, Visibility.STAFF);
        String language = text(object, field(type, "language"));
        if (language != null && !MetadataSchema.LANGUAGES.contains(language)) {
            throw new BadInputException("Field 'language' must be one of " + MetadataSchema.LANGUAGES
                    + ", or left out to detect it; got '" + shorten(language) + "'.");
        }
        LocalDate date = date(object, "date", strict);
        String summary = text(object, field(type, "summary"));
        List<String> tags = values(object, field(type, "tags"), strict).stream()
                .map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (String key : object.keySet()) {
            if (CORE.contains(key)) {
                continue;
            }
            Field field = MetadataSchema.field(type, key).or(() -> MetadataSchema.anyField(key)).orElseThrow();
            List<String> values = attribute(object, field, strict);
            if (!values.isEmpty()) {
                attributes.put(key, values);
            }
        }
        if (strict) {
            List<String> missing = MetadataSchema.fieldsOf(type).stream().filter(Field::required)
                    .map(Field::name).filter(name -> !attributes.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                throw new BadInputException("A " + type.code() + " needs the field(s) " + missing + ".");
            }
        }
        DocumentMetadata metadata = new DocumentMetadata(title, type, date, language, visibility, summary, tags, attributes);
        if (toJson(metadata).length() > MAX_JSON_CHARS) {
            throw new BadInputException("The description as a whole is longer than " + MAX_JSON_CHARS
                    + " characters; shorten the summary or the lists.");
        }
        return metadata;
    }

    /** The canonical JSON kept with the document, so an edit or a re-index sees exactly what was given. */
    public static String toJson(DocumentMetadata metadata) {
        return toJsonObject(metadata).toString();
    }

    /** The description as a JSON object: what the edit form starts from and what is stored. */
    public static JsonObject toJsonObject(DocumentMetadata metadata) {
        var object = Json.createObjectBuilder().add("title", metadata.title()).add("type", metadata.type().code())
                .add("visibility", metadata.visibility().code());
        if (metadata.date() != null) {
            object.add("date", metadata.date().toString());
        }
        if (metadata.language() != null) {
            object.add("language", metadata.language());
        }
        if (metadata.summary() != null) {
            object.add("summary", metadata.summary());
        }
        if (!metadata.tags().isEmpty()) {
            object.add("tags", Json.createArrayBuilder(metadata.tags()));
        }
        metadata.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> object.add(entry.getKey(), Json.createArrayBuilder(entry.getValue())));
        return object.build();
    }

    static String titleFromFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Untitled document";
        }
        String base = fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String title = base.replaceAll("[-_]+", " ").replaceAll("\\p{Cntrl}", "").strip();
        if (title.isEmpty()) {
            return "Untitled document";
        }
        return title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
    }

    /** True if a sent description asks for the document to be public (a malformed one is left for {@link #read} to refuse). */
    public static boolean asksForPublic(String json) {
        try {
            JsonValue visibility = parse(json).get("visibility");
            return visibility instanceof JsonString code && Visibility.PUBLIC.code().equals(code.getString());
        } catch (BadInputException e) {
            return false;
        }
    }

    /**
     * Whether a sent description says that an editor reviewed what the safeguarding checks found
     * ({@code "safeguardingReviewed": true}); not part of the description itself.
     */
    public static boolean safeguardingReviewed(String json) {
        try {
            return parse(json).getBoolean(SAFEGUARDING_REVIEWED, false);
        } catch (BadInputException | ClassCastException e) {
            return false;
        }
    }

    /** The description without {@code safeguardingReviewed}. */
    public static String withoutReview(String json) {
        JsonObject object = parse(json);
        return object.containsKey(SAFEGUARDING_REVIEWED)
                ? Json.createObjectBuilder(object).remove(SAFEGUARDING_REVIEWED).build().toString() : json;
    }

    /** The same description, asking for staff-only. */
    public static String staffOnly(String json) {
        return Json.createObjectBuilder(parse(json)).add("visibility", Visibility.STAFF.code()).build().toString();
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (json.length() > MAX_INPUT_CHARS) {
            throw new BadInputException("The metadata is longer than " + MAX_INPUT_CHARS + " characters.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadInputException("The metadata must be a JSON object, like {\"title\": \"...\"}.");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new BadInputException("The metadata is not valid JSON: " + shorten(e.getMessage()), e);
        }
    }

    private static void checkNames(JsonObject object, DocumentType type, boolean strict) {
        List<String> unknown = object.keySet().stream().filter(key -> MetadataSchema.anyField(key).isEmpty()).sorted().map(MetadataReader::shorten).toList();
        List<String> own = MetadataSchema.fieldsOf(type).stream().map(Field::name).toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException("Unknown metadata field(s) " + unknown + ". Fields of a " + type.code() + ": " + own + ".");
        }
        if (strict) {
            List<String> foreign = object.keySet().stream().filter(key -> !own.contains(key)).sorted().toList();
            if (!foreign.isEmpty()) {
                throw new BadInputException("Field(s) " + foreign + " do not belong to a " + type.code()
                        + ". Fields of a " + type.code() + ": " + own + ".");
            }
        }
    }

    private static Field field(DocumentType type, String name) {
        return MetadataSchema.field(type, name).orElseThrow();
    }

    private static List<String> attribute(JsonObject object, Field field, boolean strict) {
        String key = field.name();
        return switch (field.kind()) {
            case LIST -> values(object, field, strict);
            case DATE -> Optional.ofNullable(date(object, key, strict)).map(date -> List.of(date.toString())).orElse(List.of());
            case NUMBER -> Optional.ofNullable(number(object, field)).map(number -> List.of(Long.toString(number))).orElse(List.of());
            case URL -> Optional.ofNullable(url(object, field)).map(List::of).orElse(List.of());
            case CHOICE -> {
                String value = singleText(object, field);
                if (value != null && !field.choices().contains(value)) {
                    throw new BadInputException("Field '" + key + "' must be one of " + field.choices() + "; got '" + shorten(value) + "'.");
                }
                yield value == null ? List.of() : List.of(value);
            }
            case TEXT -> Optional.ofNullable(singleText(object, field)).map(List::of).orElse(List.of());
        };
    }

    /** A text field; descriptions written before this schema may hold it as a one-element list. */
    private static String singleText(JsonObject object, Field field) {
        JsonValue value = object.get(field.name());
        if (value instanceof JsonArray array) {
            if (array.size() > 1) {
                throw new BadInputException("Field '" + field.name() + "' takes one value, not a list.");
            }
            return array.isEmpty() ? null : clean(field.name(), item(field.name(), array.get(0)), field.maxChars());
        }
        return text(object, field);
    }

    private static String text(JsonObject object, Field field) {
        JsonValue value = object.get(field.name());
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return clean(field.name(), item(field.name(), value), field.maxChars());
    }

    /** A single value as text: a JSON text, or a number where a person would naturally write one (a page). */
    private static String item(String key, JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number && number.isIntegral() && WRITTEN_AS_NUMBERS.contains(key)) {
            return number.bigIntegerValue().toString();
        }
        throw new BadInputException("Field '" + key + "' must be a text.");
    }

    private static List<String> values(JsonObject object, Field field, boolean strict) {
        String key = field.name();
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        if (value instanceof JsonString single) {
            result.add(clean(key, single.getString(), field.maxChars()));
        } else if (value instanceof JsonArray array) {
            if (array.size() > MAX_VALUES) {
                throw new BadInputException("Field '" + key + "' has more than " + MAX_VALUES + " values.");
            }
            for (JsonValue item : array) {
                if (!(item instanceof JsonString string)) {
                    throw new BadInputException("Every value of '" + key + "' must be a text.");
                }
                result.add(clean(key, string.getString(), field.maxChars()));
            }
        } else {
            throw new BadInputException("Field '" + key + "' must be a text or a list of texts.");
        }
        List<String> distinct = result.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (strict && !field.choices().isEmpty()) {
            List<String> wrong = distinct.stream().filter(v -> !field.choices().contains(v)).map(MetadataReader::shorten).toList();
            if (!wrong.isEmpty()) {
                throw new BadInputException("Field '" + key + "' takes values from " + field.choices() + "; got " + wrong + ".");
            }
        }
        return distinct;
    }

    private static String clean(String key, String raw, int maxChars) {
        // Control characters (other than line breaks and tabs) have no business in a description.
        String cleaned = raw.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() > maxChars) {
            throw new BadInputException("Field '" + key + "' is longer than " + maxChars + " characters.");
        }
        return cleaned;
    }

    private static LocalDate date(JsonObject object, String key, boolean strict) {
        JsonValue raw = object.get(key);
        String value = raw instanceof JsonArray array && array.size() == 1 ? item(key, array.get(0))
                : raw == null || raw.getValueType() == JsonValue.ValueType.NULL ? null : item(key, raw);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1800 || (strict && date.isAfter(LocalDate.now().plusYears(1)))) {
                throw new BadInputException("Field '" + key + "' is out of range: " + value + ".");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new BadInputException("Field '" + key + "' must be a date written YYYY-MM-DD; got '" + shorten(value) + "'.", e);
        }
    }

    private static Long number(JsonObject object, Field field) {
        String value = singleText(object, field);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            throw new BadInputException("Field '" + field.name() + "' must be a whole number; got '" + shorten(value) + "'.");
        }
        long number = Long.parseLong(value);
        if (number < field.min() || number > field.max()) {
            throw new BadInputException("Field '" + field.name() + "' must be between " + field.min() + " and " + field.max() + "; got " + number + ".");
        }
        return number;
    }

    /** Only web addresses: a {@code javascript:} or {@code file:} link in a description would be a trap for readers. */
    private static String url(JsonObject object, Field field) {
        String value = singleText(object, field);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new BadInputException("Field '" + field.name() + "' must be a web address starting with http:// or https://; got '"
                        + shorten(value) + "'.");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new BadInputException("Field '" + field.name() + "' is not a valid web address: '" + shorten(value) + "'.", e);
        }
    }

    private static <T> T choice(JsonObject object, String key, java.util.function.Function<String, Optional<T>> lookup, T fallback) {
        Field field = MetadataSchema.anyField(key).orElseThrow();
        String value = singleText(object, field);
        if (value == null) {
            return fallback;
        }
        return lookup.apply(value).orElseThrow(() -> new BadInputException(
                "Field '" + key + "' must be one of " + field.choices() + "; got '" + shorten(value) + "'."));
    }

    /** Echoes of a caller's input are kept short, so an error message cannot be used to bounce a megabyte back. */
    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
