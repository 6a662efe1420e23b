package org.abhilekh.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Load on a running server: CLIENTS concurrent readers, each sending its next request as soon as the
 * last one is answered, over the mix a public visitor produces (searches in English and Hindi, with
 * facets, the blog, a post with its comments, a document page, a document's file, a press kit's ZIP,
 * the press room). The first half of the run is the ordinary load; in the second half SLOW_CLIENTS
 * more clients download press-kit ZIPs at a few KB/s, holding their connections open, so the effect of
 * slow readers on everyone else shows as the difference between the halves. Every ten seconds it
 * samples the server's used heap (from /metrics) and, when the server's process id is known, its
 * resident memory. Prints throughput, p50/p95/p99 per kind of request for both halves, and errors.
 *
 * Usage: LoadTest BASE_URL SECONDS CLIENTS SLOW_CLIENTS [SERVER_PID]
 */
public final class LoadTest {

    /** One kind of request: how often it comes in the mix and how to build its path. */
    record Kind(String name, int weight, IntFunction<String> path) {
    }

    /** Latencies and failures of one kind in one half of the run. */
    static final class Tally {
        final List<Long> nanos = new CopyOnWriteArrayList<>();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
    }

    static final String[] ENGLISH = {
        "trafficking", "child labour", "mica Koderma", "police training", "\"brick kilns\"", "rescue", "domestic work Delhi",
        "juvenile justice board", "bonded labour", "migration Dumka", "survey households", "training module", "Gumla girls",
        "manav taskari", "surakshit palayan", "POCSO", "Childline 1098", "school dropout", "shelter", "panchayat"
    };
    static final String[] HINDI = {
        "बाल श्रम", "मानव तस्करी", "पलायन", "ईंट भट्ठा", "पुलिस", "बच्चों", "अभ्रक", "कार्यशाला", "लड़कियां", "ग्राम सभा"
    };
    static final String[] FACETS = {
        "type:press-clipping", "language:hi", "language:en", "type:research-paper", "year:2023", "type:training-module"
    };

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int seconds = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int slowClients = Integer.parseInt(args[3]);
        long pid = args.length > 4 ? Long.parseLong(args[4]) : -1;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        // What there is to read, found the way a visitor finds it: through search, the blog and the press room.
        List<Long> documents = new ArrayList<>();
        for (JsonObject hit : json(http, base + "/api/search?q=&size=100").getJsonArray("hits").getValuesAs(JsonObject.class)) {
            if (hit.getJsonNumber("id").longValue() > 0 && !hit.getBoolean("staffOnly", false)) {
                documents.add(hit.getJsonNumber("id").longValue());
            }
        }
        List<String> posts = new ArrayList<>();
        for (JsonObject post : json(http, base + "/api/posts?size=50").getJsonArray("posts").getValuesAs(JsonObject.class)) {
            String slug = post.getString("slug");
            if (json(http, base + "/api/posts/" + slug).getInt("commentCount", 0) > 0) {
                posts.add(slug);
            }
        }
        List<String> zips = new ArrayList<>();
        for (JsonObject kit : jsonArray(http, base + "/api/presskits").getValuesAs(JsonObject.class)) {
            zips.add(kit.getString("zipUrl"));
        }
        if (documents.isEmpty() || posts.isEmpty() || zips.isEmpty()) {
            throw new IllegalStateException("The server has too little to read: " + documents.size() + " public documents, "
                    + posts.size() + " posts with comments, " + zips.size() + " press kits. Start it with the seed archive.");
        }
        System.out.printf(Locale.ROOT, "targets: %d public documents, %d posts with comments, %d press kits%n",
                documents.size(), posts.size(), zips.size());

