package org.abhilekh.search.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;

/**
 * Search behaviour read from the {@code index-config/} folder: analyzer chains
 * ({@code analysis.json}), searched fields with their weights, snippets and facets
 * ({@code fields.json}). A mistake in these files stops start-up with a message naming the file and
 * the problem, rather than serving a half-configured index.
 */
public final class IndexConfiguration {

    public record TextField(String name, String analyzer, float boost) {
    }

    public record FacetDefinition(String name, boolean multiValued, int limit, String order) {
        public boolean byValueDescending() {
            return "value-desc".equals(order);
        }
    }

    public record Snippet(String field, int passages, int passageLength) {
    }

    private final Path folder;
    private final Map<String, Analyzer> analyzers;
    private final List<TextField> textFields;
    private final List<FacetDefinition> facets;
    private final Snippet snippet;
    private final QueryParser.Operator defaultOperator;
    private final FacetsConfig facetsConfig;
    private final Analyzer fieldAnalyzer;

    private IndexConfiguration(Path folder) {
        this.folder = folder;
        this.analyzers = readAnalyzers(folder);
        JsonObject fields = readJson(folder.resolve("fields.json"));
        try {
            this.defaultOperator = "OR".equalsIgnoreCase(fields.getString("defaultOperator", "AND"))
                    ? QueryParser.Operator.OR : QueryParser.Operator.AND;
            List<TextField> text = new ArrayList<>();
            for (JsonValue value : fields.getJsonArray("textFields")) {
                JsonObject field = value.asJsonObject();
                String analyzer = field.getString("analyzer");
                if (!analyzers.containsKey(analyzer)) {
                    throw invalid("fields.json", "text field '" + field.getString("name") + "' names unknown analyzer '" + analyzer + "'");
                }
                text.add(new TextField(field.getString("name"), analyzer, (float) field.getJsonNumber("boost").doubleValue()));
            }
            this.textFields = List.copyOf(text);
            JsonObject snippetObject = fields.getJsonObject("snippet");
            this.snippet = new Snippet(snippetObject.getString("field"), snippetObject.getInt("passages"),
                    snippetObject.getInt("passageLength"));
            List<FacetDefinition> facetList = new ArrayList<>();
            for (JsonValue value : fields.getJsonArray("facets")) {
                JsonObject facet = value.asJsonObject();
                facetList.add(new FacetDefinition(facet.getString("name"), facet.getBoolean("multiValued", false),
                        facet.getInt("limit", 10), facet.getString("order", "count")));
            }
            this.facets = List.copyOf(facetList);
        } catch (NullPointerException | ClassCastException e) {
            throw invalid("fields.json", "a required entry is missing or has the wrong type (" + e.getMessage() + ")");
        }
        this.facetsConfig = new FacetsConfig();
        for (FacetDefinition facet : facets) {
            facetsConfig.setMultiValued(facet.name(), facet.multiValued());
        }
        Map<String, Analyzer> perField = new HashMap<>();
        for (TextField field : textFields) {
            perField.put(field.name(), analyzers.get(field.analyzer()));
        }
        this.fieldAnalyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    public static IndexConfiguration load(Path folder) {
        if (!Files.isRegularFile(folder.resolve("analysis.json")) || !Files.isRegularFile(folder.resolve("fields.json"))) {
            throw new IllegalStateException("The index configuration folder " + folder
                    + " must hold analysis.json and fields.json");
        }
        return new IndexConfiguration(folder);
    }

    public Path folder() {
        return folder;
    }

    public Analyzer analyzer(String name) {
        Analyzer analyzer = analyzers.get(name);
        if (analyzer == null) {
            throw new IllegalArgumentException("No analyzer named " + name + " in analysis.json");
        }
        return analyzer;
    }

    /** Analyzes each searched field with its configured chain; anything else as one keyword. */
    public Analyzer fieldAnalyzer() {
        return fieldAnalyzer;
    }

    public List<TextField> textFields() {
        return textFields;
    }

    public List<FacetDefinition> facets() {
        return facets;
    }

    public boolean isFacet(String name) {
        return facets.stream().anyMatch(facet -> facet.name().equals(name));
    }

    public Snippet snippet() {
        return snippet;
    }

    public QueryParser.Operator defaultOperator() {
        return defaultOperator;
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    private static Map<String, Analyzer> readAnalyzers(Path folder) {
        JsonObject analysis = readJson(folder.resolve("analysis.json"));
        JsonObject chains = analysis.getJsonObject("analyzers");
        if (chains == null || chains.isEmpty()) {
            throw invalid("analysis.json", "it defines no analyzers");
        }
        Map<String, Analyzer> result = new LinkedHashMap<>();
        FilesystemResourceLoader loader = new FilesystemResourceLoader(folder, IndexConfiguration.class.getClassLoader());
        for (Map.Entry<String, JsonValue> chain : chains.entrySet()) {
            try {
                JsonObject definition = chain.getValue().asJsonObject();
                CustomAnalyzer.Builder builder = CustomAnalyzer.builder(loader);
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
                throw invalid("analysis.json", "analyzer '" + chain.getKey() + "' cannot be built: " + e.getMessage());
            }
        }
        return result;
    }

    private static Map<String, String> params(JsonObject component) {
        Map<String, String> params = new HashMap<>();
        JsonObject given = component.getJsonObject("params");
        if (given != null) {
            given.forEach((key, value) -> params.put(key,
                    value.getValueType() == JsonValue.ValueType.STRING ? component.getJsonObject("params").getString(key) : value.toString()));
        }
        return params;
    }

    private static JsonObject readJson(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (JsonException e) {
            throw invalid(file.getFileName().toString(), "it is not valid JSON: " + e.getMessage());
        }
    }

    private static IllegalStateException invalid(String file, String problem) {
        return new IllegalStateException("index-config/" + file + " is invalid: " + problem);
    }
}
