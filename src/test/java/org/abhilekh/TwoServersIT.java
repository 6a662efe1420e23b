package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two application servers serve one archive, as a site that has outgrown one machine runs it: the runnable jar twice,
 * on the same PostgreSQL schema, the same data folder (the blobs) and the same index on the search cluster. What one
 * server is told, the other knows: an upload, a published post, a login lock-out; and each says in its readiness how
 * the cluster stands. Then a node of the cluster dies (kill -9) while four readers search both servers and two
 * editors upload, one to each: searches fail, if at all, only within {@link #ERROR_WINDOW} of the kill, and every
 * acknowledged upload is searchable once the node is back (the node is killed and started again with
 * {@code bin/abhilekh-search-cluster}, so that part needs the cluster that script started in this folder). Runs where
 * both a PostgreSQL server ({@code ABHILEKH_IT_POSTGRESQL_URL}, as the PostgreSQL execution) and a cluster
 * ({@code ABHILEKH_OPENSEARCH_URLS}) are given, in the cluster execution.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersIT {

    /** How long after the kill a failed search is accepted: the cluster notices the node's loss and moves on. */
    private static final Duration ERROR_WINDOW = Duration.ofSeconds(30);
    private static final Path FOLDER = Path.of("target", "it-two-servers").toAbsolutePath();
    private static final Path CLUSTER_STATE = Path.of("target", "search-cluster", "state").toAbsolutePath();
    private static final String SCHEMA = "it_two_servers";

    private final String prefix = "abhilekh-two-" + UUID.randomUUID().toString().substring(0, 8);
    private final String marker = "twinword" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
    private final List<Process> servers = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private URI cluster;
    private String killed;
    private Portal first;
    private Portal second;

    @BeforeAll
    void startTwoServersOnOneArchive() throws Exception {
        String urls = System.getenv("ABHILEKH_OPENSEARCH_URLS");
        String database = System.getenv("ABHILEKH_IT_POSTGRESQL_URL");
        assumeTrue(urls != null && !urls.isBlank(), "needs a search cluster at ABHILEKH_OPENSEARCH_URLS");
        assumeTrue(database != null && !database.isBlank(), "needs PostgreSQL at ABHILEKH_IT_POSTGRESQL_URL");
        assumeTrue(System.getProperty("it.opensearch.prefix") != null, "runs in integration-tests-opensearch only");
        cluster = URI.create(urls.split(",")[0].strip());
        String user = System.getenv("ABHILEKH_IT_POSTGRESQL_USER");
        String password = System.getenv("ABHILEKH_IT_POSTGRESQL_PASSWORD");
        try (Connection connection = DriverManager.getConnection(database, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
        RunnableServer.deleteRecursively(FOLDER);
        java.nio.file.Files.createDirectories(FOLDER);
        String[] settings = {
                "-Dabhilekh.db.url=" + database + "?currentSchema=" + SCHEMA,
                "-Dabhilekh.db.user=" + user,
                "-Dabhilekh.db.password=" + password,
                "-Dabhilekh.search.engine=opensearch",
                "-Dabhilekh.opensearch.urls=" + urls,
                "-Dabhilekh.opensearch.index-prefix=" + prefix,
                "-Dabhilekh.seed.enabled=false"};
        // One after the other, as a rolling start does: the first creates the schema and the index, the second finds them.
        first = start(settings, "first");
        second = start(settings, "second");
    }

    private Portal start(String[] settings, String name) throws Exception {
        int port = RunnableServer.freePort();
        servers.add(RunnableServer.start(FOLDER.resolve("data"), port, FOLDER.resolve(name + ".log"), settings));
        Portal portal = new Portal(URI.create("http://localhost:" + port + "/").toURL());
        portal.awaitReady();
        return portal;
    }

    @AfterAll
    void stopBothAndDeleteTheIndex() throws Exception {
        if (killed != null) {
            cluster("start-node", killed);
        }
        for (Process server : servers) {
            RunnableServer.stop(server);
        }
        if (cluster != null) {
            http.send(HttpRequest.newBuilder(cluster.resolve("/" + prefix + "-*")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void anUploadThroughOneIsSearchableAndDownloadableThroughTheOther() throws Exception {
        byte[] note = ("A note for both servers: " + marker + " on the brick kilns of Ranchi.").getBytes(StandardCharsets.UTF_8);
        JsonObject accepted = upload(first, note, "Two servers " + marker);
        long id = accepted.getJsonObject("document").getJsonNumber("id").longValue();
        long job = accepted.getJsonObject("job").getJsonNumber("id").longValue();
        assertEquals("done", second.awaitJobDone(job), "the second server reads the job the first one ran");

        Instant done = Instant.now();
        Instant deadline = done.plus(Duration.ofSeconds(30));
        while (second.search(marker, true).getInt("total") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertEquals(1, second.search(marker, true).getInt("total"), "the second server finds what the first one read");
        System.out.printf("TwoServersIT: searchable through the second server %d ms after its job was seen done%n",
                Duration.between(done, Instant.now()).toMillis());
        assertEquals(0, second.search(marker, false).getInt("total"), "staff-only on both");
        HttpResponse<byte[]> original = http.send(HttpRequest.newBuilder(URI.create(second.base() + "/api/documents/" + id + "/file"))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, original.statusCode());
        assertArrayEquals(note, original.body(), "the second server serves the original from the shared blobs");
    }

    @Test
    void aPostPublishedOnOneIsReadAndFoundOnTheOther() throws Exception {
        String slug = "two-servers-" + marker;
        String title = "Notes from both servers " + marker;
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            first.logInAsAdmin(browser, wait);
            browser.get(first.base() + "/admin/blog/edit.xhtml");
            browser.findElement(By.id("editor:title")).sendKeys(title);
            browser.findElement(By.id("editor:slug")).sendKeys(slug);
            browser.findElement(By.id("editor:body")).sendKeys("Written on the first server, read on the second.");
            new Select(browser.findElement(By.id("editor:status"))).selectByValue("PUBLISHED");
            browser.findElement(By.id("editor:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "/blog/" + slug));
        } finally {
            browser.quit();
        }
        HttpResponse<String> page = second.get("/blog/" + slug, false);
        assertEquals(200, page.statusCode(), "the post's page on the second server");
        assertTrue(page.body().contains(title), page.body());
        assertTrue(second.get("/feed.atom", false).body().contains(title), "the second server's feed");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (second.search(marker, false, "f=type:blog-post").getInt("total") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(1, second.search(marker, false, "f=type:blog-post").getInt("total"), "the public finds the post through the second server");
    }

    @Test
    void aNameLockedOutOnOneIsLockedOutOnTheOther() throws Exception {
        String name = "nobody-" + marker;
        int status = 0;
        for (int attempt = 0; attempt < 12 && status != 429; attempt++) {
            status = basicLogin(first, name, "wrong-password-" + attempt).statusCode();
        }
        assertEquals(429, status, "the first server locks the name out after its failures");
        HttpResponse<String> elsewhere = basicLogin(second, name, "another-wrong-password");
        assertEquals(429, elsewhere.statusCode(), "the second server knows of the lock-out: " + elsewhere.body());
        assertTrue(elsewhere.headers().firstValue("Retry-After").isPresent());
        assertEquals(200, basicLogin(second, Portal.ADMIN, Portal.ADMIN_PASSWORD).statusCode(), "a lock-out reaches no other name");
    }

    @Test
    void eachServersReadinessSaysHowTheClusterStands() throws Exception {
        for (Portal server : List.of(first, second)) {
            String readiness = server.readiness();
            assertTrue(readiness.startsWith("200 ") && readiness.matches("(?s).*\"search\":\"opensearch (green|yellow)\".*"), readiness);
        }
    }

    @Test
    void whenANodeIsKilledSearchesOnBothKeepAnsweringAndEveryAcknowledgedUploadIsSearchable() throws Exception {
        assumeTrue(startedHere(), "kills a node: needs three or more nodes that bin/abhilekh-search-cluster started in this folder");
        String word = marker + "node";
        for (int i = 0; i < 4; i++) {
            uploadNote(first, word, "before " + i);
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
            Portal server = reader < 2 ? first : second;
            work.add(clients.submit(() -> {
                while (running.get()) {
                    int status = searchStatus(server, word, staff);
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
            Portal server = editor == 0 ? first : second;
            work.add(clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        acknowledged.add(uploadNote(server, word, server.base() + " upload " + i));
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
        String restarted = killed;
        killed = null;
        cluster("start-node", restarted);
        running.set(false);
        for (Future<?> each : work) {
            each.get(2, TimeUnit.MINUTES);
        }
        clients.shutdown();

        assertTrue(refusedUploads.isEmpty(), "every upload is acknowledged while a node is gone: " + refusedUploads);
        assertTrue(acknowledged.size() >= 4, "uploads went on throughout: " + acknowledged.size());
        List<Instant> late = failedSearches.stream().filter(at -> at.isAfter(kill.plus(ERROR_WINDOW))).toList();
        assertTrue(late.isEmpty(), late.size() + " searches failed later than " + ERROR_WINDOW + " after the kill");
        System.out.printf("TwoServersIT: %d searches, %d failed (all within %s of the kill); %d uploads acknowledged%n",
                searches[0], failedSearches.size(), ERROR_WINDOW, acknowledged.size());

        int expected = acknowledged.size() + 4;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (second.search(word, true, "size=1").getInt("total") != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(expected, second.search(word, true, "size=1").getInt("total"), "every acknowledged upload is searchable once the node is back");
    }

    private boolean startedHere() throws IOException {
        if (!Files.isRegularFile(CLUSTER_STATE) || System.getenv("ABHILEKH_OPENSEARCH_URLS").split(",").length < 3) {
            return false;
        }
        Map<String, String> state = new HashMap<>();
        for (String line : Files.readAllLines(CLUSTER_STATE)) {
            String[] pair = line.split("=", 2);
            state.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return String.valueOf(cluster.getPort()).equals(state.get("http_base"));
    }

    private static int searchStatus(Portal server, String word, boolean staff) {
        try {
            return server.get("/api/search?q=" + Portal.encode(word) + "&size=1", staff).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
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
        ProcessBuilder builder = new ProcessBuilder("bin/abhilekh-search-cluster", command, node).redirectErrorStream(true);
        // A node rejoins and the cluster is green again within a minute here; four say it will not.
        builder.environment().put("ABHILEKH_SEARCH_TIMEOUT", "240");
        Process script = builder.start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(10, TimeUnit.MINUTES), command);
        assertEquals(0, script.exitValue(), command + " " + node + ": " + output);
    }

    /** Uploads a small note holding the word and waits until it is read (job done); answers its document's id. */
    private long uploadNote(Portal server, String word, String title) throws IOException {
        try {
            JsonObject accepted = upload(server, ("A note: " + word + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), "Node loss " + title);
            long job = accepted.getJsonObject("job").getJsonNumber("id").longValue();
            assertEquals("done", server.awaitJobDone(job), "job of " + title);
            return accepted.getJsonObject("document").getJsonNumber("id").longValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private HttpResponse<String> basicLogin(Portal server, String name, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/jobs"))
                .header("Authorization", Portal.basic(name, password)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject upload(Portal server, byte[] content, String title) throws IOException, InterruptedException {
        String boundary = "----two" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"title\":\"" + title + "\",\"type\":\"policy-document\",\"visibility\":\"staff\"}\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpResponse<String> answer = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents"))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertEquals(202, answer.statusCode(), answer.body());
        return Portal.json(answer.body());
    }
}
