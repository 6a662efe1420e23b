package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs the built WAR on Payara Micro as an operator would, and treats it roughly: kill -9 in the
 * middle of an import right after a post edit and a deletion were acknowledged, kill -9 in the middle of a re-index,
 * a backup while it runs, a damaged index segment, and a restore of the backup into an empty folder.
 * After each, everything acknowledged is there exactly once and searchable, and the restored site
 * answers exactly as the original did. Every start is watched from outside: the moment readiness
 * says ready, the API answers as the application.
 *
 * <p>The scenarios are steps of one story, each starting on the data the one before left behind (five
 * launches; the last two run side by side), so they run in order as named dynamic tests: a report names
 * the scenario that broke, and the steps after a failed one are reported as skipped, not as failures of
 * their own.
 */
class CrashSafetyIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Duration CATCH_UP = Duration.ofMinutes(4);
    private static final Duration READY_PATIENCE = Duration.ofMinutes(12);

    private final Path dataFolder = TARGET.resolve("it-crash-data");
    private final Path restoredFolder = TARGET.resolve("it-crash-restored");
    private final Path backupFile = TARGET.resolve("it-crash-backup.zip");
    private final Path log = TARGET.resolve("it-crash.log");
    private final Path restoredLog = TARGET.resolve("it-crash-restored.log");

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    /** Acknowledged uploads: id -> [sha256, search token]. */
    private final Map<Long, String[]> acknowledged = new ConcurrentHashMap<>();

    /** What one step leaves for the next. */
    private final List<Process> running = new ArrayList<>();
    private boolean aStepFailed;
    private int port;
    private Portal portal;
    private Process server;
    private List<String> seed;
    private String editedSlug;
    private String editedTitle;
    private List<String> afterImport;
    private List<String> beforeBackup;
    private Map<String, String> siteBeforeBackup;
    private Map<String, List<String>> originalRows;

    @TestFactory
    Stream<DynamicTest> crashesADamagedIndexAndARestoreLoseNothing() {
        return Stream.of(
                step("1 kill -9 during an import keeps every acknowledged upload, the acknowledged post edit and deletion", this::killDuringImport),
                step("2 kill -9 during a re-index leaves a complete index of one generation", this::killDuringReindex),
                step("3 a backup made while the server runs is the one it lists", this::backupWhileRunning),
                step("4 a polite stop drains: readiness says DOWN and new requests get 503 with Retry-After, never a bare error",
                        this::politeStopDrains),
                step("5 the restore command refuses a folder that is not empty and restores into an empty one", this::restoreCommand),
                step("6 the restored site answers as the original did, and the damaged original rebuilds its index",
                        this::restoredAndDamagedSideBySide));
    }

    /** A step runs only if every step before it passed: it starts on what they left behind. */
    private DynamicTest step(String name, Executable body) {
        return dynamicTest(name, () -> {
            assumeFalse(aStepFailed, "skipped: an earlier step failed, and this one starts on what it would have left");
            try {
                body.execute();
            } catch (Throwable failure) {
                aStepFailed = true;
                throw failure;
            }
        });
    }

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process each : running) {
            RunnableServer.stop(each);
        }
    }

    private void killDuringImport() throws Exception {
        RunnableServer.deleteRecursively(dataFolder);
        RunnableServer.deleteRecursively(restoredFolder);
        Files.deleteIfExists(backupFile);
        // The log is appended to by every start on the same folder; an earlier run's would count its imports too.
        Files.deleteIfExists(log);
        Files.deleteIfExists(restoredLog);
        port = RunnableServer.freePort();
        portal = portal(port);

        // First start: the seed. Then an import of many files, a post edit acknowledged, and kill -9.
        Process first = start(dataFolder, port, log);
        awaitReady(portal, new ArrayList<>());
        seed = everyDocument(portal);
        assertEquals(35 + 5, seed.size(), "the seed archive and the five public seed blog posts are in once");
        assertEquals(31 + 5, portal.search("", false, "size=1").getInt("total"));

        ExecutorService uploaders = Executors.newFixedThreadPool(2);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> uploading = new ArrayList<>();
        for (int thread = 0; thread < 2; thread++) {
            uploading.add(uploaders.submit(() -> uploadUntilRefused(portal, next)));
        }
        awaitAcknowledged(20, uploading);
        JsonObject post = Portal.json(portal.get("/api/posts?size=1", false).body()).getJsonArray("posts").getJsonObject(0);
        editedSlug = post.getString("slug");
        // Letters and digits mixed, not a run of digits that reads like a phone number to the safeguarding checks.
        editedTitle = post.getString("title") + " (revised " + Long.toString(Instant.now().getEpochSecond(), 36) + ")";
        editPostTitle(portal, post.getString("title"), editedTitle);
        // A deletion acknowledged just before the kill: the index had not committed it (it commits every 15 s); the
        // record the deletion wrote in its own transaction must make it at the next start.
        JsonObject doomed = portal.search("Sahibganj station rescue", true).getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(hit -> hit.getString("url").contains("document.xhtml")).findFirst().orElseThrow();
        String deleted = doomed.getJsonNumber("id") + " " + doomed.getString("title");
        assertEquals(204, portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + doomed.getJsonNumber("id")))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).DELETE().build()).statusCode());
        first.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        uploaders.shutdown();
        assertTrue(uploaders.awaitTermination(2, TimeUnit.MINUTES));
        for (Future<?> each : uploading) {
            each.get();
        }
        assertTrue(acknowledged.size() >= 20, "uploads were acknowledged before the kill: " + acknowledged.size());

        // After the kill: every acknowledged upload is there once and becomes searchable by itself; the edit is kept.
        server = start(dataFolder, port, log);
        awaitReady(portal, new ArrayList<>());
        assertEquals(editedTitle, Portal.json(portal.get("/api/posts/" + editedSlug, false).body()).getString("title"),
                "the acknowledged post edit survived the kill");
        awaitEveryAcknowledgedSearchable(portal);
        afterImport = everyDocument(portal);
        // By id: the edited post's title changed on purpose.
        assertFalse(afterImport.contains(deleted), "the document deleted just before the kill is not found: " + deleted);
        seed = seed.stream().filter(line -> !line.equals(deleted)).toList();
        assertTrue(ids(afterImport).containsAll(ids(seed)), "every other seed document and post is still found");
        for (Map.Entry<Long, String[]> upload : acknowledged.entrySet()) {
            JsonObject document = Portal.json(portal.get("/api/documents/" + upload.getKey(), true).body());
            assertEquals(upload.getValue()[0], document.getString("sha256"));
            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/"
                    + upload.getKey() + "/file")).header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(upload.getValue()[0], sha256(file.body()), "the stored original of document " + upload.getKey());
        }
    }

    private void killDuringReindex() throws Exception {
        HttpResponse<String> reindex = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/admin/reindex"))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(202, reindex.statusCode(), reindex.body());
        awaitRebuildUnderWay(portal);
        server.destroyForcibly().waitFor(60, TimeUnit.SECONDS);

        server = start(dataFolder, port, log);
        awaitReady(portal, new ArrayList<>());
        assertEquals(afterImport, everyDocument(portal), "the index is complete after a re-index was killed");
        try (Stream<Path> generations = Files.list(dataFolder.resolve("index"))) {
            assertEquals(1, generations.filter(Files::isDirectory).count(), "the interrupted generation was cleared away");
        }
    }

    private void backupWhileRunning() throws Exception {
        beforeBackup = everyDocument(portal);
        siteBeforeBackup = site(portal);
        ProcessBuilder command = new ProcessBuilder("bin/abhilekh-backup", "--url", "http://localhost:" + port, "--user", Portal.ADMIN,
                "--output", backupFile.toString()).redirectErrorStream(true).redirectOutput(TARGET.resolve("it-crash-backup.out").toFile());
        command.environment().put("ABHILEKH_PASSWORD", Portal.ADMIN_PASSWORD);
        assertEquals(0, command.start().waitFor(), Files.readString(TARGET.resolve("it-crash-backup.out")));
        JsonObject listed = Portal.json("{\"backups\":" + portal.get("/api/admin/backups", true).body() + "}");
        assertEquals(1, listed.getJsonArray("backups").size());
        assertEquals(Files.size(backupFile), listed.getJsonArray("backups").getJsonObject(0).getJsonNumber("size").longValue(),
                "the downloaded backup is the one in the data folder");
        assertEquals(401, portal.get("/api/admin/backups", false).statusCode(), "strangers learn nothing of backups");
    }

    /**
     * SIGTERM, as a service manager sends it; then what a reader, a program and a load balancer get. Until the
     * signal is handled they get ordinary answers; from then on 503 with Retry-After (a problem document for the
     * API) and readiness DOWN, never an empty 500. Polling stops after two rounds of the drain's answers, well inside
     * the five seconds these servers drain for (two by default), so a slow machine stays inside it too.
     */
    private void politeStopDrains() throws Exception {
        server.destroy();
        Instant deadline = Instant.now().plusSeconds(30);
        int roundsDraining = 0;
        while (Instant.now().isBefore(deadline) && roundsDraining < 2) {
            boolean draining = drainingOrOrdinary(portal.get("/api/posts?size=1", false), "application/problem+json", "\"status\":503");
            draining |= drainingOrOrdinary(portal.get("/search/?q=mica", false), "text/html", "अभिलेख फिर से शुरू");
            HttpResponse<String> ready = portal.get("/health/ready", false);
            if (ready.statusCode() != 200) {
                assertEquals(503, ready.statusCode(), "readiness while draining: " + ready.body());
                assertTrue(ready.body().contains("\"stopping\":\"true\""), "readiness says why: " + ready.body());
                draining = true;
            }
            roundsDraining += draining ? 1 : 0;
        }
        assertTrue(roundsDraining > 0, "the server drained before it stopped");
        if (!server.waitFor(90, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not stop within 90 s of draining; its threads then:\n" + threadsOf(server));
        }
        assertEquals(143, server.exitValue(), "a stop by SIGTERM ends as the JVM's own handling would");
    }

    /**
     * The stack of every thread of a server that would not stop, as {@code jcmd Thread.print} gives it, kept in the
     * target folder; answered are the threads that run the application's code or wait on a lock, for the failure.
     */
    private static String threadsOf(Process stuck) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(stuck.pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(60, TimeUnit.SECONDS);
            Path file = Path.of("target", "it-crash-stuck-threads.txt");
            Files.writeString(file, dump);
            String telling = java.util.Arrays.stream(dump.split("\n\n"))
                    .filter(thread -> thread.contains("org.abhilekh") || thread.contains("BLOCKED") || thread.contains("Shutdown"))
                    .collect(java.util.stream.Collectors.joining("\n\n"));
            return telling + "\n(all threads in " + file.toAbsolutePath() + ")";
        } catch (IOException | InterruptedException e) {
            return "(its threads could not be read: " + e + ")";
        }
    }

    /** True for the drain's answer (503, Retry-After, the given type and text); an ordinary answer is a 200. */
    private static boolean drainingOrOrdinary(HttpResponse<String> answer, String drainType, String drainText) {
        if (answer.statusCode() == 200) {
            return false;
        }
        String path = answer.uri().getPath();
        assertEquals(503, answer.statusCode(), path + " while draining: " + excerpt(answer.body()));
        assertEquals("30", answer.headers().firstValue("Retry-After").orElse(""), path + " says when to come back");
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(drainType), path + " answers " + drainType);
        assertTrue(answer.body().contains(drainText), path + " says what is happening: " + excerpt(answer.body()));
        return true;
    }

    private void restoreCommand() throws Exception {
        originalRows = rows(dataFolder);
        damageTheIndex(dataFolder);
        Process restore = restore(backupFile, restoredFolder);
        String restoreOutput = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, restore.waitFor(), restoreOutput);
        assertTrue(restoreOutput.contains("Index restored from the backup's snapshot."), restoreOutput);
        Process refused = restore(backupFile, restoredFolder);
        String refusal = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, refused.waitFor(), refusal);
        assertTrue(refusal.contains("Restore refused: The folder " + restoredFolder + " is not empty."), refusal);
    }

    private void restoredAndDamagedSideBySide() throws Exception {
        int restoredPort = RunnableServer.freePort();
        Portal restoredPortal = portal(restoredPort);
        Process restored = start(restoredFolder, restoredPort, restoredLog);
        Process damaged = start(dataFolder, port, log);
        List<String> statusesSeen = new ArrayList<>();
        awaitReady(portal, statusesSeen);
        awaitReady(restoredPortal, new ArrayList<>());

        assertEquals(beforeBackup, everyDocument(restoredPortal), "the restored site has every document, each once");
        assertEquals(siteBeforeBackup, site(restoredPortal), "documents, posts, comments and kits answer exactly as before");
        String restoredHealth = restoredPortal.get("/health/ready", false).body();
        assertFalse(restoredHealth.contains("indexRebuild"), "the restored index snapshot was used as it is: " + restoredHealth);

        String health = portal.get("/health/ready", false).body();
        assertTrue(health.contains("complete: the index in gen-"), health);
        assertTrue(health.contains("was damaged"), health);
        assertEquals(beforeBackup, everyDocument(portal), "the rebuilt index holds every document again");
        assertTrue(Files.readString(log).contains("is damaged and is rebuilt from the database"));
        statusesSeen.forEach(status -> assertTrue(status.startsWith("rebuilding from the database") || status.startsWith("complete: "), status));
        RunnableServer.stop(restored);
        RunnableServer.stop(damaged);

        assertBackupRowsAgree(originalRows, rows(restoredFolder));
        String output = Files.readString(log);
        assertEquals(1, output.split("Seed archive imported", -1).length - 1, "the seed import ran on the first start only");
        assertEquals(1, output.split("Seed blog imported", -1).length - 1, "the seed blog too");
        assertFalse(Files.readString(restoredLog).contains("Seed archive imported"), "a restored site imports no seed over its data");
    }

    /** Uploads small, distinct text files one after another until the server stops answering. */
    private Void uploadUntilRefused(Portal portal, AtomicInteger next) {
        while (true) {
            int n = next.incrementAndGet();
            String token = "qcrash" + letters(n);
            String text = "Crash safety upload number " + n + ". The brick kiln survey of district " + token
                    + " records children at work. बाल श्रम सर्वेक्षण " + n + ".\n";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String boundary = "----crash" + n;
            String metadata = "{\"title\":\"Crash upload " + n + "\",\"type\":\"research-paper\",\"authors\":[\"Crash tests\"],\"visibility\":\"staff\"}";
            byte[] body = multipart(boundary, "crash-" + n + ".txt", bytes, metadata);
            try {
                HttpResponse<String> answer = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
                if (answer.statusCode() != 202) {
                    throw new IllegalStateException("Upload " + n + " answered " + answer.statusCode() + ": " + answer.body());
                }
                acknowledged.put(Portal.json(answer.body()).getJsonObject("document").getJsonNumber("id").longValue(), new String[] {sha256(bytes), token});
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static byte[] multipart(String boundary, String name, byte[] file, String metadata) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n";
        String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + metadata + "\r\n--" + boundary + "--\r\n";
        byte[] a = head.getBytes(StandardCharsets.UTF_8);
        byte[] c = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + file.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(file, 0, all, a.length, file.length);
        System.arraycopy(c, 0, all, a.length + file.length, c.length);
        return all;
    }

    /** A word of letters only for a number, so no analyzer splits or stems it: 1 -> b, 27 -> bb. */
    private static String letters(int n) {
        StringBuilder word = new StringBuilder();
        for (int rest = n; rest > 0; rest /= 26) {
            word.append((char) ('a' + rest % 26));
        }
        return word.toString();
    }

    private void awaitAcknowledged(int count, List<Future<?>> uploading) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (acknowledged.size() < count) {
            for (Future<?> uploader : uploading) {
                if (uploader.isDone()) {
                    uploader.get();
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Only " + acknowledged.size() + " uploads were acknowledged in three minutes");
            }
            Thread.sleep(100);
        }
    }

    /** Logs in as the admin in Chromium, changes a post's title in the editor and saves; returns once "Saved." shows. */
    private static void editPostTitle(Portal portal, String title, String newTitle) {
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            logIn(browser, wait, portal);
            browser.get(portal.base() + "/admin/blog/posts.xhtml");
            browser.findElement(By.linkText(title)).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:title")));
            browser.findElement(By.id("editor:title")).clear();
            browser.findElement(By.id("editor:title")).sendKeys(newTitle);
            browser.findElement(By.id("editor:save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.notice[role=status]")));
        } catch (WebDriverException e) {
            throw new AssertionError("Editing the post in the browser stopped at " + browser.getCurrentUrl() + ", which shows: "
                    + excerpt(browser.findElement(By.tagName("body")).getText()), e);
        } finally {
            browser.quit();
        }
    }

    private static void logIn(WebDriver browser, WebDriverWait wait, Portal portal) {
        portal.logInAsAdmin(browser, wait);
        if (browser.findElements(By.id("logout")).isEmpty()) {
            throw new AssertionError("The login did not log in; it landed on " + browser.getCurrentUrl() + ", which shows: "
                    + excerpt(browser.findElement(By.tagName("body")).getText()));
        }
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 1500 ? oneLine.substring(0, 1500) + "…" : oneLine;
    }

    /** Polls as admin until each acknowledged upload is found by its own word, exactly once, as itself. */
    private void awaitEveryAcknowledgedSearchable(Portal portal) throws Exception {
        Instant deadline = Instant.now().plus(CATCH_UP);
        Set<Long> waiting = new TreeSet<>(acknowledged.keySet());
        while (!waiting.isEmpty()) {
            for (Long id : List.copyOf(waiting)) {
                // Stemming may let one made-up word match a neighbour's ("...b" and "...bs"); what counts is this document, once.
                JsonObject result = portal.search(acknowledged.get(id)[1], true, "size=50");
                long found = result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                        .filter(hit -> hit.getJsonNumber("id").longValue() == id).count();
                assertTrue(found <= 1, "upload " + id + " is found more than once");
                if (found == 1) {
                    waiting.remove(id);
                }
            }
            if (!waiting.isEmpty()) {
                assertTrue(Instant.now().isBefore(deadline), "not searchable after " + CATCH_UP + ": " + waiting);
                Thread.sleep(1000);
            }
        }
    }

    private static void awaitRebuildUnderWay(Portal portal) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonObject status = Portal.json(portal.get("/api/admin/reindex", true).body());
            if (!status.getBoolean("running", false) || status.getInt("documents", 0) > 0) {
                return;
            }
            Thread.sleep(20);
        }
    }

    /**
     * Waits for readiness, keeping every index-rebuild status it saw on the way. More patient than the
     * Arquillian tests: two servers may start side by side here, on a machine that also builds.
     *
     * <p>Start-up as a client sees it: the port stays closed until the application is deployed, and from the
     * first answer on, readiness and the API both answer as the application (never a container page or an empty
     * 500); the moment readiness says 200 the API answers 200. Searches answer while the index is rebuilt.
     */
    private static void awaitReady(Portal portal, List<String> seen) throws Exception {
        Instant started = Instant.now();
        Instant deadline = started.plus(READY_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> health;
            try {
                health = portal.get("/health/ready", false);
            } catch (IOException notListeningYet) {
                Thread.sleep(100);
                continue;
            }
            String body = health.body();
            assertTrue((health.statusCode() == 200 || health.statusCode() == 503) && body.contains("\"name\":\"abhilekh\""),
                    "readiness answers as the application from its first answer: " + describe("/health/ready", health, started));
            HttpResponse<String> posts = portal.get("/api/posts?size=1", false);
            assertTrue(posts.statusCode() == 200 && posts.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    "the API answers as the application from the first answer on the port: " + describe("/api/posts", posts, started));
            assertTrue(posts.headers().firstValue("Server").isEmpty(), "the runnable jar, started plainly, names no server");
            int at = body.indexOf("\"indexRebuild\"");
            if (at >= 0) {
                int start = body.indexOf('"', body.indexOf(':', at)) + 1;
                seen.add(body.substring(start, body.indexOf('"', start)));
                if (health.statusCode() != 200) {
                    HttpResponse<String> search = portal.get("/api/search?q=kiln", true);
                    assertEquals(200, search.statusCode(), "search answers during the rebuild: " + search.body());
                }
            }
            if (health.statusCode() == 200) {
                return;
            }
            if (body.contains("\"problem\"")) {
                throw new IllegalStateException("The application failed to start: " + body);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application did not become ready within " + READY_PATIENCE);
    }

    private static String describe(String path, HttpResponse<String> answer, Instant started) {
        return String.format(Locale.ROOT, "%s after %.1f s: %d %s %s", path, Duration.between(started, Instant.now()).toMillis() / 1000.0,
                answer.statusCode(), answer.headers().firstValue("Content-Type").orElse("(no type)"), excerpt(answer.body()));
    }

    /** What a visitor and the admin see: every document's record, every post with comments, every kit. */
    private static Map<String, String> site(Portal portal) throws Exception {
        Map<String, String> site = new TreeMap<>();
        for (String line : everyDocument(portal)) {
            String id = line.substring(0, line.indexOf(' '));
            if (Long.parseLong(id) > 0) {
                site.put("document " + id, portal.get("/api/documents/" + id, true).body());
            }
        }
        JsonObject posts = Portal.json(portal.get("/api/posts?size=50", false).body());
        for (JsonObject post : posts.getJsonArray("posts").getValuesAs(JsonObject.class)) {
            String slug = post.getString("slug");
            site.put("post " + slug, portal.get("/api/posts/" + slug, false).body());
        }
        site.put("kits", portal.get("/api/presskits", true).body());
        site.put("search", portal.search("Koderma mica supply chain", false).toString());
        return site;
    }

    private static Set<String> ids(List<String> documents) {
        return new TreeSet<>(documents.stream().map(line -> line.substring(0, line.indexOf(' '))).toList());
    }

    /** Every document a staff member can find, as "id title", sorted. */
    private static List<String> everyDocument(Portal portal) throws Exception {
        TreeSet<String> all = new TreeSet<>();
        int total = portal.search("", true, "size=1").getInt("total");
        for (int page = 1; (page - 1) * 100 < total; page++) {
            JsonObject result = portal.search("", true, "size=100", "page=" + page);
            result.getJsonArray("hits").getValuesAs(JsonObject.class)
                    .forEach(hit -> all.add(hit.getJsonNumber("id") + " " + hit.getString("title")));
        }
        assertEquals(total, all.size(), "no document is listed twice");
        return List.copyOf(all);
    }

    /** Flips bytes in the middle of the largest file of the current index generation, as a failing disk would. */
    private static void damageTheIndex(Path data) throws IOException {
        Path index = data.resolve("index");
        Path generation = index.resolve(Files.readString(index.resolve("current")).strip());
        Path largest;
        try (Stream<Path> files = Files.list(generation)) {
            largest = files.filter(Files::isRegularFile).max(Comparator.comparingLong(CrashSafetyIT::size)).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            long middle = file.length() / 2;
            byte[] bytes = new byte[16];
            file.seek(middle);
            file.readFully(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] ^= (byte) 0x5a;
            }
            file.seek(middle);
            file.write(bytes);
        }
    }

    /**
     * The restored database holds every row the backup holds, as the original had it: the original,
     * read after its last stop, differs only by what happened after the backup (its own audit entry).
     */
    private void assertBackupRowsAgree(Map<String, List<String>> original, Map<String, List<String>> restored) throws IOException {
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            JsonObject manifest;
            try (InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
                manifest = Portal.json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (JsonObject table : manifest.getJsonArray("tables").getValuesAs(JsonObject.class)) {
                String name = table.getString("name");
                Set<String> ids = new TreeSet<>();
                try (InputStream in = zip.getInputStream(zip.getEntry("rows/" + name + ".jsonl"))) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank()) {
                            String first = jakarta.json.Json.createReader(new java.io.StringReader(line)).readArray().get(0).toString();
                            ids.add(first.replace("\"", ""));
                        }
                    }
                }
                assertEquals(table.getJsonNumber("rows").longValue(), ids.size(), name);
                List<String> inOriginal = original.get(name).stream().filter(row -> ids.contains(row.substring(0, row.indexOf('|')))).toList();
                List<String> inRestored = restored.get(name).stream().filter(row -> ids.contains(row.substring(0, row.indexOf('|')))).toList();
                assertEquals(ids.size(), inRestored.size(), "every backed-up row of " + name + " is in the restored database");
                assertEquals(inOriginal, inRestored, "the rows of " + name + " are as the original had them");
            }
        }
    }

    /** Every table's rows of a stopped installation's H2 database, each as "firstColumn|col=value|...". */
    private static Map<String, List<String>> rows(Path data) throws IOException {
        String url = "jdbc:h2:file:" + data.resolve("db").resolve("abhilekh") + ";ACCESS_MODE_DATA=r";
        Map<String, List<String>> all = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, "abhilekh", "abhilekh")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    tables.add(result.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery("select * from \"" + table + "\" order by 1")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(String.valueOf(result.getString(1)).strip());
                        for (int i = 1; i <= columns; i++) {
                            row.append('|').append(result.getMetaData().getColumnLabel(i)).append('=').append(result.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                all.put(table.toLowerCase(Locale.ROOT), rows);
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the database in " + data, e);
        }
        return all;
    }

    private Process restore(Path backup, Path folder) throws IOException {
        ProcessBuilder command = new ProcessBuilder("bin/abhilekh-restore", backup.toString(), folder.toString()).redirectErrorStream(true);
        command.environment().put("ABHILEKH_WAR", System.getProperty("abhilekh.war"));
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return command.start();
    }

    private static Portal portal(int port) throws IOException {
        return new Portal(URI.create("http://localhost:" + port + "/").toURL());
    }

    /** Starts the runnable jar as the README does, draining five seconds on a stop. */
    private Process start(Path data, int port, Path log) throws IOException {
        Process started = RunnableServer.start(data, port, log, "-Dabhilekh.shutdown.drain-millis=5000");
        running.add(started);
        return started;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
