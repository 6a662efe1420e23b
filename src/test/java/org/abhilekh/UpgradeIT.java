package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Today's build started on a data folder written by the previous release (H2 database, blobs and index, as
 * {@code src/test/upgrade/write-data-folder.sh} left them, with that release's answers beside them): an
 * installation upgrades in place and finds everything it had. Each check compares today's answer with the one
 * the previous release gave; the only items allowed beyond those are the ones a check here adds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpgradeIT {

    private static final String RELEASE = "0.1";
    private static final String ADDED_TITLE = "Added after the upgrade";
    private static final Path FOLDER = Path.of("target", "it-upgrade-" + RELEASE).toAbsolutePath();

    private Process server;
    private Portal portal;

    @BeforeAll
    void startTodaysBuildOnThePreviousReleasesData() throws Exception {
        RunnableServer.deleteRecursively(FOLDER);
        unzip("/upgrade/data-" + RELEASE + ".zip", FOLDER);
        int port = RunnableServer.freePort();
        // The previous release's searches knew no English-Hindi dictionary; what it adds is measured by the relevance
        // tests, so here it stays off and the answers compare what the upgrade kept.
        server = RunnableServer.start(FOLDER.resolve("data"), port, FOLDER.resolve("server.log"), "-Dabhilekh.search.dictionary=none");
        portal = new Portal(URI.create("http://localhost:" + port + "/").toURL());
        portal.awaitReady();
    }

    @AfterAll
    void stop() throws InterruptedException {
        RunnableServer.stop(server);
    }

    @Test
    void staffFindEveryItemThePreviousReleaseHadUnderItsTitle() throws Exception {
        assertEquals(expected("staff-items.tsv"), withoutAdded(every(true)));
    }

    @Test
    void thePublicFindsExactlyWhatItFoundBeforeAndNothingHeldOrStaffOnly() throws Exception {
        assertEquals(expected("public-items.tsv"), withoutAdded(every(false)));
    }

    @Test
    void everyOriginalDownloadsByteForByte() throws Exception {
        for (String line : expected("originals.tsv")) {
            String[] idAndDigest = line.split("\t");
            HttpResponse<byte[]> file = portal.download("/api/documents/" + idAndDigest[0] + "/file", true);
            assertEquals(200, file.statusCode(), "document " + idAndDigest[0]);
            assertEquals(idAndDigest[1], sha256(file.body()), "the original of document " + idAndDigest[0]);
        }
    }

    @Test
    void englishHindiAndPhraseSearchesFindTheSameItemsForStaffAndThePublic() throws Exception {
        for (String line : expected("searches.tsv")) {
            String[] audienceQueryKeys = line.split("\t", -1);
            boolean staff = "staff".equals(audienceQueryKeys[0]);
            JsonObject result = portal.search(audienceQueryKeys[1], staff, "size=100");
            TreeSet<String> found = result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                    .filter(hit -> !hit.getString("title").startsWith(ADDED_TITLE))
                    .map(hit -> hit.getString("kind") + ":" + hit.getJsonNumber("id")).collect(Collectors.toCollection(TreeSet::new));
            TreeSet<String> before = Arrays.stream(audienceQueryKeys[2].split(" ")).filter(key -> !key.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(before, found, audienceQueryKeys[0] + " search for " + audienceQueryKeys[1]);
        }
    }

    @Test
    void withheldPassagesStayWithheld() throws Exception {
        for (String line : expected("withheld.tsv")) {
            String[] idAndPassage = line.split("\t");
            JsonObject document = Portal.json(portal.get("/api/documents/" + idAndPassage[0], true).body());
            assertEquals(List.of(idAndPassage[1]), document.getJsonArray("withheldPassages").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList());
            assertEquals(0, portal.search("\"" + idAndPassage[1] + "\"", false).getInt("total"), "the public does not find " + idAndPassage[1]);
        }
    }

    @Test
    void postsKeepTheirCommentsAndKitsTheirEntries() throws Exception {
        List<String> posts = new ArrayList<>();
        for (JsonObject post : Portal.json(portal.get("/api/posts?size=50", false).body()).getJsonArray("posts").getValuesAs(JsonObject.class)) {
            JsonObject whole = Portal.json(portal.get("/api/posts/" + post.getString("slug"), false).body());
            posts.add(whole.getString("slug") + "\t" + whole.getInt("commentCount") + "\t" + whole.getString("title"));
        }
        assertEquals(expected("posts.tsv"), new TreeSet<>(posts));
        List<String> kits = Portal.json("{\"kits\":" + portal.get("/api/presskits", true).body() + "}").getJsonArray("kits")
                .getValuesAs(JsonObject.class).stream().map(kit -> kit.getString("slug") + "\t" + kit.getBoolean("published") + "\t"
                        + kit.getJsonArray("entries").size() + "\t" + kit.getString("title")).toList();
        assertEquals(expected("kits.tsv"), new TreeSet<>(kits));
    }

    @Test
    void colleaguesLogInWithThePasswordsTheyChoseAndNoOther() throws Exception {
        for (String line : expected("passwords.tsv")) {
            String[] userAndPassword = line.split("\t");
            assertEquals(200, asUser(userAndPassword[0], userAndPassword[1]).statusCode(), userAndPassword[0] + " logs in");
            assertEquals(401, asUser(userAndPassword[0], userAndPassword[1] + "x").statusCode(), userAndPassword[0] + " with a wrong password");
        }
    }

    @Test
    void theUpgradedArchiveTakesANewUploadAndFindsIt() throws Exception {
        String word = "upgradedword" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
        String boundary = "----upgrade" + word;
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"added.txt\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nWritten after the upgrade: " + word + " बाल श्रम.\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"title\":\"" + ADDED_TITLE + " " + word + "\",\"type\":\"policy-document\",\"visibility\":\"staff\"}\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents"))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        assertEquals(202, upload.statusCode(), upload.body());
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (portal.search(word, true).getInt("total") == 0) {
            assertTrue(System.nanoTime() < deadline, "the upload was not found within two minutes");
            Thread.sleep(500);
        }
        assertEquals(0, portal.search(word, false).getInt("total"), "a staff-only upload stays staff-only");
    }

    /** Every item found by an empty search, as "kind:id", a tab and its title. */
    private TreeSet<String> every(boolean staff) throws Exception {
        TreeSet<String> all = new TreeSet<>();
        int total = portal.search("", staff, "size=1").getInt("total");
        for (int page = 1; (page - 1) * 100 < total; page++) {
            portal.search("", staff, "size=100", "page=" + page).getJsonArray("hits").getValuesAs(JsonObject.class)
                    .forEach(hit -> all.add(hit.getString("kind") + ":" + hit.getJsonNumber("id") + "\t" + hit.getString("title")));
        }
        assertEquals(total, all.size(), "no item is listed twice");
        return all;
    }

    private static TreeSet<String> withoutAdded(TreeSet<String> items) {
        items.removeIf(item -> item.contains("\t" + ADDED_TITLE));
        return items;
    }

    private HttpResponse<String> asUser(String user, String password) throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/search?q=kiln"))
                .header("Authorization", Portal.basic(user, password)).build());
    }

    /** The previous release's answers, one per line. */
    private static TreeSet<String> expected(String name) throws IOException {
        return new TreeSet<>(Files.readAllLines(FOLDER.resolve("expected").resolve(name), StandardCharsets.UTF_8));
    }

    private static void unzip(String resource, Path folder) throws IOException {
        try (InputStream zipped = UpgradeIT.class.getResourceAsStream(resource); ZipInputStream zip = new ZipInputStream(zipped)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
