package org.abhilekh.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * A small JSON object sent by a caller, read with a size limit before it is parsed, so a stranger's
 * endless body costs us at most {@code maxBytes}; a body that is not a JSON object is a 400 that says
 * what shape was expected, never a 500. The field readers tell "absent" from "null" from "wrong type".
 */
public final class JsonBody {

    private JsonBody() {
    }

    /** Reads the body; {@code expected} completes "The request body must be ...", e.g. "a JSON object such as {...}". */
    public static JsonObject read(InputStream entity, int maxBytes, String expected) {
        byte[] bytes;
        try {
            bytes = entity == null ? new byte[0] : entity.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("The request body could not be read", e);
        }
        if (bytes.length > maxBytes) {
            throw new PayloadTooLargeException("The request body may be at most " + maxBytes + " bytes.");
        }
        try (JsonReader reader = Json.createReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadInputException("The request body must be " + expected + ".", e);
        }
    }

    /** Refuses fields other than the allowed ones, naming the first (cut short: it is the caller's text). */
    public static void allowOnly(JsonObject sent, Set<String> allowed) {
        for (String key : sent.keySet()) {
            if (!allowed.contains(key)) {
                throw new BadInputException("Unknown field '" + (key.length() > 40 ? key.substring(0, 40) : key) + "'; allowed are "
                        + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
        }
    }

    /** A string field; empty when absent or null. */
    public static Optional<String> string(JsonObject sent, String field) {
        JsonValue value = sent.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        throw new BadInputException("'" + field + "' must be a string.");
    }

    /** A true/false field; empty when absent or null. */
    public static Optional<Boolean> bool(JsonObject sent, String field) {
        JsonValue value = sent.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value == JsonValue.TRUE);
        }
        throw new BadInputException("'" + field + "' must be true or false.");
    }

    /** A whole-number field; empty when absent or null. */
    public static Optional<Long> wholeNumber(JsonObject sent, String field) {
        JsonValue value = sent.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return Optional.of(number.longValue());
        }
        throw new BadInputException("'" + field + "' must be a whole number.");
    }
}
