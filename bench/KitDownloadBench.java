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
 * Arguments: base URL, kit slug, blob folder, admin user, admin password, rounds, and optionally the server's process
 * id, to read its resident memory (now and peak) from /proc.
 */
public class KitDownloadBench {

    private static final Pattern SHA = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"");
    private static final Pattern ITEM = Pattern.compile("\"itemId\":([0-9]+)");
    private static final Pattern HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*\\})? ([0-9.eE+]+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String slug = args[1];
        Path blobs = Path.of(args[2]);
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[3] + ":" + args[4]).getBytes());
        int rounds = Integer.parseInt(args[5]);
        long serverPid = args.length > 6 ? Long.parseLong(args[6]) : -1;
        // HTTP/1.1 as browsers and curl speak it to a plain-HTTP address: the client's default would ask for an upgrade to
        // HTTP/2 (h2c), whose flow control then paces the whole download.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        String kit = http.send(HttpRequest.newBuilder(URI.create(base + "/api/presskits/" + slug)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<Path> files = new ArrayList<>();
        Matcher matcher = SHA.matcher(kit);
        while (matcher.find()) {
            String sha = matcher.group(1);
            files.add(blobs.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha));
        }
        List<String> items = new ArrayList<>();
        Matcher itemMatcher = ITEM.matcher(kit);
        while (itemMatcher.find()) {
            items.add(itemMatcher.group(1));
        }
        long kitBytes = 0;
        for (Path file : files) {
            kitBytes += Files.size(file);
        }
        System.out.printf(Locale.ROOT, "kit %s: %d files, %.1f MB%n", slug, files.size(), kitBytes / 1e6);

        long heapBefore = heap(http, base);
        // The first download after a start also reads every stored file once for its CRC-32; later ones know it.
        long firstStart = System.nanoTime();
        long firstBytes = download(http, base, slug, auth);
        System.out.printf(Locale.ROOT, "first download (warm-up): %.0f MB/s%n", firstBytes / 1e6 / ((System.nanoTime() - firstStart) / 1e9));
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
        // Each round downloads the ZIP and then reads the same files (the floor), so both see the same state of the machine.
        double best = 0;
        double floorBest = 0;
        double plainBest = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long bytes = download(http, base, slug, auth);
            double mbs = bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            long floorBytes = floor(files);
            double floorMbs = floorBytes / 1e6 / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            long plainBytes = 0;
            for (String item : items) {
                plainBytes += get(http, base + "/press/kits/" + slug + "/items/" + item, auth);
            }
            double plainMbs = plainBytes / 1e6 / ((System.nanoTime() - start) / 1e9);
            best = Math.max(best, mbs);
            floorBest = Math.max(floorBest, floorMbs);
            plainBest = Math.max(plainBest, plainMbs);
            System.out.printf(Locale.ROOT, "round %d: ZIP %.1f MB at %.0f MB/s; floor (the same files read from disk) %.0f MB/s; ours/floor = %.2f;"
                    + " the same files one by one from the server, no ZIP: %.0f MB/s (ZIP/that = %.2f)%n",
                    i + 1, bytes / 1e6, mbs, floorMbs, mbs / floorMbs, plainMbs, mbs / plainMbs);
        }
        sampler.interrupt();
        sampler.join();

        System.out.printf(Locale.ROOT, "%nbest ZIP download: %.0f MB/s; best floor: %.0f MB/s; ours/floor = %.2f; best plain download of the same"
                + " files: %.0f MB/s (ZIP/that = %.2f)%n", best, floorBest, best / floorBest, plainBest, best / plainBest);
        System.out.printf(Locale.ROOT, "server used heap: %.0f MB before, at most %.0f MB while downloading a %.0f MB kit%n",
                heapBefore / 1e6, maxHeap.get() / 1e6, kitBytes / 1e6);
        if (serverPid > 0) {
            System.out.printf(Locale.ROOT, "server resident memory: %s now, %s at its peak%n", status(serverPid, "VmRSS"), status(serverPid, "VmHWM"));
        }
    }

    /** A memory line of /proc/PID/status (VmRSS: resident now; VmHWM: its peak), in MiB. */
    private static String status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
            }
        }
        return "unknown";
    }

    private static long download(HttpClient http, String base, String slug, String auth) throws IOException, InterruptedException {
        return get(http, base + "/press/kits/" + slug + ".zip", auth);
    }

    private static long get(HttpClient http, String url, String auth) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
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
