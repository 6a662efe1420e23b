package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built WAR on Payara Micro with the seed archive loaded from an empty data folder: search over
 * HTTP in both languages, exact facet counts, visibility for anonymous and staff callers, uploads
 * and the portal in a real Chromium. Uploads in here are staff-only, so the public counts stay those
 * of the seed archive whatever order the tests run in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveIT {

    private static final String HINDI_CLIPPING = "ईंट-भट्ठों पर बच्चों से मजदूरी रोकने के लिए दुमका की 25 पंचायतों में बनेगी निगरानी समिति";
    private static final String MICA_PAPER = "Behind the Shine: Children, Households and the Mica Supply Chain in Koderma and Giridih";
    private static final String STAFF_DEBRIEF = "Internal Debrief: Operation Nilgiri — Rescue of 14 Adolescents from a Spinning Mill Hostel";

    @ArquillianResource
    URL deployed;

    private Portal portal;

    @Deployment(testable = false)
    static WebArchive war() {
        return Portal.builtWar();
    }

    @BeforeEach
    void ready() throws IOException, InterruptedException {
        portal = new Portal(deployed);
        portal.awaitReady();
    }

    @Test
    void aHindiWordFindsTheHindiClippingAndAnEnglishOneTheEnglishPaper() throws Exception {
        JsonObject hindi = portal.search("ईंट-भट्ठों निगरानी समिति", false);
        assertEquals(HINDI_CLIPPING, firstTitle(hindi));
        assertEquals("hi", hindi.getJsonArray("hits").getJsonObject(0).getString("language"));
        assertTrue(hindi.getJsonArray("hits").getJsonObject(0).getString("snippet").contains("<mark>"));
        String page = portal.get(hindi.getJsonArray("hits").getJsonObject(0).getString("url"), false).body();
        assertTrue(page.contains(HINDI_CLIPPING) && page.contains("Jharkhand Darpan"), "the document page shows title and outlet");

        JsonObject english = portal.search("Koderma mica supply chain", false);
        assertEquals(MICA_PAPER, firstTitle(english));
        assertEquals("research-paper", english.getJsonArray("hits").getJsonObject(0).getString("type"));
    }

    @Test
    void facetCountsOverThePublicArchiveAreExact() throws Exception {
        JsonObject all = portal.search("", false, "size=1");
        // The seed archive's 31 public documents and the seed blog's 5 published posts (3 English, 2 Hindi, all 2025).
        assertEquals(31 + 5, all.getInt("total"));
        assertEquals(Map.of("press-clipping", 12, "research-paper", 5, "panel-notes", 4, "policy-document", 4,
                "training-module", 4, "photo", 2, "blog-post", 5), counts(all, "type"));
        assertEquals(Map.of("en", 16 + 3, "hi", 14 + 2, "mixed", 1), counts(all, "language"));
        assertEquals(List.of("2025", "2024", "2023", "2022", "2021", "2020", "2019"), List.copyOf(counts(all, "year").keySet()));
        assertEquals(Map.of("2025", 3 + 5, "2024", 4, "2023", 7, "2022", 4, "2021", 5, "2020", 4, "2019", 4), counts(all, "year"));
    }

    @Test
    void aLanguageFilterNarrowsToThatLanguageAndKeepsTheOthersCounted() throws Exception {
        JsonObject hindi = portal.search("", false, "f=language:hi", "size=50");
        assertEquals(14 + 2, hindi.getInt("total"));
        assertEquals(14 + 2, hindi.getJsonArray("hits").size());
        hindi.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(hit -> assertEquals("hi", hit.getString("language")));
        assertEquals(Map.of("en", 16 + 3, "hi", 14 + 2, "mixed", 1), counts(hindi, "language"));
        assertEquals(Map.of("press-clipping", 7, "policy-document", 2, "training-module", 2, "panel-notes", 1, "photo", 1,
                "research-paper", 1, "blog-post", 2), counts(hindi, "type"));
    }

    @Test
    void anonymousCallersNeverLearnOfStaffOnlyDocuments() throws Exception {
        assertEquals(0, portal.search("Nilgiri", false).getInt("total"));
        assertEquals(0, portal.search("गोपनीय", false).getInt("total"));
        JsonObject everything = portal.search("", false, "size=100");
        everything.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(hit -> assertFalse(hit.getBoolean("staffOnly")));

        JsonObject staff = portal.search("Nilgiri", true);
        assertEquals(STAFF_DEBRIEF, firstTitle(staff));
        assertTrue(staff.getJsonArray("hits").getJsonObject(0).getBoolean("staffOnly"));
        assertEquals(1, portal.search("गोपनीय", true).getInt("total"));
        assertTrue(portal.search("", true, "size=1").getInt("total") >= 35 + 5);

        long id = staff.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue();
        for (String path : List.of("/api/documents/" + id, "/api/documents/" + id + "/file", "/archive/document.xhtml?id=" + id)) {
            HttpResponse<String> anonymous = portal.get(path, false);
            assertEquals(404, anonymous.statusCode(), path);
            assertFalse(anonymous.body().contains("Nilgiri"), path);
            assertEquals(200, portal.get(path, true).statusCode(), path);
        }
    }

    @Test
    void completionsSpellingSimilarDocumentsFeedsAndExportsKeepStaffMaterialFromThePublic() throws Exception {
        long debrief = portal.search("Nilgiri", true).getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue();

        String publicCompletions = portal.get("/api/suggest?q=" + Portal.encode("Operation Nil"), false).body();
        assertFalse(publicCompletions.contains("Nilgiri"), publicCompletions);
        assertTrue(portal.get("/api/suggest?q=" + Portal.encode("Operation Nil"), true).body().contains("Nilgiri"));
        assertTrue(portal.get("/api/suggest?q=mic", false).body().contains("Mica Supply Chain"));

        assertTrue(portal.search("Nilgri", false).isNull("suggestion"), "a staff-only word is never suggested to the public");
        assertEquals("nilgiri", portal.search("Nilgri", true).getString("suggestion"));

        assertEquals(404, portal.get("/api/documents/" + debrief + "/similar", false).statusCode());
        HttpResponse<String> similar = portal.get("/api/documents/" + debrief + "/similar", true);
        assertEquals(200, similar.statusCode());
        long mica = portal.search("Koderma mica supply chain", false).getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue();
        String publicSimilar = portal.get("/api/documents/" + mica + "/similar", false).body();
        assertFalse(publicSimilar.contains("\"staffOnly\":true"), publicSimilar);

        HttpResponse<String> feed = portal.get("/api/search/feed.atom?q=" + Portal.encode("मानव तस्करी"), false);
        assertEquals(200, feed.statusCode());
        javax.xml.parsers.DocumentBuilderFactory parsers = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
        parsers.setNamespaceAware(true);
        org.w3c.dom.Document atom = parsers.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", atom.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        assertTrue(atom.getElementsByTagName("entry").getLength() > 0);
        String staffOnlyFeed = portal.get("/api/search/feed.atom?q=Nilgiri", false).body();
        assertFalse(staffOnlyFeed.contains("<entry>"), "the feed of a staff-only word has no entries: " + staffOnlyFeed);
        assertFalse(staffOnlyFeed.contains("Spinning Mill"), staffOnlyFeed);

        assertEquals(401, portal.get("/api/search/results.csv?q=trafficking", false).statusCode());
        HttpResponse<String> csv = portal.get("/api/search/results.csv?q=Nilgiri", true);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("id,title,type,date,language,outlet,staff_only,url"), csv.body());
        assertTrue(csv.body().contains(STAFF_DEBRIEF), csv.body());
    }

    @Test
    void anAdministratorRebuildsTheIndexWhileSearchesKeepAnswering() throws Exception {
        assertEquals(401, portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/admin/reindex"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        int before = portal.search("", false, "size=1").getInt("total");
        HttpResponse<String> started = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/admin/reindex"))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(202, started.statusCode(), started.body());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject status;
        do {
            assertEquals(before, portal.search("", false, "size=1").getInt("total"), "searches answer during the rebuild");
            Thread.sleep(300);
            status = Portal.json(portal.get("/api/admin/reindex", true).body());
        } while (status.getBoolean("running") && Instant.now().isBefore(deadline));
        assertFalse(status.getBoolean("running"), status.toString());
        assertTrue(status.isNull("problem"), status.toString());
        assertTrue(status.getJsonNumber("indexed").longValue() >= 35, status.toString());
        assertEquals(before, portal.search("", false, "size=1").getInt("total"));
        assertEquals(HINDI_CLIPPING, firstTitle(portal.search("ईंट-भट्ठों निगरानी समिति", false)));
    }

    @Test
    void staffUploadOnceAndTheSameBytesAgainAreRecognised() throws Exception {
        String marker = "zorblatt" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = ("<html><body><p>Meeting note " + marker + ": बाल श्रम पर चर्चा।</p></body></html>").getBytes(StandardCharsets.UTF_8);
        String metadata = "{\"title\": \"Upload check " + marker + "\", \"type\": \"panel-notes\", \"visibility\": \"staff\"}";

        HttpResponse<String> first = upload(file, "note.html", metadata, true);
        assertEquals(202, first.statusCode(), first.body());
        long id = Portal.json(first.body()).getJsonObject("document").getJsonNumber("id").longValue();
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("/api/documents/" + id));

        HttpResponse<String> second = upload(file, "renamed.html", null, true);
        assertEquals(200, second.statusCode(), second.body());
        JsonObject again = Portal.json(second.body());
        assertTrue(again.getBoolean("duplicate"));
        assertEquals(id, again.getJsonObject("document").getJsonNumber("id").longValue());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (portal.search(marker, true).getInt("total") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(1, portal.search(marker, true).getInt("total"), "searchable once extracted");
        assertEquals(0, portal.search(marker, false).getInt("total"), "staff-only by its metadata");
        long jobId = Portal.json(first.body()).getJsonObject("job").getJsonNumber("id").longValue();
        JsonObject job = Portal.json(portal.get("/api/jobs/" + jobId, true).body());
        assertEquals("done", job.getString("status"));
        assertEquals(id, job.getJsonNumber("documentId").longValue());
    }

    @Test
    void hostileFilesFailAloneWithTheirReasonsWhileGoodOnesAreSearchable() throws Exception {
        String marker = "quorvatil" + UUID.randomUUID().toString().substring(0, 8);
        String staff = "{\"title\": \"%s\", \"type\": \"research-paper\", \"visibility\": \"staff\"}";
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("droste.zip", "nested inside files more than 5 levels deep");
        hostile.put("testWORD_protected_passtika.docx", "The file is password-protected.");
        hostile.put("testZ_oom.Z", "would need more memory than the limit for one file");
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String file : hostile.keySet()) {
            HttpResponse<String> response = upload(testDocument(file), file, staff.formatted("Hostile " + file), true);
            assertEquals(202, response.statusCode(), file + ": " + response.body());
            ids.put(file, Portal.json(response.body()).getJsonObject("document").getJsonNumber("id").longValue());
        }
        byte[] note = ("Field note " + marker + ": the brick kiln register of Pakur block, checked by the field team.")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> goodNote = upload(note, "field-note.txt", staff.formatted("Field note " + marker), true);
        // A PDF under a name that says text: read as the PDF it is.
        HttpResponse<String> goodPdf = upload(testDocument("testPDF.pdf"), "tika-notes-" + marker + ".txt",
                staff.formatted("Toolkit notes " + marker), true);
        assertEquals(202, goodNote.statusCode(), goodNote.body());
        assertEquals(202, goodPdf.statusCode(), goodPdf.body());
        long noteId = Portal.json(goodNote.body()).getJsonObject("document").getJsonNumber("id").longValue();
        long pdfId = Portal.json(goodPdf.body()).getJsonObject("document").getJsonNumber("id").longValue();

        for (Map.Entry<String, Long> upload : ids.entrySet()) {
            JsonObject document = awaitIngested(upload.getValue());
            assertEquals("FAILED", document.getString("ingestStatus"), upload.getKey() + ": " + document);
            assertTrue(document.getString("ingestError").contains(hostile.get(upload.getKey())), upload.getKey() + ": " + document);
        }
        assertEquals("DONE", awaitIngested(noteId).getString("ingestStatus"));
        JsonObject pdf = awaitIngested(pdfId);
        assertEquals("DONE", pdf.getString("ingestStatus"), pdf.toString());
        assertEquals("application/pdf", pdf.getString("mediaType"));
        assertEquals(0, pdf.getJsonArray("extractionFlags").size(), pdf.toString());

        assertEquals(noteId, firstId(portal.search(marker + " kiln register", true)));
        assertEquals(pdfId, firstId(portal.search("\"content analysis toolkit\" " + marker, true)));
        // Health checks live at the server's root, not under the application's context path.
        HttpResponse<String> ready = portal.send(HttpRequest.newBuilder(URI.create("http://localhost:" + deployed.getPort() + "/health/ready")).build());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("UP"), ready.body());
    }

    private JsonObject awaitIngested(long id) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonObject document = Portal.json(portal.get("/api/documents/" + id, true).body());
        while (List.of("PENDING", "PROCESSING").contains(document.getString("ingestStatus")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            document = Portal.json(portal.get("/api/documents/" + id, true).body());
        }
        return document;
    }

    private static long firstId(JsonObject result) {
        JsonArray hits = result.getJsonArray("hits");
        assertFalse(hits.isEmpty(), "no hits: " + result);
        return hits.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static byte[] testDocument(String name) throws IOException {
        try (java.io.InputStream in = ArchiveIT.class.getResourceAsStream("/test-documents/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test-documents/" + name + " is not on the test class path");
            }
            return in.readAllBytes();
        }
    }

    @Test
    void badRequestsGetProblemDocumentsWithHonestStatuses() throws Exception {
        assertProblem(portal.get("/api/search?q=" + Portal.encode("\"unclosed"), false), 400, "cannot be understood");
        assertProblem(portal.get("/api/search?f=colour:red", false), 400, "no facet");
        assertProblem(portal.get("/api/search?page=abc", false), 400, "whole number");
        assertProblem(portal.get("/api/search?q=" + "x".repeat(600), false), 400, "longer than 500");
        assertProblem(portal.get("/api/documents/99999999", false), 404, "no document");
        assertProblem(portal.get("/api/documents/abc", false), 404, "no document");
        assertProblem(portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents"))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build()), 415, "content type");
        assertProblem(portal.get("/api/jobs/1", false), 401, "Log in");
        assertProblem(upload("x".getBytes(StandardCharsets.UTF_8), "a.txt", null, false), 401, "Log in");
        assertProblem(upload(new byte[0], "empty.txt", null, true), 400, "empty");
        assertProblem(upload("text".getBytes(StandardCharsets.UTF_8), "a.txt", "{\"type\": \"novel\"}", true), 400, "'type' must be one of");
        assertProblem(upload("text".getBytes(StandardCharsets.UTF_8), "a.txt", "{not json", true), 400, "not valid JSON");
        HttpResponse<String> wrongPassword = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/search?q=x"))
                .header("Authorization", Portal.basic("admin", "wrong-password")).build());
        assertEquals(401, wrongPassword.statusCode());
    }

    @Test
    void aReaderSearchesPicksAFacetAndSeesTheResultsNarrow() throws Exception {
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal.base() + "/");
            wait.until(ExpectedConditions.urlContains("/search/"));
            WebElement box = browser.findElement(By.id("q"));
            box.sendKeys("Gumla");
            box.submit();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".total"), "Gumla"));
            int before = browser.findElements(By.cssSelector(".hit")).size();
            String totalBefore = browser.findElement(By.cssSelector(".total")).getText();
            assertTrue(before > 1, "hits for Gumla: " + before);

            browser.findElement(By.cssSelector("#filters > summary")).click();
            WebElement english = browser.findElement(By.xpath("//section[h3='Language']//a[.//span[@class='label' and text()='English']]"));
            english.click();
            wait.until(ExpectedConditions.urlContains("f=language%3Aen"));
            String totalAfter = browser.findElement(By.cssSelector(".total")).getText();
            assertFalse(totalAfter.equals(totalBefore), totalBefore + " -> " + totalAfter);
            List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
            assertFalse(hits.isEmpty());
            for (WebElement hit : hits) {
                assertTrue(hit.findElement(By.cssSelector(".meta")).getText().contains("English"), hit.getText());
            }
            assertEquals("true", browser.findElement(By.xpath("//a[@aria-checked='true']")).getAttribute("aria-checked"));

            browser.navigate().back();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("f=language")));
            assertEquals(totalBefore, browser.findElement(By.cssSelector(".total")).getText(), "the back button restores the search");
        } finally {
            browser.quit();
        }
    }

    private HttpResponse<String> upload(byte[] content, String fileName, String metadata, boolean asAdmin) throws IOException, InterruptedException {
        String boundary = "----abhilekh" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        if (metadata != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"metadata\"\r\n")
                    .append("Content-Type: application/json; charset=UTF-8\r\n\r\n").append(metadata).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + content.length + tail.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(content, 0, body, headBytes.length, content.length);
        System.arraycopy(tail, 0, body, headBytes.length + content.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (asAdmin) {
            request.header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD));
        }
        return portal.send(request.build());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], response.body());
        JsonObject problem = Portal.json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains(detailPart), problem.toString());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static String firstTitle(JsonObject result) {
        JsonArray hits = result.getJsonArray("hits");
        assertFalse(hits.isEmpty(), "no hits: " + result);
        return hits.getJsonObject(0).getString("title");
    }

    private static Map<String, Integer> counts(JsonObject result, String facet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonValue value : result.getJsonObject("facets").getJsonArray(facet)) {
            counts.put(value.asJsonObject().getString("value"), value.asJsonObject().getInt("count"));
        }
        return counts;
    }
}
