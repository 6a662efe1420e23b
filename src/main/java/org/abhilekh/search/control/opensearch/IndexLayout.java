package org.abhilekh.search.control.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.abhilekh.search.control.IndexConfiguration;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The index on the cluster: its field names, its settings and mapping derived from index-config/fields.json,
 * and its generations ({@code prefix-000001}, ...) behind the alias {@code prefix}, which searches and writes use.
 * A rebuild fills a new generation by its own name ({@link #createNext}), then moves the alias to it in one atomic
 * step and deletes the old one ({@link #takeOver}): searches answer from the old generation until that moment.
 */
final class IndexLayout {

    static final String KEY = "key";
    static final String ID = "id";
    static final String KIND = "kind";
    static final String VISIBILITY = "visibility";
    static final String PUBLIC = "public";
    static final String STAFF = "staff";
    static final String WITHHELD = "withheld";
    static final String WHOLE = "whole";
    static final String PUBLIC_VERSION = "public-version";
    static final String URL = "url";
    static final String DATE = "date";
    /** The date as a day number, for the range filter and the order, as the embedded index keeps it. */
    static final String DAY = "day";
    /** The analysis plugin registers every chain of analysis.json under this prefix. */
    static final String ANALYZER_PREFIX = "abhilekh_";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Derived search fields repeat the parts; they are indexed but not kept in the source. */
    private static final Set<String> SOURCE_KEPT = Set.of("title", "summary", "body");

    private final OpenSearchClient client;
    private final String alias;
    private final IndexConfiguration configuration;
    /** The alias, or while a rebuild fills this layout's new generation, that generation's own name. */
    private volatile String target;
    /**
     * Sent with every read, so that this server's reads go to the same copy of the index. Each copy refreshes on its
     * own clock; reads spread over copies could find a new document and then, from the other copy, not find it.
     */
    private final String readPreference = "abhilekh-" + UUID.randomUUID();

    IndexLayout(OpenSearchClient client, String prefix, IndexConfiguration configuration) {
        this.client = client;
        this.alias = prefix;
        this.target = prefix;
        this.configuration = configuration;
    }

    /** The name searches and writes use: the alias, or a generation being filled by a rebuild. */
    String alias() {
        return target;
    }

    /** The read preference: the same copy of the index for every read of this server while that copy is there. */
    String readPreference() {
        return readPreference;
    }

    static String facetField(String facet) {
        return "facet_" + facet;
    }

    static String key(String kind, long id) {
        return kind + ":" + id;
    }

    /** The document id of an item's (only or whole) entry is its key; its public version has its own. */
    static String publicVersionId(String kind, long id) {
        return key(kind, id) + "#public";
    }

    /** Creates the first generation behind the alias unless the alias exists; answers true when it created it. */
    boolean ensure() throws IOException {
        if (status("HEAD", "/_alias/" + alias) == 200) {
            return false;
        }
        String index = generation(1);
        ObjectNode body = settingsAndMapping();
        body.putObject("aliases").putObject(alias);
        expectOk("PUT", "/" + index, body.toString());
        return true;
    }

    /**
     * Creates the generation after the highest one present, with this layout's settings and mapping and without the
     * alias, and makes it this layout's target. Generations that have not got the alias (left by a rebuild that was
     * interrupted) are deleted first.
     */
    void createNext() throws IOException {
        Map<String, Boolean> generations = generations();
        for (Map.Entry<String, Boolean> each : generations.entrySet()) {
            if (!each.getValue()) {
                expectOk("DELETE", "/" + each.getKey(), null);
            }
        }
        int highest = generations.keySet().stream().mapToInt(name -> Integer.parseInt(name.substring(alias.length() + 1))).max().orElse(0);
        String next = generation(highest + 1);
        expectOk("PUT", "/" + next, settingsAndMapping().toString());
        target = next;
    }

    /**
     * Moves the alias from whatever generation has it to this layout's new one in one atomic step, deletes the
     * generations it leaves, and makes this layout write and search through the alias from now on.
     */
    void takeOver() throws IOException {
        String fresh = target;
        ObjectNode body = JSON.createObjectNode();
        ArrayNode actions = body.putArray("actions");
        List<String> replaced = generations().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        for (String old : replaced) {
            actions.addObject().putObject("remove").put("index", old).put("alias", alias);
        }
        actions.addObject().putObject("add").put("index", fresh).put("alias", alias);
        expectOk("POST", "/_aliases", body.toString());
        target = alias;
        for (String old : replaced) {
            expectOk("DELETE", "/" + old, null);
        }
    }

    /** Every generation present, by name, with whether it has the alias. */
    private Map<String, Boolean> generations() throws IOException {
        try (Response response = client.generic().execute(Requests.builder().method("GET")
                .endpoint("/" + alias + "-*/_alias").build())) {
            if (response.getStatus() >= 300) {
                throw new IOException("GET /" + alias + "-*/_alias answered " + response.getStatus());
            }
            JsonNode indices = JSON.readTree(response.getBody().map(Body::bodyAsString).orElse("{}"));
            Map<String, Boolean> generations = new TreeMap<>();
            indices.properties().forEach(index -> {
                if (index.getKey().matches(java.util.regex.Pattern.quote(alias) + "-\\d{6}")) {
                    generations.put(index.getKey(), index.getValue().path("aliases").has(alias));
                }
            });
            return generations;
        }
    }

    /** Removes every generation and the alias (a test's clean-up, or dropping the cluster index entirely). */
    void deleteAll() throws IOException {
        status("DELETE", "/" + alias + "-*");
    }

    String generation(int number) {
        return String.format("%s-%06d", alias, number);
    }

    ObjectNode settingsAndMapping() {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        // One primary shard: exact term statistics, scores and counts, like the embedded index.
        index.put("number_of_shards", 1);
        index.put("auto_expand_replicas", "0-1");
        // Set, not left to the default: an index without a set interval stops refreshing while nobody searches it
        // ("search idle"), and the first search after a quiet spell then waits for a refresh of its own.
        index.put("refresh_interval", "1s");
        index.put("max_result_window", org.abhilekh.search.control.SearchQueries.MAX_WINDOW);
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        ArrayNode excluded = mappings.putObject("_source").putArray("excludes");
        ObjectNode properties = mappings.putObject("properties");
        for (String keyword : List.of(KEY, KIND, VISIBILITY, WITHHELD)) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject(ID).put("type", "long");
        properties.putObject(URL).put("type", "keyword").put("index", false).put("doc_values", false);
        properties.putObject(DATE).put("type", "keyword").put("index", false).put("doc_values", false);
        properties.putObject(DAY).put("type", "long");
        for (IndexConfiguration.TextField field : configuration.textFields()) {
            ObjectNode text = properties.putObject(field.name());
            text.put("type", "text");
            text.put("analyzer", ANALYZER_PREFIX + field.analyzer());
            String query = field.queryAnalyzer() == null || field.queryAnalyzer().isEmpty() ? field.analyzer() : field.queryAnalyzer();
            text.put("search_analyzer", ANALYZER_PREFIX + query);
            if (field.offsets()) {
                text.put("index_options", "offsets");
            } else if (field.wordsOnly()) {
                text.put("index_options", "docs");
            }
            if (!SOURCE_KEPT.contains(field.name())) {
                excluded.add(field.name());
            }
        }
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            properties.putObject(facetField(facet.name())).put("type", "keyword");
        }
        return body;
    }

    private void expectOk(String method, String endpoint, String json) throws IOException {
        Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint);
        try (Response response = client.generic().execute(json == null ? request.build() : request.json(json).build())) {
            if (response.getStatus() >= 300) {
                throw new IOException(method + " " + endpoint + " answered " + response.getStatus() + ": "
                        + response.getBody().map(Body::bodyAsString).orElse(""));
            }
        }
    }

    private int status(String method, String endpoint) throws IOException {
        try (Response response = client.generic().execute(Requests.builder().method(method).endpoint(endpoint).build())) {
            return response.getStatus();
        }
    }

    static List<String> sourceFields(IndexConfiguration configuration) {
        List<String> fields = new ArrayList<>(List.of(KEY, ID, KIND, VISIBILITY, WITHHELD, URL, DATE));
        fields.addAll(configuration.hit().fields());
        configuration.hit().facets().forEach(facet -> fields.add(facetField(facet)));
        return fields;
    }
}
