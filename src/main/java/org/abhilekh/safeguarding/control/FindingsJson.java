package org.abhilekh.safeguarding.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * Findings as they are kept with a document and shown in the API: {@code [{"kind","excerpt","where","start","end",
 * "match"}]}, and {@code "name"}, the child's name, in a child's identity.
 */
public final class FindingsJson {

    /** Kept per document; staff review the first ones, and the rest are the same kinds again. */
    public static final int MAX_KEPT = 50;

    private FindingsJson() {
    }

    /** The JSON kept in the database: null for none. */
    public static String toJson(List<Finding> findings) {
        return findings.isEmpty() ? null : toJsonArray(findings).toString();
    }

    public static JsonArray toJsonArray(List<Finding> findings) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        findings.stream().limit(MAX_KEPT).forEach(finding -> {
            JsonObjectBuilder object = Json.createObjectBuilder()
                    .add("kind", finding.kind())
                    .add("excerpt", finding.excerpt())
                    .add("where", finding.where())
                    .add("start", finding.start())
                    .add("end", finding.end())
                    .add("match", finding.match() == null ? "" : finding.match());
            if (finding.name() != null) {
                object.add("name", finding.name());
            }
            array.add(object);
        });
        return array.build();
    }

    public static List<Finding> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(each -> new Finding(each.getString("kind"), each.getString("excerpt"), each.getString("where"),
                            each.getInt("start", -1), each.getInt("end", -1), each.getString("match", ""), each.getString("name", null)))
                    .toList();
        }
    }
}
