package org.abhilekh.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.abhilekh.ingest.control.AllowedTypes;
import org.abhilekh.platform.control.UnsupportedTypeException;
import org.abhilekh.search.control.IndexConfiguration;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * End-to-end ingest through the API against a floor measured in the same run. Ours: THREADS uploaders
 * POST every file of the corpus to {@code /api/documents}, then the clock runs until {@code /api/jobs}
 * counts no job queued or running. The floor: the same files, the same number of threads, through
 * Tika in-process (AutoDetectParser with index-config/tika-config.xml, embedded files read with the
 * same parser, the same text limit) into a bare Lucene IndexWriter (one analysed body field with the
 * application's bilingual analyzer, one commit at the end). Prints documents/s, MB/s and CPU use of
 * both and the ratio ours/floor.
 *
 * Usage: IngestBench BASE_URL USER PASSWORD THREADS SERVER_PID WORK_FOLDER CORPUS_FOLDER...
 */
public final class IngestBench {

    private static final int MAX_TEXT_CHARS = 20_000_000;
    private static final long CLOCK_TICKS = 100;

    record Run(String name, double seconds, int documents, long bytes, double cpuSeconds, double machineBusy, int failed) {
        double documentsPerSecond() {
            return documents / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        // POI and PDFBox log every oddity of the test documents; the server keeps those in its log, the floor drops them.
        java.util.logging.LogManager.getLogManager().reset();
        String base = args[0].replaceAll("/$", "");
        String authorization = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int threads = Integer.parseInt(args[3]);
        long serverPid = Long.parseLong(args[4]);
        Path work = Path.of(args[5]);
        List<Path> files = new ArrayList<>();
        for (int i = 6; i < args.length; i++) {
            try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                files.addAll(walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                        .filter(file -> !file.getFileName().toString().endsWith(".meta.json")).toList());
            }
        }
        files.sort(null);
        // Files of a type the archive refuses at the door (415: Access databases, CHM, MHTML...) are left out of both
        // runs, as the server would do no work for them.
        int refused = 0;
        for (java.util.Iterator<Path> each = files.iterator(); each.hasNext();) {
            try {
                AllowedTypes.checkUpload(AllowedTypes.detect(each.next()));
            } catch (UnsupportedTypeException refusal) {
                each.remove();
                refused++;
            }
        }
        long bytes = 0;
        Map<String, Integer> byExtension = new TreeMap<>();
        for (Path file : files) {
            bytes += Files.size(file);
            String name = file.getFileName().toString();
            byExtension.merge(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "(none)", 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "corpus: %d files, %.1f MB; %s (%d files of types the archive refuses left out)%n",
                files.size(), bytes / 1e6, byExtension, refused);
        System.out.printf(Locale.ROOT, "threads: %d uploaders against the server's ingest workers; %d floor threads%n", threads, threads);

        Run floor = floor(files, bytes, threads, work.resolve("floor-index"));
        Run ours = ours(base, authorization, files, bytes, threads, serverPid);

        System.out.println();
        System.out.println("            seconds   docs/s  files/min     MB/s   failed   CPU (of 2 cores)   machine busy");
        for (Run run : List.of(ours, floor)) {
            System.out.printf(Locale.ROOT, "%-10s %8.1f %8.2f %10.1f %8.2f %8d %12.0f%% %13.0f%%%n", run.name(), run.seconds(),
                    run.documentsPerSecond(), 60 * run.documentsPerSecond(), run.bytes() / 1e6 / run.seconds(), run.failed(),
                    100 * run.cpuSeconds() / run.seconds() / Runtime.getRuntime().availableProcessors(), 100 * run.machineBusy());
        }
        System.out.printf(Locale.ROOT, "ours/floor (documents/s): %.2f%n", ours.documentsPerSecond() / floor.documentsPerSecond());
        // On a machine that other work keeps busy the two get different shares of it; the CPU each document cost is steadier.
        System.out.printf(Locale.ROOT, "CPU s per document: ours %.2f, floor %.2f; floor/ours (CPU per document): %.2f%n",
                ours.cpuSeconds() / ours.documents(), floor.cpuSeconds() / floor.documents(),
                (floor.cpuSeconds() / floor.documents()) / (ours.cpuSeconds() / ours.documents()));
    }

    /** The same files through Tika in this process and into a bare IndexWriter. */
    static Run floor(List<Path> files, long bytes, int threads, Path index) throws Exception {
        AutoDetectParser parser;
        try (InputStream config = Files.newInputStream(Path.of("index-config", "tika-config.xml"))) {
            parser = new AutoDetectParser(new TikaConfig(config));
        }
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config"));
        deleteRecursively(index);
        AtomicInteger failed = new AtomicInteger();
        long[] machineBefore = machineTicks();
        long cpuBefore = processTicks(ProcessHandle.current().pid());
        long started = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(configuration.analyzer("bilingual")))) {
            ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    Path file;
                    while ((file = queue.poll()) != null) {
                        Metadata metadata = new Metadata();
                        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
                        ParseContext context = new ParseContext();
                        context.set(Parser.class, parser);
                        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
                            parser.parse(in, handler, metadata, context);
                        } catch (Exception | StackOverflowError e) {
                            // Text past the limit is cut, not a failure; a file Tika cannot read is indexed with
                            // what was read, as the application keeps its description.
                            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                                failed.incrementAndGet();
                            }
                        }
                        Document document = new Document();
                        document.add(new StringField("id", file.toString(), Field.Store.YES));
                        document.add(new TextField("body", handler.toString(), Field.Store.NO));
                        writer.addDocument(document);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            pool.shutdown();
            writer.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (processTicks(ProcessHandle.current().pid()) - cpuBefore) / (double) CLOCK_TICKS;
        return new Run("floor", seconds, files.size(), bytes, cpu, busy(machineBefore, machineTicks()), failed.get());
    }

    /** Every file through POST /api/documents, then waiting for every job to finish. */
    static Run ours(String base, String authorization, List<Path> files, long bytes, int threads, long serverPid) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Set<Long> pending = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        long[] machineBefore = machineTicks();
        long cpuBefore = processTicks(serverPid);
        long started = System.nanoTime();
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                Path file;
                while ((file = queue.poll()) != null) {
                    pending.add(upload(http, base, authorization, file, duplicates));
                }
                return null;
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            // A failed upload ends the run: the other uploader stops too, so the JVM (and the script's server) can end.
            pool.shutdownNow();
        }
        double uploaded = (System.nanoTime() - started) / 1e9;
        // Waiting asks how many jobs are still queued, then how many are still running, one small request every 100 ms,
        // rather than the state of each job: asking for every job each time kept the server's request threads busier
        // than its ingest workers. A job that left the queue never comes back to it, so once none is queued only the
        // running ones are left. The data folder is fresh, so every job is one of these uploads.
        for (String status : List.of("queued", "running")) {
            while (total(http, base + "/api/jobs?size=1&status=" + status, authorization) > 0) {
                Thread.sleep(100);
            }
        }
        int failed = (int) total(http, base + "/api/jobs?status=failed&size=1", authorization);
        if (total(http, base + "/api/jobs?size=1", authorization) != pending.size()) {
            throw new IllegalStateException("The server holds other jobs than these uploads: start from a fresh data folder");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (processTicks(serverPid) - cpuBefore) / (double) CLOCK_TICKS;
        System.out.printf(Locale.ROOT, "uploads accepted after %.1f s, every job finished after %.1f s%s%n", uploaded, seconds,
                duplicates.get() > 0 ? " (" + duplicates.get() + " files were already stored: start from a fresh data folder)" : "");
        return new Run("ours", seconds, files.size(), bytes, cpu, busy(machineBefore, machineTicks()), failed);
    }

    /** One upload; a 503 (the queue is full) is retried after a second, as a client should. */
    static long upload(HttpClient http, String base, String authorization, Path file, AtomicInteger duplicates) throws Exception {
        String boundary = "bench" + System.nanoTime();
        String metadata = Json.createObjectBuilder().add("title", file.getFileName().toString()).add("visibility", "public").build().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + metadata + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName().toString().replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/documents")).timeout(Duration.ofMinutes(5))
                    .header("Authorization", authorization).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 503) {
                Thread.sleep(1000);
                continue;
            }
            if (response.statusCode() != 202 && response.statusCode() != 200) {
                throw new IOException(file + " was answered " + response.statusCode() + ": " + response.body());
            }
            if (response.statusCode() == 200) {
                duplicates.incrementAndGet();
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject().getJsonObject("document").getJsonNumber("id").longValue();
            }
        }
    }

    /** The number of jobs a filtered job list says there are. */
    static long total(HttpClient http, String url, String authorization) throws IOException, InterruptedException {
        return json(http, url, authorization).getJsonNumber("total").longValue();
    }

    static JsonObject json(HttpClient http, String url, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /**
     * User plus system CPU time of a process and of its finished children (Tika runs Tesseract as a
     * child process), in clock ticks: /proc/PID/stat fields 14 to 17.
     */
    static long processTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    /** {busy, total} ticks of the whole machine, from /proc/stat, to show what else ran meanwhile. */
    static long[] machineTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < cpu.length; i++) {
            total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new long[] {total - idle, total};
    }

    static double busy(long[] before, long[] after) {
        return (after[0] - before[0]) / (double) Math.max(1, after[1] - before[1]);
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