        List<Kind> kinds = List.of(
                new Kind("search page, English", 16, i -> "/search/?q=" + encode(ENGLISH[i % ENGLISH.length])),
                new Kind("search page, Hindi", 12, i -> "/search/?q=" + encode(HINDI[i % HINDI.length])),
                new Kind("search API with facet", 12, i -> "/api/search?q=" + encode(i % 2 == 0 ? ENGLISH[i % ENGLISH.length]
                        : HINDI[i % HINDI.length]) + "&f=" + encode(FACETS[i % FACETS.length])),
                new Kind("blog index", 10, i -> "/blog/"),
                new Kind("post with comments", 10, i -> "/blog/" + posts.get(i % posts.size())),
                new Kind("document page", 14, i -> "/archive/document.xhtml?id=" + documents.get(i % documents.size())),
                new Kind("document file", 12, i -> "/api/documents/" + documents.get(i % documents.size()) + "/file"),
                new Kind("press-kit ZIP", 6, i -> zips.get(i % zips.size())),
                new Kind("press room", 8, i -> "/press/"));
        int[] wheel = kinds.stream().flatMapToInt(k -> java.util.stream.IntStream.generate(() -> kinds.indexOf(k)).limit(k.weight())).toArray();

        // A short warm-up: the first request of each kind pays for compiling pages and filling caches.
        for (int k = 0; k < kinds.size(); k++) {
            fetch(http, base + kinds.get(k).path().apply(k), new Tally());
        }

