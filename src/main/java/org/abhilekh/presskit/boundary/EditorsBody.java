package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.JsonBody;

/**
 * The JSON body of an editor's change to a kit, read after the caller is known to be allowed to make it, and the
 * values such bodies share (the review flag, instants, dates, lists of ids), turned into the project's own types.
 */
@RequestScoped
class EditorsBody {

    static final String REVIEWED = "safeguardingReviewed";
    private static final int MAX_BODY_BYTES = 16_384;

    @Inject
    Caller caller;

    /**
     * The body of a change, once the caller is known to be an editor: strangers get 401 and other staff 403 before
     * any rule about the body applies, and staff who say they reviewed the findings are told that review is an editor's.
     */
    JsonObject read(InputStream body, String expected, Set<String> allowed) {
        caller.requireStaff();
        byte[] bytes = bytes(body);
        if (!caller.isEditor()) {
            if (lenient(bytes).getBoolean(REVIEWED, false)) {
                throw new ForbiddenException("Only editors and administrators may publish what the safeguarding checks found.");
            }
            caller.requireEditor();
        }
        JsonObject sent = bytes.length == 0 ? JsonValue.EMPTY_JSON_OBJECT : JsonBody.read(new ByteArrayInputStream(bytes), MAX_BODY_BYTES, expected);
        JsonBody.allowOnly(sent, allowed);
        return sent;
    }

    private static byte[] bytes(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
            return new String(bytes, StandardCharsets.UTF_8).isBlank() ? new byte[0] : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("The request body could not be read", e);
        }
    }

    /** The body as far as it is a JSON object, else an empty one: only to tell a non-editor why they are refused. */
    private static JsonObject lenient(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /** A list of ids (documents to add, items in order): at most as many as a kit takes at once. */
    static List<Long> ids(JsonValue value) {
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw new BadInputException("Send a non-empty list of whole numbers, such as [42, 43].");
        }
        if (array.size() > PressKits.MAX_DOCUMENTS_AT_ONCE) {
            throw new BadInputException("At most " + PressKits.MAX_DOCUMENTS_AT_ONCE + " at once; got " + array.size() + ".");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue each : array) {
            if (!(each instanceof JsonNumber number) || !number.isIntegral()) {
                throw new BadInputException("Send a list of whole numbers, such as [42, 43].");
            }
            ids.add(number.longValue());
        }
        return ids;
    }

    static boolean reviewed(JsonObject sent) {
        return JsonBody.bool(sent, REVIEWED).orElse(false);
    }

    static Instant instant(JsonObject sent, String field) {
        Optional<String> value = JsonBody.string(sent, field);
        try {
            return value.filter(text -> !text.isBlank()).map(Instant::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new BadInputException("'" + field + "' must be an instant such as 2027-06-12T04:30:00Z.", e);
        }
    }

    static LocalDate date(JsonObject sent) {
        Optional<String> value = JsonBody.string(sent, "date");
        try {
            return value.filter(text -> !text.isBlank()).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new BadInputException("'date' must be a date such as 2026-06-12.", e);
        }
    }
}
