package org.abhilekh.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.LuceneIndex;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures {@code /api/search} (hits, facet counts and snippets, as an anonymous reader) at several
 * numbers of concurrent clients, and the floor: the same queries on the same index through an
 * in-process IndexSearcher doing the same work (top ten, the facet counts, snippets of the ten).
 * Prints QPS, p50 and p99 for both and the ratios.
 *
 * Usage: SearchLoad BASE_URL INDEX_GENERATION_FOLDER SECONDS_PER_LEVEL [QUERIES_FILE]
 * (the queries, one a line, instead of the mix written for the recombined corpus)
 */
public final class SearchLoad {

    static final String[] SEED_QUERIES = {
        "trafficking", "बाल श्रम", "mica Koderma", "manav taskari", "police training", "\"brick kilns\"", "rescue",
        "पलायन", "domestic work Delhi", "child labour", "मानव तस्करी", "Gumla girls", "panchayat", "juvenile justice board",
        "rehabilitation school", "bonded labour", "ईंट भट्ठा", "surakshit palayan", "Childline 1098", "POCSO",
        "migration Dumka", "पुलिस", "CWC", "survey households", "station", "बच्चों", "training module", "district plan",
        "Latehar", "Sahibganj", "अभ्रक", "shelter", "wages", "Delhi placement agency", "ladkiyan", "Simdega", "court",
        "school dropout", "कार्यशाला", "chargesheet"
    };
    static String[] QUERIES = SEED_QUERIES;
    static final String[] FILTERS = {"", "language:hi", "type:press-clipping", "language:en", ""};
    static final String[] FACETS = {"type", "language", "year", "outlet", "medium", "district", "audience", "tag"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path generation = Path.of(args[1]);
        int seconds = Integer.parseInt(args[2]);
        if (args.length > 3) {
            QUERIES = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8).stream().filter(q -> !q.isBlank()).toArray(String[]::new);
        }
        // The server reads queries with the English-Hindi dictionary where it is installed (more terms per English
        // word): the floor parses them the same way, or it would do less work than the server for the same query.
        IndexConfiguration plain = IndexConfiguration.load(Path.of("index-config"));
        Path dictionary = Path.of(System.getProperty("bench.dictionary", "/usr/share/dictd/freedict-eng-hin"));
        IndexConfiguration configuration = org.abhilekh.search.control.EnglishHindiDictionary.read(dictionary)
                .map(plain::withDictionary).orElse(plain);
        System.out.println("queries read " + (configuration.dictionary().isPresent() ? "with the dictionary " + dictionary : "without a dictionary"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, configuration.facetsConfig());
            System.out.printf(Locale.ROOT, "%,d documents; index %s; %d queries, from %,d to %,d public matches each (median %,d)%n",
                    reader.numDocs(), size(generation), QUERIES.length, matches(configuration, searcher, 0), matches(configuration, searcher, 1),
                    matches(configuration, searcher, 2));
            // What one query costs the floor in CPU bounds what any number of clients can get on this machine.
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < QUERIES.length * FILTERS.length; i++) {
                floor(configuration, searcher, state, i);
            }
            long cpuStart = cpu.getCurrentThreadCpuTime();
            int measured = QUERIES.length * FILTERS.length;
            for (int i = 0; i < measured; i++) {
                floor(configuration, searcher, state, i);
            }
            double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / measured;
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "floor: %.1f ms of CPU per query; on %d cores, 8 clients wait at least %.0f ms per query on average%n",
                    cpuMs, cores, 8 * cpuMs / cores);
            // The server's code gets the same warm-up as the floor's above (every query and filter twice), so that the
            // first level does not measure its compiler at work.
            for (int i = 0; i < 2 * QUERIES.length * FILTERS.length; i++) {
                api(http, base, i);
            }
            // CPU the server process spends per query (all its threads: requests, collection, compilation), beside the
            // floor's: on a machine shared with other work, waiting for a core inflates latencies but not CPU time.
            long serverPid = Long.getLong("bench.server.pid", -1);
            if (serverPid > 0) {
                long before = cpuTicks(serverPid);
                int queries = 2 * QUERIES.length;
                for (int i = 0; i < queries; i++) {
                    api(http, base, i);
                }
                double serverMs = (cpuTicks(serverPid) - before) * 10.0 / queries;
                System.out.printf(Locale.ROOT, "server: %.1f ms of CPU per query (1 client, %d queries); floor %.1f ms; ratio %.2fx%n",
                        serverMs, queries, cpuMs, serverMs / cpuMs);
            }
            System.out.println("clients |   API: QPS     p50 ms   p99 ms |  floor: QPS    p50 ms   p99 ms | p50 ratio  p99 ratio");
            for (int clients : new int[] {1, 4, 8}) {
                run(clients, 3, i -> api(http, base, i));
                Result api = run(clients, seconds, i -> api(http, base, i));
                run(clients, 2, i -> floor(configuration, searcher, state, i));
                Result floor = run(clients, seconds, i -> floor(configuration, searcher, state, i));
                System.out.printf(Locale.ROOT, "%7d | %9.1f %9.2f %8.2f | %9.1f %9.2f %8.2f | %8.2fx %8.2fx%n", clients,
                        api.qps, api.p50, api.p99, floor.qps, floor.p50, floor.p99, api.p50 / floor.p50, api.p99 / floor.p99);
            }
        }
    }

    interface Work {
        void run(int i) throws Exception;
    }

    record Result(double qps, double p50, double p99) {
    }

    /** User and system CPU of a process so far, in clock ticks (hundredths of a second on Linux). */
    static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static Result run(int clients, int seconds, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    long t = System.nanoTime();
                    work.run(i);
                    latencies.add(System.nanoTime() - t);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();
        Collections.sort(all);
        return new Result(all.size() / (double) seconds, all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6);
    }

    static void api(HttpClient http, String base, int i) throws Exception {
        String query = QUERIES[i % QUERIES.length];
        String filter = FILTERS[(i / QUERIES.length) % FILTERS.length];
        String url = base + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (filter.isEmpty() ? "" : "&f=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

    static void floor(IndexConfiguration configuration, IndexSearcher searcher, SortedSetDocValuesReaderState state, int i) throws Exception {
        String query = QUERIES[i % QUERIES.length];
        String filter = FILTERS[(i / QUERIES.length) % FILTERS.length];
        Query parsed = LuceneIndex.parseQuery(configuration, query);
        BooleanQuery.Builder full = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("visibility", "public")), BooleanClause.Occur.FILTER);
        if (!filter.isEmpty()) {
            String[] parts = filter.split(":", 2);
            full.add(drill(configuration, parts[0], parts[1]), BooleanClause.Occur.FILTER);
        }
        Query q = full.build();
        TopDocs top = searcher.search(q, 10);
        FacetsCollector facets = searcher.search(q, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, facets);
        for (String dim : FACETS) {
            if (state.getOrdRange(dim) != null) {
                counts.getTopChildren(10, dim);
            }
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, configuration.fieldAnalyzer())
                .withMaxLength(Integer.MAX_VALUE - 1).withFieldMatcher(name -> true)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.ROOT), 180, 0.5f))
                .build();
        highlighter.highlight("body", parsed, top, 2);
    }

    /** The fewest (0), most (1) or median (2) public matches of the queries without a filter: how selective the mix is. */
    static long matches(IndexConfiguration configuration, IndexSearcher searcher, int which) throws Exception {
        long[] counts = new long[QUERIES.length];
        for (int i = 0; i < QUERIES.length; i++) {
            counts[i] = searcher.count(new BooleanQuery.Builder().add(LuceneIndex.parseQuery(configuration, QUERIES[i]), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term("visibility", "public")), BooleanClause.Occur.FILTER).build());
        }
        java.util.Arrays.sort(counts);
        return which == 0 ? counts[0] : which == 1 ? counts[counts.length - 1] : counts[counts.length / 2];
    }

    static Query drill(IndexConfiguration configuration, String dim, String value) {
        org.apache.lucene.facet.DrillDownQuery drill = new org.apache.lucene.facet.DrillDownQuery(configuration.facetsConfig());
        drill.add(dim, value);
        return drill;
    }

    static String size(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
        }
    }
}