        List<Map<String, Tally>> halves = List.of(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        Map<String, String> firstErrors = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long half = start + seconds * 500_000_000L;
        long end = start + seconds * 1_000_000_000L;
        List<long[]> memory = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients + slowClients + 1);
        List<Future<?>> futures = new ArrayList<>();
        futures.add(pool.submit(() -> sampleMemory(http, base, pid, end, memory)));
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long n = client * 7919L;
                while (System.nanoTime() < end) {
                    int i = (int) (n++ & Integer.MAX_VALUE);
                    Kind kind = kinds.get(wheel[(int) ((i * 2654435761L) % wheel.length)]);
                    Tally tally = halves.get(System.nanoTime() < half ? 0 : 1).computeIfAbsent(kind.name(), name -> new Tally());
                    try {
                        fetch(http, base + kind.path().apply(i / wheel.length + client), tally);
                    } catch (IOException | RuntimeException e) {
                        tally.errors.incrementAndGet();
                        firstErrors.putIfAbsent(kind.name(), e.toString());
                    }
                }
                return null;
            }));
        }
        long[] slowBytes = new long[slowClients];
        for (int s = 0; s < slowClients; s++) {
            int slow = s;
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < half) {
                    Thread.sleep(200);
                }
                while (System.nanoTime() < end) {
                    slowBytes[slow] += slowDownload(URI.create(base + zips.get(slow % zips.size())), end);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        System.out.printf(Locale.ROOT, "%n%d clients for %d s; %d slow readers (about 10 KB/s each) in the second half%n",
                clients, seconds, slowClients);
        System.out.println("kind                    |  first half, no slow readers          |  second half, with slow readers");
        System.out.println("                        |   req/s   p50 ms   p95 ms   p99 ms err |   req/s   p50 ms   p95 ms   p99 ms err");
        long errors = 0;
        Map<String, List<Tally>> rows = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            rows.put(kind.name(), List.of(halves.get(0).getOrDefault(kind.name(), new Tally()),
                    halves.get(1).getOrDefault(kind.name(), new Tally())));
        }
        List<Tally> all = List.of(merge(halves.get(0).values()), merge(halves.get(1).values()));
        rows.put("all", all);
        for (Map.Entry<String, List<Tally>> row : rows.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-23s", row.getKey()));
            for (Tally tally : row.getValue()) {
                long[] sorted = tally.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
                line.append(String.format(Locale.ROOT, " | %7.1f %8.1f %8.1f %8.1f %3d", sorted.length / (seconds / 2.0),
                        percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), tally.errors.get()));
            }
            System.out.println(line);
            if (!row.getKey().equals("all")) {
                errors += row.getValue().get(0).errors.get() + row.getValue().get(1).errors.get();
            }
        }
        long requests = all.get(0).nanos.size() + all.get(1).nanos.size();
        System.out.printf(Locale.ROOT, "total: %,d requests answered, %.1f req/s, %.1f MB sent; errors: %d%n", requests,
                requests / (double) seconds, (all.get(0).bytes.get() + all.get(1).bytes.get()) / 1e6, errors);
        firstErrors.forEach((kind, error) -> System.out.println("  first error of " + kind + ": " + error));
        System.out.printf(Locale.ROOT, "slow readers received %s KB in the second half%n",
                Arrays.toString(Arrays.stream(slowBytes).map(b -> b / 1000).toArray()));

        StringBuilder heap = new StringBuilder();
        StringBuilder rss = new StringBuilder();
        for (long[] sample : memory) {
            heap.append(' ').append(sample[1] / 1048576);
            rss.append(' ').append(sample[2] / 1048576);
        }
        System.out.println("server used heap MiB every 10 s:" + heap);
        System.out.printf(Locale.ROOT, "  first %d, last %d, max %d MiB%n", memory.getFirst()[1] / 1048576,
                memory.getLast()[1] / 1048576, memory.stream().mapToLong(s -> s[1]).max().orElse(0) / 1048576);
        if (pid > 0) {
            System.out.println("server resident MiB every 10 s:" + rss);
            System.out.printf(Locale.ROOT, "  first %d, last %d, max %d MiB%n", memory.getFirst()[2] / 1048576,
                    memory.getLast()[2] / 1048576, memory.stream().mapToLong(s -> s[2]).max().orElse(0) / 1048576);
        }
        if (errors > 0) {
            System.exit(1);
        }
    }

    static void fetch(HttpClient http, String url, Tally tally) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en").build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        long bytes;
        try (InputStream body = response.body()) {
            bytes = body.transferTo(OutputStream.nullOutputStream());
        }
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        tally.nanos.add(took);
        tally.bytes.addAndGet(bytes);
    }

    /**
     * A reader on a poor connection: a small receive window, 2 KB every 200 ms. The server's writes
     * block on it for as long as the download lasts. Returns the bytes read before the end or the run's end.
     */
    static long slowDownload(URI uri, long end) throws IOException, InterruptedException {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[2048];
            long total = 0;
            int read;
            while (System.nanoTime() < end && (read = in.read(buffer)) >= 0) {
                total += read;
                Thread.sleep(200);
            }
            return total;
        }
    }

    /** Every ten seconds: {epoch second, used heap bytes, resident bytes}. */
    static Void sampleMemory(HttpClient http, String base, long pid, long end, List<long[]> samples) throws Exception {
        while (true) {
            long heap = 0;
            try {
                String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                heap = metrics.lines().filter(line -> line.matches("^(base_)?memory_usedHeap_bytes(\\{[^}]*})? .*"))
                        .map(line -> line.substring(line.lastIndexOf(' ') + 1)).mapToLong(value -> (long) Double.parseDouble(value))
                        .findFirst().orElse(0);
            } catch (IOException e) {
                heap = -1;
            }
            samples.add(new long[] {Instant.now().getEpochSecond(), heap, resident(pid)});
            if (System.nanoTime() >= end) {
                return null;
            }
            Thread.sleep(Math.min(10_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
    }

    static long resident(long pid) throws IOException {
        if (pid <= 0) {
            return 0;
        }
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }

    static Tally merge(Iterable<Tally> tallies) {
        Tally all = new Tally();
        for (Tally tally : tallies) {
            all.nanos.addAll(tally.nanos);
            all.bytes.addAndGet(tally.bytes.get());
            all.errors.addAndGet(tally.errors.get());
        }
        return all;
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonObject json(HttpClient http, String url) throws IOException, InterruptedException {
        try (JsonReader reader = Json.createReader(new StringReader(get(http, url)))) {
            return reader.readObject();
        }
    }

    static JsonArray jsonArray(HttpClient http, String url) throws IOException, InterruptedException {
        try (JsonReader reader = Json.createReader(new StringReader(get(http, url)))) {
            return reader.readArray();
        }
    }

    static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
