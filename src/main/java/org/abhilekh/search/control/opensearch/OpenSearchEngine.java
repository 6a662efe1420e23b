package org.abhilekh.search.control.opensearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.abhilekh.search.control.HeldCommit;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.SearchEngine;
import org.abhilekh.search.entity.IndexCommitted;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.Suggestion;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.indices.stats.IndicesStatsMetric;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The search-cluster engine behind the search facade: the same requests as {@code LuceneIndex} answers, on an
 * OpenSearch index (with the project's analysis plugin on every node). It wires the index layout and the
 * writes to the readers, each of one concern: queries, hits with highlights, facets, spelling, completions and
 * similar items. Made from plain values ({@link #connect}), so whoever chooses the engine needs nothing else.
 */
public final class OpenSearchEngine implements SearchEngine {

    /** Where the cluster is and who we are to it, for a rebuild's engine to connect with the same. */
    private final Connection connection;
    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final IndexLayout layout;
    private final EntryMapper mapper;
    private final ClusterSearch search;
    private final ClusterCompletions completions;
    private final ClusterSimilar similar;
    /** Revisions written since the last commit, by entry key, so a commit can say which it made visible. */
    private final Map<String, Long> uncommitted = new ConcurrentHashMap<>();
    private volatile boolean open = true;
    private boolean created;

    private record Connection(List<HttpHost> hosts, String user, String password, String indexPrefix) {
    }

    private OpenSearchEngine(Connection connection, IndexConfiguration configuration) {
        this.connection = connection;
        this.transport = transport(connection);
        String indexPrefix = connection.indexPrefix();
        this.client = new OpenSearchClient(transport);
        this.layout = new IndexLayout(client, indexPrefix, configuration);
        this.mapper = new EntryMapper(configuration);
        ClusterQueries queries = new ClusterQueries(configuration);
        ClusterHits hits = new ClusterHits(configuration);
        this.search = new ClusterSearch(client, layout, queries, hits, new ClusterFacets(configuration, queries),
                new ClusterSpelling(client, layout, configuration, queries));
        this.completions = new ClusterCompletions(client, layout, configuration);
        this.similar = new ClusterSimilar(client, layout, configuration, hits);
    }

    /**
     * Connects to the cluster's nodes ({@code http://host:9200}, comma-separated or one per element), with basic
     * authentication when a user is given, and creates the index's first generation behind the alias
     * {@code indexPrefix} unless it exists.
     */
    public static OpenSearchEngine connect(List<String> urls, String user, String password, String indexPrefix,
                                           IndexConfiguration configuration) throws IOException {
        List<HttpHost> hosts = new ArrayList<>();
        for (String each : urls) {
            for (String url : each.split(",")) {
                if (!url.isBlank()) {
                    URI uri = URI.create(url.strip());
                    hosts.add(new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()));
                }
            }
        }
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no OpenSearch URL given");
        }
        if (indexPrefix == null || !indexPrefix.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("index prefix must be lower-case letters, digits, '_', '.' or '-': " + indexPrefix);
        }
        OpenSearchEngine engine = new OpenSearchEngine(new Connection(List.copyOf(hosts), user, password, indexPrefix), configuration);
        try {
            engine.created = engine.layout.ensure();
            return engine;
        } catch (IOException | RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    private static OpenSearchTransport transport(Connection connection) {
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(connection.hosts().toArray(HttpHost[]::new))
                .setMapper(mapper());
        if (connection.user() != null && !connection.user().isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            for (HttpHost host : connection.hosts()) {
                credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(connection.user(),
                        (connection.password() == null ? "" : connection.password()).toCharArray()));
            }
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    /**
     * For a rebuild: an engine on a new, empty generation of the index beside the one in use, made with the given
     * configuration. It writes to that generation alone, and nobody searches it, until {@link #takeOver}.
     */
    public OpenSearchEngine nextGeneration(IndexConfiguration freshConfiguration) throws IOException {
        OpenSearchEngine fresh = new OpenSearchEngine(connection, freshConfiguration);
        try {
            fresh.layout.createNext();
            return fresh;
        } catch (IOException | RuntimeException e) {
            fresh.close();
            throw e;
        }
    }

    /**
     * Ends a rebuild: moves the alias to this engine's generation in one atomic step, so searches go from the old
     * generation to this one between two requests, and deletes the old one. Close the old engine afterwards.
     */
    public void takeOver() throws IOException {
        layout.takeOver();
    }

    /**
     * The client's JSON mapper as its default one is, but without Jackson's module discovery: inside the application
     * server the service loader finds the server's own Jackson modules, of another class loader, and fails. Entries
     * hold only strings, numbers and lists, so no module is needed.
     */
    private static JacksonJsonpMapper mapper() {
        return new JacksonJsonpMapper(new ObjectMapper().configure(SerializationFeature.INDENT_OUTPUT, false)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL));
    }

    /** The alias searches and writes use (the index prefix). */
    public String alias() {
        return layout.alias();
    }

    /** True when {@link #connect} created the index, which then is empty and must be filled from the truth. */
    public boolean created() {
        return created;
    }

    /** The bytes the primary copies of the index take on the cluster's disks, as the cluster reports them. */
    public long storeBytes() throws IOException {
        return client.indices().stats(stats -> stats.index(layout.alias()).metric(IndicesStatsMetric.Store)).all().primaries().store().sizeInBytes();
    }

    /** The cluster's health as it reports it: {@code green}, {@code yellow} or {@code red}. */
    public String health() throws IOException {
        return client.cluster().health(h -> h.index(layout.alias())).status().jsonValue();
    }

    /** Removes the index's generations and alias from the cluster; the engine is unusable until connected again. */
    public void deleteIndex() throws IOException {
        layout.deleteAll();
    }

    @Override
    public void index(IndexableDocument document) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        List<EntryMapper.Entry> entries = mapper.entries(document);
        for (EntryMapper.Entry entry : entries) {
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(layout.alias()).id(entry.id()).document(entry.source()))));
        }
        if (entries.size() == 1) {
            // The item may have had a public version until now.
            String twin = IndexLayout.publicVersionId(document.kind(), document.id());
            operations.add(BulkOperation.of(o -> o.delete(d -> d.index(layout.alias()).id(twin))));
        }
        bulk(operations);
        uncommitted.merge(IndexLayout.key(document.kind(), document.id()), document.revision(), Math::max);
    }

    @Override
    public void remove(String kind, long id) throws IOException {
        bulk(List.of(BulkOperation.of(o -> o.delete(d -> d.index(layout.alias()).id(IndexLayout.key(kind, id)))),
                BulkOperation.of(o -> o.delete(d -> d.index(layout.alias()).id(IndexLayout.publicVersionId(kind, id))))));
    }

    private void bulk(List<BulkOperation> operations) throws IOException {
        BulkResponse response = client.bulk(b -> b.operations(operations).refresh(Refresh.False));
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                throw new IOException("the search cluster refused " + item.operationType() + " of " + item.id() + ": "
                        + item.error().type() + ": " + item.error().reason());
            }
        }
    }

    @Override
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(layout.alias()));
    }

    /** A refresh request returns once the refresh is done, also when another one was under way. */
    @Override
    public void refreshBlocking() throws IOException {
        refresh();
    }

    /**
     * Acknowledged writes are durable in the cluster's translog already; a commit makes them visible and answers
     * the revisions written since the last commit.
     */
    @Override
    public IndexCommitted commit() throws IOException {
        Map<String, Long> covered = new HashMap<>(uncommitted);
        refresh();
        // A revision written meanwhile stays for the next commit.
        covered.forEach(uncommitted::remove);
        Map<String, Map<Long, Long>> byKind = new HashMap<>();
        covered.forEach((key, revision) -> {
            int colon = key.lastIndexOf(':');
            byKind.computeIfAbsent(key.substring(0, colon), kind -> new HashMap<>()).put(Long.parseLong(key.substring(colon + 1)), revision);
        });
        return new IndexCommitted(byKind);
    }

    @Override
    public HeldCommit holdLastCommit() {
        throw new UnsupportedOperationException("The search cluster keeps no index files here to copy: back it up with the"
                + " cluster's own snapshots, or rebuild it from the database, which stays the truth.");
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return search.run(request);
    }

    @Override
    public List<Suggestion> suggest(String typed, boolean staff) throws IOException {
        String text = typed == null ? "" : typed.strip();
        return text.isEmpty() ? List.of() : completions.complete(text, staff);
    }

    @Override
    public List<SearchHit> moreLikeThis(String kind, long id, boolean staff, int count) throws IOException {
        return similar.like(kind, id, staff, count);
    }

    /** Items, not entries: an item with withheld passages counts once. */
    @Override
    public int documentCount() throws IOException {
        return (int) client.count(c -> c.index(layout.alias()).preference(layout.readPreference())
                .query(ClusterQueries.visibleTo(true, Query.of(q -> q.matchAll(m -> m))))).count();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        transport.close();
    }
}
