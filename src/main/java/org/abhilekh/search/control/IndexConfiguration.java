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
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
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

    /**
     * A searched field: filled from the named {@code sources} of a document, analyzed with
     * {@code analyzer} when indexed and {@code queryAnalyzer} when queried. Fields that are not
     * searched by default can still be asked for by name ({@code outlet:"Ranchi Samachar"}), except
     * internal ones, which serve suggestions.
     */
    public record TextField(String name, List<String> sources, String analyzer, String queryAnalyzer, float boost,
                            boolean stored, boolean offsets, boolean wordsOnly, boolean searchedByDefault, boolean internal) {
    }

    /** Where suggestions come from: title beginnings, facet values, and the spelling field. */
    public record Suggest(String titleField, List<String> facets, String spellField, int limit) {
    }

    /**
     * A facet; its values are those the indexed item hands over under {@code source} (by default its name), or,
     * for {@code "date:year"}, the year of the item's date.
     */
    public record FacetDefinition(String name, String source, boolean multiValued, int limit, String order) {
        public boolean byValueDescending() {
            return "value-desc".equals(order);
        }
    }

    public record Snippet(String field, int passages, int passageLength) {
    }

    /** What a hit shows: these stored text fields and the stored values of these facets. */
    public record Hit(List<String> fields, List<String> facets) {
    }

    /**
     * How the English–Hindi dictionary, when there is one, widens a query: each English word also finds up to
     * {@code alternatives} of its Hindi translations, which count {@code boost} times what the word itself counts.
     */
    public record DictionaryUse(float boost, int alternatives) {
        static final DictionaryUse DEFAULT = new DictionaryUse(0.4f, 3);
    }

    private final Path folder;
    private final Map<String, Analyzer> analyzers;
    private final List<TextField> textFields;
    private final List<FacetDefinition> facets;
    private final Snippet snippet;
    private final Suggest suggest;
    private final Hit hit;
    private final List<String> similarFields;
    private final QueryParser.Operator defaultOperator;
    private final FacetsConfig facetsConfig;
    private final Analyzer fieldAnalyzer;
    private final Analyzer queryAnalyzer;
    private final DictionaryUse dictionaryUse;
    private final EnglishHindiDictionary dictionary;

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
                String name = field.getString("name");
                String analyzer = field.getString("analyzer");
                String queryAnalyzer = field.getString("queryAnalyzer", analyzer);
                for (String named : List.of(analyzer, queryAnalyzer)) {
                    if (!analyzers.containsKey(named)) {
                        throw invalid("fields.json", "text field '" + name + "' names unknown analyzer '" + named + "'");
                    }
                }
                List<String> sources = field.containsKey("sources")
                        ? field.getJsonArray("sources").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()
                        : List.of(name);
                boolean offsets = field.getBoolean("offsets", false);
                boolean wordsOnly = field.getBoolean("wordsOnly", false);
                if (offsets && wordsOnly) {
                    throw invalid("fields.json", "text field '" + name + "' cannot have offsets and be words only");
                }
                text.add(new TextField(name, sources, analyzer, queryAnalyzer, (float) field.getJsonNumber("boost").doubleValue(),
                        field.getBoolean("stored", false), offsets, wordsOnly,
                        field.getBoolean("searchedByDefault", true), field.getBoolean("internal", false)));
            }
            this.textFields = List.copyOf(text);
            JsonObject snippetObject = fields.getJsonObject("snippet");
            this.snippet = new Snippet(snippetObject.getString("field"), snippetObject.getInt("passages"),
                    snippetObject.getInt("passageLength"));
            JsonObject suggestObject = fields.getJsonObject("suggest");
            this.suggest = new Suggest(suggestObject.getString("titleField"),
                    suggestObject.getJsonArray("facets").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                    suggestObject.getString("spellField"), suggestObject.getInt("limit", 8));
            List<FacetDefinition> facetList = new ArrayList<>();
            for (JsonValue value : fields.getJsonArray("facets")) {
                JsonObject facet = value.asJsonObject();
                facetList.add(new FacetDefinition(facet.getString("name"), facet.getString("source", facet.getString("name")),
                        facet.getBoolean("multiValued", false),
                        facet.getInt("limit", 10), facet.getString("order", "count")));
            }
            this.facets = List.copyOf(facetList);
            JsonObject hitObject = fields.getJsonObject("hit");
            this.hit = new Hit(strings(hitObject.getJsonArray("fields")), strings(hitObject.getJsonArray("facets")));
            for (String field : hit.fields()) {
                if (textField(field).filter(TextField::stored).isEmpty()) {
                    throw invalid("fields.json", "hit field '" + field + "' is not a stored text field");
                }
            }
            for (String facet : hit.facets()) {
                if (!isFacet(facet)) {
                    throw invalid("fields.json", "hit facet '" + facet + "' is not a facet");
                }
            }
            // "More like this" reads an item's words back from the stored text of these fields.
            this.similarFields = fields.containsKey("similar") ? strings(fields.getJsonArray("similar")) : List.of("title", "body");
            this.dictionaryUse = dictionaryUse(fields.getJsonObject("dictionary"));
            for (String field : similarFields) {
                if (textField(field).filter(TextField::stored).isEmpty()) {
                    throw invalid("fields.json", "similar field '" + field + "' is not a stored text field");
                }
            }
        } catch (NullPointerException | ClassCastException e) {
            throw invalid("fields.json", "a required entry is missing or has the wrong type (" + e.getMessage() + ")");
        }
        this.facetsConfig = new FacetsConfig();
        for (FacetDefinition facet : facets) {
            facetsConfig.setMultiValued(facet.name(), facet.multiValued());
        }
        Map<String, Analyzer> perField = new HashMap<>();
        Map<String, Analyzer> perFieldQuery = new HashMap<>();
        for (TextField field : textFields) {
            perField.put(field.name(), analyzers.get(field.analyzer()));
            perFieldQuery.put(field.name(), analyzers.get(field.queryAnalyzer()));
        }
        this.fieldAnalyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
        this.queryAnalyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perFieldQuery);
        this.dictionary = null;
    }

    private IndexConfiguration(IndexConfiguration configuration, EnglishHindiDictionary dictionary) {
        this.folder = configuration.folder;
        this.analyzers = configuration.analyzers;
        this.textFields = configuration.textFields;
        this.facets = configuration.facets;
        this.snippet = configuration.snippet;
        this.suggest = configuration.suggest;
        this.hit = configuration.hit;
        this.similarFields = configuration.similarFields;
        this.defaultOperator = configuration.defaultOperator;
        this.facetsConfig = configuration.facetsConfig;
        this.fieldAnalyzer = configuration.fieldAnalyzer;
        this.queryAnalyzer = configuration.queryAnalyzer;
        this.dictionaryUse = configuration.dictionaryUse;
        this.dictionary = dictionary;
    }

    public static IndexConfiguration load(Path folder) {
        if (!Files.isRegularFile(folder.resolve("analysis.json")) || !Files.isRegularFile(folder.resolve("fields.json"))) {
            throw new IllegalStateException("The index configuration folder " + folder
                    + " must hold analysis.json and fields.json");
        }
        return new IndexConfiguration(folder);
    }

    /** The same configuration, with English query words also finding Hindi text through the dictionary. */
    public IndexConfiguration withDictionary(EnglishHindiDictionary dictionary) {
        return new IndexConfiguration(this, dictionary);
    }

    /** The same configuration, with queries in the glossary's terms alone. */
    public IndexConfiguration withoutDictionary() {
        return dictionary == null ? this : new IndexConfiguration(this, null);
    }

    /** The English–Hindi dictionary that queries use beside the glossary, if there is one. */
    public java.util.Optional<EnglishHindiDictionary> dictionary() {
        return java.util.Optional.ofNullable(dictionary);
    }

    public DictionaryUse dictionaryUse() {
        return dictionaryUse;
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

    /** Analyzes each searched field with its configured chain when indexing; anything else as one keyword. */
    public Analyzer fieldAnalyzer() {
        return fieldAnalyzer;
    }

    /** Analyzes query text per field, with the query-time chains (glossary included). */
    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    public Suggest suggest() {
        return suggest;
    }

    public java.util.Optional<TextField> textField(String name) {
        return textFields.stream().filter(field -> field.name().equals(name)).findFirst();
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

    public Hit hit() {
        return hit;
    }

    /** The stored text fields whose words "more like this" compares. */
    public List<String> similarFields() {
        return similarFields;
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

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static DictionaryUse dictionaryUse(JsonObject dictionary) {
        if (dictionary == null) {
            return DictionaryUse.DEFAULT;
        }
        float boost = (float) dictionary.getJsonNumber("boost").doubleValue();
        int alternatives = dictionary.getInt("alternatives");
        if (!(boost > 0 && boost <= 1) || alternatives < 0) {
            throw invalid("fields.json", "dictionary boost must be above 0 and at most 1, and alternatives 0 or more");
        }
        return new DictionaryUse(boost, alternatives);
    }

    private static Map<String, Analyzer> readAnalyzers(Path folder) {
        try (InputStream in = Files.newInputStream(folder.resolve("analysis.json"))) {
            return AnalyzerChains.read(in, new FilesystemResourceLoader(folder, IndexConfiguration.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder.resolve("analysis.json"), e);
        }
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
