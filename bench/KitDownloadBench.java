import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kit-download benchmark, run by bench/kit-download.sh against a running server: streams the large
 * kit's ZIP several times and reads the same blob files from disk in this process (the floor), in
 * the same run, and samples the server's used heap from /metrics while the downloads run.
 *
 * Arguments: base URL, kit slug, blob folder, admin user, admin password, rounds.
 */
public class KitDownloadBench {

    private static final Pattern SHA = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"");
    private static final Pattern HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*\\})? ([0-9.eE+]+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String slug = args[1];
        Path blobs = Path.of(args[2]);
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[3] + ":" + args[4]).getBytes());
        int rounds = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newHttpClient();

        String kit = http.send(HttpRequest.newBuilder(URI.create(base + "/api/presskits/" + slug)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<Path> files = new ArrayList<>();
        Matcher matcher = SHA.matcher(kit);
        while (matcher.find()) {
            String sha = matcher.group(1);
            files.add(blobs.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha));
        }
        long kitBytes = 0;
        for (Path file : files) {
            kitBytes += Files.size(file);
        }
        System.out.printf(Locale.ROOT, "kit %s: %d files, %.1f MB%n", slug, files.size(), kitBytes / 1e6);

        long heapBefore = heap(http, base);
        download(http, base, slug);
        floor(files);

        AtomicLong maxHeap = new AtomicLong(heapBefore);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    maxHeap.accumulateAndGet(heap(http, base), Math::max);
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        double best = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long bytes = download(http, base, slug);
            double mbs = bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
            best = Math.max(best, mbs);
            System.out.printf(Locale.ROOT, "download %d: %.1f MB in ZIP, %.0f MB/s%n", i + 1, bytes / 1e6, mbs);
        }
        sampler.interrupt();
        sampler.join();

        double floorBest = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long bytes = floor(files);
            double mbs = bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
            floorBest = Math.max(floorBest, mbs);
            System.out.printf(Locale.ROOT, "floor %d (same files read from disk): %.0f MB/s%n", i + 1, mbs);
        }
        System.out.printf(Locale.ROOT, "%nbest ZIP download: %.0f MB/s; floor: %.0f MB/s; ours/floor = %.2f%n", best, floorBest, best / floorBest);
        System.out.printf(Locale.ROOT, "server used heap: %.0f MB before, at most %.0f MB while downloading a %.0f MB kit%n",
                heapBefore / 1e6, maxHeap.get() / 1e6, kitBytes / 1e6);
    }

    private static long download(HttpClient http, String base, String slug) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + "/press/kits/" + slug + ".zip")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The kit answered " + response.statusCode());
        }
        return drain(response.body());
    }

    private static long floor(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += drain(Files.newInputStream(file));
        }
        return total;
    }

    private static long drain(InputStream stream) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = stream) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
            }
        }
        return total;
    }

    private static long heap(HttpClient http, String base) throws IOException, InterruptedException {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = HEAP.matcher(metrics);
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : -1;
    }
}
