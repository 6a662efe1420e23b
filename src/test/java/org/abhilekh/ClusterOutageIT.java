package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The search cluster goes away and comes back while the archive is in use; the database stays the truth. The runnable
 * jar is started as an operator would, with the cluster engine, but pointed at a TCP proxy in front of the cluster at
 * {@code ABHILEKH_OPENSEARCH_URLS}: closing the proxy is the outage, opening it again the recovery. During the outage
 * uploads are still accepted and read, a deletion still succeeds, searches answer 503 with Retry-After and readiness
 * is DOWN; afterwards, without anyone acting, the uploads become searchable and the deleted item is gone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterOutageIT {

    private static final Path FOLDER = Path.of("target", "it-cluster-outage").toAbsolutePath();
    private static final int UPLOADS_DURING_OUTAGE = 20;

    private final String prefix = "abhilekh-outage-" + UUID.randomUUID().toString().substring(0, 8);
    private final String marker = "outageword" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
    private URI cluster;
    private Proxy proxy;
    private Process server;
    private int serverPort;
    private Portal portal;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startOnTheClusterThroughTheProxy() throws Exception {
        String urls = System.getenv("ABHILEKH_OPENSEARCH_URLS");
        assumeTrue(urls != null && !urls.isBlank(), "needs a search cluster at ABHILEKH_OPENSEARCH_URLS");
        // Only in the execution integration-tests-opensearch, which names the run's index prefix; not again in the others.
        assumeTrue(System.getProperty("it.opensearch.prefix") != null, "runs in integration-tests-opensearch only");
        cluster = URI.create(urls.split(",")[0].strip());
        RunnableServer.deleteRecursively(FOLDER);
        java.nio.file.Files.createDirectories(FOLDER);
        proxy = new Proxy(RunnableServer.freePort(), cluster.getHost(), cluster.getPort());
        proxy.open();
        int port = RunnableServer.freePort();
        serverPort = port;
        server = RunnableServer.start(FOLDER.resolve("data"), port, FOLDER.resolve("server.log"),
                "-Dabhilekh.search.engine=opensearch",
                "-Dabhilekh.opensearch.urls=http://127.0.0.1:" + proxy.port,
                "-Dabhilekh.opensearch.index-prefix=" + prefix,
                "-Dabhilekh.index.catch-up-seconds=2",
                "-Dabhilekh.index.commit-interval-seconds=2");
        portal = new Portal(URI.create("http://localhost:" + port + "/").toURL());
        portal.awaitReady();
    }

    @AfterAll
    void stopAndDeleteTheIndex() throws Exception {
        if (server != null) {
            RunnableServer.stop(server);
        }
        if (proxy != null) {
            proxy.close();
        }
        if (cluster != null) {
            http.send(HttpRequest.newBuilder(cluster.resolve("/" + prefix + "-*")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void nothingIsLostWhileTheClusterIsAwayAndAllIsCaughtUpWhenItIsBack() throws Exception {
        long before = readAndSearchable("kept", "Before the outage " + marker + "kept");
        assertEquals(1, portal.search(marker + "kept", true).getInt("total"));

        proxy.close();
        awaitReadiness(503, "opensearch unreachable");

        List<Long> uploaded = new ArrayList<>();
        for (int i = 0; i < UPLOADS_DURING_OUTAGE; i++) {
            uploaded.add(readAndNotSearchable(i));
        }
        HttpResponse<String> search = portal.get("/api/search?q=" + marker, true);
        assertEquals(503, search.statusCode(), search.body());
        assertTrue(search.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertTrue(search.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), search.body());
        assertTrue(search.body().contains("search cluster does not answer"), search.body());
        HttpResponse<String> page = portal.get("/search/?q=" + marker, false);
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("Search is unavailable"), "the search page says so");

        HttpResponse<String> deleted = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + before))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).DELETE().build());
        assertEquals(204, deleted.statusCode(), deleted.body());

        proxy.open();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && !(total(marker) == UPLOADS_DURING_OUTAGE && total(marker + "kept") == 0)) {
            Thread.sleep(500);
        }
        assertEquals(UPLOADS_DURING_OUTAGE, total(marker), "every upload of the outage is searchable within a minute of the cluster's return");
        assertEquals(0, total(marker + "kept"), "the item deleted during the outage is gone");
        awaitReadiness(200, "opensearch green");
        assertEquals(Set.copyOf(uploaded), Set.copyOf(portal.search(marker, true, "size=" + UPLOADS_DURING_OUTAGE).getJsonArray("hits").getValuesAs(JsonObject.class)
                .stream().map(hit -> hit.getJsonNumber("id").longValue()).toList()));
    }

    private int total(String word) throws Exception {
        HttpResponse<String> response = portal.get("/api/search?q=" + Portal.encode(word), true);
        return response.statusCode() == 200 ? Portal.json(response.body()).getInt("total") : -1;
    }

    private long readAndSearchable(String suffix, String title) throws Exception {
        long id = upload(title, marker + suffix);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (total(marker + suffix) != 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        return id;
    }

    /** Uploads during the outage: accepted (202) and read to the end (job done), though the index cannot take it yet. */
    private long readAndNotSearchable(int number) throws Exception {
        return upload("During the outage " + number + " " + marker, marker + " number " + number);
    }

    private long upload(String title, String text) throws Exception {
        String boundary = "----outage" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note-" + UUID.randomUUID()
                + ".txt\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nA note: " + text + " " + UUID.randomUUID() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"title\":\"" + title + "\",\"type\":\"policy-document\",\"visibility\":\"staff\"}\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents"))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        assertEquals(202, upload.statusCode(), upload.body());
        JsonObject answer = Portal.json(upload.body());
        long id = answer.getJsonObject("document").getJsonNumber("id").longValue();
        long job = answer.getJsonObject("job").getJsonNumber("id").longValue();
        assertEquals("done", portal.awaitJobDone(job), "job of " + title);
        return id;
    }

    private void awaitReadiness(int status, String search) throws Exception {
        URI ready = URI.create("http://localhost:" + serverPort + "/health/ready");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> health;
        do {
            health = http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() == status && health.body().contains("\"" + search + "\"")) {
                return;
            }
            Thread.sleep(300);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("readiness did not become " + status + " with " + search + ": " + health.body());
    }

    /** A TCP proxy to the cluster that can be closed (every connection cut, new ones refused) and opened again. */
    private static final class Proxy {

        private final int port;
        private final String host;
        private final int targetPort;
        private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
        private volatile ServerSocket listening;

        Proxy(int port, String host, int targetPort) {
            this.port = port;
            this.host = host;
            this.targetPort = targetPort;
        }

        void open() throws IOException {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listening = socket;
            Thread.ofVirtual().start(() -> accept(socket));
        }

        private void accept(ServerSocket socket) {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket upstream = new Socket(host, targetPort);
                    connections.add(client);
                    connections.add(upstream);
                    Thread.ofVirtual().start(() -> pipe(client, upstream));
                    Thread.ofVirtual().start(() -> pipe(upstream, client));
                } catch (IOException e) {
                    // Closed: the outage.
                }
            }
        }

        private void pipe(Socket from, Socket to) {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // One side went away.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }

        void close() {
            ServerSocket socket = listening;
            if (socket != null) {
                closeQuietly(socket);
            }
            connections.forEach(Proxy::closeQuietly);
            connections.clear();
        }

        private static void closeQuietly(java.io.Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // Already closed.
            }
        }
    }
}
