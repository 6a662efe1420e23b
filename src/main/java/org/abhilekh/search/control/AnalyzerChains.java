package org.abhilekh.search.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ResourceLoader;

/**
 * The analyzer chains of {@code index-config/analysis.json}, built with Lucene's {@link CustomAnalyzer} from SPI
 * names. The one place that turns that file into analyzers: the embedded index uses it through
 * {@link IndexConfiguration}, and the OpenSearch analysis plugin ({@code src/opensearch-plugin}) uses the same class
 * on the same files, so both engines analyse text alike. Needs only Lucene and Jakarta JSON Processing.
 */
public final class AnalyzerChains {

    private AnalyzerChains() {
    }

    /**
     * Every analyzer defined in {@code analysis.json}, in file order.
     *
     * @param analysisJson the content of analysis.json
     * @param files        where files named in parameters (stop words, glossary, overrides) are read from
     * @throws IllegalStateException naming the file and the problem, when the definition is invalid
     */
    public static Map<String, Analyzer> read(InputStream analysisJson, ResourceLoader files) {
        JsonObject analysis;
        try (JsonReader reader = Json.createReader(analysisJson)) {
            analysis = reader.readObject();
        } catch (JsonException e) {
            throw invalid("it is not valid JSON: " + e.getMessage());
        }
        JsonObject chains = analysis.getJsonObject("analyzers");
        if (chains == null || chains.isEmpty()) {
            throw invalid("it defines no analyzers");
        }
        Map<String, Analyzer> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> chain : chains.entrySet()) {
            try {
                JsonObject definition = chain.getValue().asJsonObject();
                CustomAnalyzer.Builder builder = CustomAnalyzer.builder(files);
                JsonObject tokenizer = definition.getJsonObject("tokenizer");
                builder.withTokenizer(tokenizer.getString("name"), params(tokenizer));
                for (JsonValue charFilter : definition.getOrDefault("charFilters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                    builder.addCharFilter(charFilter.asJsonObject().getString("name"), params(charFilter.asJsonObject()));
                }
                for (JsonValue filter : definition.getOrDefault("filters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                    builder.addTokenFilter(filter.asJsonObject().getString("name"), params(filter.asJsonObject()));
                }
                result.put(chain.getKey(), builder.build());
            } catch (IOException | RuntimeException e) {
                throw invalid("analyzer '" + chain.getKey() + "' cannot be built: " + e.getMessage());
            }
        }
        return result;
    }

    private static Map<String, String> params(JsonObject component) {
        Map<String, String> params = new HashMap<>();
        JsonObject given = component.getJsonObject("params");
        if (given != null) {
            given.forEach((key, value) -> params.put(key,
                    value.getValueType() == JsonValue.ValueType.STRING ? given.getString(key) : value.toString()));
        }
        return params;
    }

    private static IllegalStateException invalid(String problem) {
        return new IllegalStateException("index-config/analysis.json is invalid: " + problem);
    }
}
