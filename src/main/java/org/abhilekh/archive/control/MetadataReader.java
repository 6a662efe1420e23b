package org.abhilekh.archive.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.platform.control.BadInputException;

/**
 * Reads a document description written as JSON (a sidecar file or the {@code metadata} part of an
 * upload) into checked {@link DocumentMetadata}. Every mistake is reported in words a person can fix;
 * unknown keys are refused so that a typo does not silently lose a value.
 */
public final class MetadataReader {

    public static final int MAX_JSON_CHARS = 20_000;
    static final int MAX_TITLE = 1_000;
    static final int MAX_SUMMARY = 4_000;
    static final int MAX_VALUES = 50;
    static final int MAX_VALUE_CHARS = 500;

    /** Keys whose values are kept as named attributes (single values become one-element lists). */
    static final Set<String> ATTRIBUTES = Set.of(
            "district", "outlet", "medium", "edition", "page", "headline", "url",
            "authors", "publisher", "audience", "laws", "duration",
            "event", "venue", "panelists", "issuingBody");
    private static final Set<String> CORE = Set.of("title", "type", "date", "language", "visibility", "summary", "tags");
    private static final Set<String> LANGUAGES = Set.of("en", "hi", "mixed");

    private MetadataReader() {
    }

    /**
     * @param json        the description, or null/blank for none
     * @param fileName    the original file name, used for the title when none is given
     * @param imageByType whether the content is an image (then a missing type means a photo)
     */
    public static DocumentMetadata read(String json, String fileName, boolean imageByType) {
        JsonObject object = parse(json);
        List<String> unknown = object.keySet().stream()
                .filter(key -> !CORE.contains(key) && !ATTRIBUTES.contains(key))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException("Unknown metadata field(s) " + unknown + ". Known fields: "
                    + CORE.stream().sorted().toList() + " and " + ATTRIBUTES.stream().sorted().toList() + ".");
        }
        String title = text(object, "title", MAX_TITLE);
        if (title == null) {
            title = titleFromFileName(fileName);
        }
        DocumentType type = enumValue(object, "type", DocumentType::fromCode,
                Arrays.stream(DocumentType.values()).map(DocumentType::code).toList(),
                imageByType ? DocumentType.PHOTO : DocumentType.POLICY_DOCUMENT);
        Visibility visibility = enumValue(object, "visibility", Visibility::fromCode,
                Arrays.stream(Visibility.values()).map(Visibility::code).toList(),
                Visibility.STAFF);
        String language = text(object, "language", 10);
        if (language != null && !LANGUAGES.contains(language)) {
            throw new BadInputException("Field 'language' must be one of " + LANGUAGES.stream().sorted().toList()
                    + ", or left out to detect it; got '" + language + "'.");
        }
        LocalDate date = date(object);
        String summary = text(object, "summary", MAX_SUMMARY);
        List<String> tags = values(object, "tags").stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (String key : ATTRIBUTES) {
            List<String> values = values(object, key);
            if (!values.isEmpty()) {
                attributes.put(key, values);
            }
        }
        return new DocumentMetadata(title, type, date, language, visibility, summary, tags, attributes);
    }

    /** The canonical JSON kept with the document, so an edit or a re-index sees exactly what was given. */
    public static String toJson(DocumentMetadata metadata) {
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
        return object.build().toString();
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

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (json.length() > MAX_JSON_CHARS) {
            throw new BadInputException("The metadata is longer than " + MAX_JSON_CHARS + " characters.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadInputException("The metadata must be a JSON object, like {\"title\": \"...\"}.");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new BadInputException("The metadata is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject object, String key, int maxChars) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new BadInputException("Field '" + key + "' must be a text.");
        }
        return clean(key, string.getString(), maxChars);
    }

    private static List<String> values(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value instanceof JsonString single) {
            String cleaned = clean(key, single.getString(), MAX_VALUE_CHARS);
            return cleaned == null ? List.of() : List.of(cleaned);
        }
        if (!(value instanceof JsonArray array)) {
            throw new BadInputException("Field '" + key + "' must be a text or a list of texts.");
        }
        if (array.size() > MAX_VALUES) {
            throw new BadInputException("Field '" + key + "' has more than " + MAX_VALUES + " values.");
        }
        List<String> result = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString string)) {
                throw new BadInputException("Every value of '" + key + "' must be a text.");
            }
            String cleaned = clean(key, string.getString(), MAX_VALUE_CHARS);
            if (cleaned != null) {
                result.add(cleaned);
            }
        }
        return result.stream().distinct().collect(Collectors.toList());
    }

    private static String clean(String key, String raw, int maxChars) {
        // Control characters (other than line breaks) have no business in a description.
        String cleaned = raw.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() > maxChars) {
            throw new BadInputException("Field '" + key + "' is longer than " + maxChars + " characters.");
        }
        return cleaned;
    }

    private static LocalDate date(JsonObject object) {
        String value = text(object, "date", 10);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1800 || date.isAfter(LocalDate.now().plusYears(1))) {
                throw new BadInputException("Field 'date' is out of range: " + value + ".");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new BadInputException("Field 'date' must be a date written YYYY-MM-DD; got '" + value + "'.", e);
        }
    }

    private static <T> T enumValue(JsonObject object, String key, java.util.function.Function<String, java.util.Optional<T>> lookup,
                                   List<String> allowed, T fallback) {
        String value = text(object, key, 40);
        if (value == null) {
            return fallback;
        }
        return lookup.apply(value).orElseThrow(() -> new BadInputException(
                "Field '" + key + "' must be one of " + allowed + "; got '" + value + "'."));
    }
}
