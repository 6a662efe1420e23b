package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One node of the search cluster dies (kill -9) while four readers search and two editors upload. Searches keep
 * answering: any that fails does so within {@link #ERROR_WINDOW} of the kill, while the cluster moves the lost shard
 * copies. Every upload is acknowledged, and every acknowledged upload is searchable once the node is back. Runs on
 * the cluster {@code bin/abhilekh-search-cluster} started for this build (its state file names the nodes), in the
 * cluster execution; afterwards the node is back and the cluster green, as the tests after it expect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeLossIT {

    /** How long after the kill a failed search is accepted: the cluster notices the node's loss and moves on. */
    private static final Duration ERROR_WINDOW = Duration.ofSeconds(30);
    private static final Path FOLDER = Path.of("target", "it-node-loss").toAbsolutePath();
    private static final Path CLUSTER_STATE = Path.of("target", "search-cluster", "state").toAbsolutePath();

    private final String prefix = "abhilekh-node-loss-" + UUID.randomUUID().toString().substring(0, 8);
    private final String marker = "nodelossword" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private URI cluster;
    private Process server;
    private Portal portal;
    private String killed;

    @BeforeAll
    void startOnTheWholeCluster() throws Exception {
        String urls = System.getenv("ABHILEKH_OPENSEARCH_URLS");
        assumeTrue(urls != null && !urls.isBlank(), "needs a search cluster at ABHILEKH_OPENSEARCH_URLS");
        assumeTrue(System.getProperty("it.opensearch.prefix") != null, "runs in integration-tests-opensearch only");
        assumeTrue(Files.isRegularFile(CLUSTER_STATE) && urls.split(",").length >= 3,
                "needs three or more nodes started by bin/abhilekh-search-cluster in this folder, which can kill and start them");
        Map<String, String> state = new java.util.HashMap<>();
        for (String line : Files.readAllLines(CLUSTER_STATE)) {
            String[] pair = line.split("=", 2);
            state.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        cluster = URI.create(urls.split(",")[0].strip());
        assumeTrue(String.valueOf(cluster.getPort()).equals(state.get("http_base")),
                "the cluster at ABHILEKH_OPENSEARCH_URLS is the one bin/abhilekh-search-cluster started here");
        RunnableServer.deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER);
        int port = RunnableServer.freePort();
        server = RunnableServer.start(FOLDER.resolve("data"), port, FOLDER.resolve("server.log"),
                "-Dabhilekh.search.engine=opensearch",
                "-Dabhilekh.opensearch.urls=" + urls,
                "-Dabhilekh.opensearch.index-prefix=" + prefix,
                "-Dabhilekh.seed.enabled=false",
                "-Dabhilekh.index.catch-up-seconds=2");
        portal = new Portal(URI.create("http://localhost:" + port + "/").toURL());
        portal.awaitReady();
    }

    @AfterAll
    void bringTheNodeBackAndStop() throws Exception {
        if (killed != null) {
            cluster("start-node", killed);
        }
        if (server != null) {
            RunnableServer.stop(server);
        }
        if (cluster != null) {
            http.send(HttpRequest.newBuilder(cluster.resolve("/" + prefix + "-*")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void searchesKeepAnsweringAndEveryAcknowledgedUploadIsSearchableWhenANodeIsKilled() throws Exception {
        for (int i = 0; i < 4; i++) {
            upload("before " + i);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        List<Instant> failedSearches = new ArrayList<>();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> refusedUploads = new ArrayList<>();
        int[] searches = new int[1];
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (int reader = 0; reader < 4; reader++) {
            boolean staff = reader % 2 == 0;
            work.add(clients.submit(() -> {
                while (running.get()) {
                    int status = searchStatus(staff);
                    synchronized (failedSearches) {
                        searches[0]++;
                        if (status != 200) {
                            failedSearches.add(Instant.now());
                        }
                    }
                }
                return null;
            }));
        }
        for (int editor = 0; editor < 2; editor++) {
            int number = editor;
            work.add(clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        acknowledged.add(upload("editor " + number + " upload " + i));
                    } catch (AssertionError | IOException e) {
                        synchronized (refusedUploads) {
                            refusedUploads.add(e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep(3000);
        killed = primaryNode();
        Instant kill = Instant.now();
        cluster("kill-node", killed);
        Thread.sleep(10_000);
        cluster("start-node", killed);
        killed = null;
        running.set(false);
        for (Future<?> each : work) {
            each.get(2, TimeUnit.MINUTES);
        }
        clients.shutdown();

        assertTrue(refusedUploads.isEmpty(), "every upload is acknowledged while a node is gone: " + refusedUploads);
        assertTrue(acknowledged.size() >= 4, "uploads went on throughout: " + acknowledged.size());
        List<Instant> late = failedSearches.stream().filter(at -> at.isAfter(kill.plus(ERROR_WINDOW))).toList();
        assertTrue(late.isEmpty(), late.size() + " searches failed later than " + ERROR_WINDOW + " after the kill");
        System.out.printf("NodeLossIT: %d searches, %d failed (all within %s of the kill); %d uploads acknowledged%n",
                searches[0], failedSearches.size(), ERROR_WINDOW, acknowledged.size());

        int expected = acknowledged.size() + 4;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (total() != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(expected, total(), "every acknowledged upload is searchable once the node is back");
    }

    private int searchStatus(boolean staff) {
        try {
            return portal.get("/api/search?q=" + Portal.encode(marker) + "&size=1", staff).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private int total() throws Exception {
        HttpResponse<String> response = portal.get("/api/search?q=" + Portal.encode(marker) + "&size=1", true);
        return response.statusCode() == 200 ? Portal.json(response.body()).getInt("total") : -1;
    }

    /** The node holding the primary copy of the index's shard: losing it is the harder case (a replica is promoted). */
    private String primaryNode() throws Exception {
        HttpResponse<String> shards = http.send(HttpRequest.newBuilder(cluster.resolve("/_cat/shards/" + prefix + "-*?h=prirep,node"))
                .build(), HttpResponse.BodyHandlers.ofString());
        for (String line : shards.body().split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length == 2 && columns[0].equals("p")) {
                return columns[1].substring("node-".length());
            }
        }
        throw new AssertionError("no primary shard found: " + shards.body());
    }

    private void cluster(String command, String node) throws Exception {
        Process script = new ProcessBuilder("bin/abhilekh-search-cluster", command, node).redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(10, TimeUnit.MINUTES), command);
        assertEquals(0, script.exitValue(), command + " " + node + ": " + output);
    }

    /** Uploads a small note and waits until it is read (job done); answers its document's id. */
    private long upload(String title) throws IOException {
        try {
            String boundary = "----nodeloss" + UUID.randomUUID();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note-" + UUID.randomUUID()
                    + ".txt\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nA note: " + marker + " " + title + " " + UUID.randomUUID()
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                    + "{\"title\":\"Node loss " + title + "\",\"type\":\"policy-document\",\"visibility\":\"staff\"}\r\n--" + boundary + "--\r\n";
            HttpResponse<String> upload = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents"))
                    .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
            assertEquals(202, upload.statusCode(), upload.body());
            JsonObject answer = Portal.json(upload.body());
            long job = answer.getJsonObject("job").getJsonNumber("id").longValue();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            String status = "";
            while (!"done".equals(status) && Instant.now().isBefore(deadline)) {
                status = Portal.json(portal.get("/api/jobs/" + job, true).body()).getString("status");
                Thread.sleep(100);
            }
            assertEquals("done", status, "job of " + title);
            return answer.getJsonObject("document").getJsonNumber("id").longValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
