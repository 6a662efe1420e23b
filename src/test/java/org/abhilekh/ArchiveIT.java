package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.abhilekh.oai.control.OaiXml;
import org.abhilekh.safeguarding.control.TestImages;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
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
    /** The scraper's token the test server is started with (src/test/resources/arquillian.xml). */
    private static final String METRICS_TOKEN = "integration-test-metrics-token-0123456789";
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
        portal = Portal.ofDeployedWar(deployed);
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
        assertTrue(csv.body().startsWith("kind,id,title,type,date,language,outlet,staff_only,url"), csv.body());
        assertTrue(csv.body().contains(STAFF_DEBRIEF), csv.body());
    }

    @Test
    void anAdministratorRebuildsTheIndexWhileSearchesKeepAnswering() throws Exception {
        assertEquals(401, portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/admin/reindex"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        int before = portal.search("", false, "size=1").getInt("total");
        String generationBefore = clusterGeneration();
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
        if (generationBefore != null) {
            String generationAfter = clusterGeneration();
            assertNotEquals(generationBefore, generationAfter, "the alias moved to a new generation of the index");
            assertEquals(404, clusterStatus("/" + generationBefore), "the generation it replaced is deleted");
        }
    }

    /** On the search cluster, the one index generation the run's alias names ({@code prefix-000001}); null on Lucene. */
    private static String clusterGeneration() throws Exception {
        String prefix = System.getProperty("it.opensearch.prefix");
        if (prefix == null) {
            return null;
        }
        HttpResponse<String> alias = clusterGet("/_alias/" + prefix);
        assertEquals(200, alias.statusCode(), alias.body());
        Set<String> generations = Portal.json(alias.body()).keySet();
        assertEquals(1, generations.size(), alias.body());
        return generations.iterator().next();
    }

    private static int clusterStatus(String path) throws Exception {
        return clusterGet(path).statusCode();
    }

    private static HttpResponse<String> clusterGet(String path) throws Exception {
        URI cluster = URI.create(System.getenv("ABHILEKH_OPENSEARCH_URLS").split(",")[0].strip());
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(cluster.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void staffUploadOnceAndTheSameBytesAgainAreRecognised() throws Exception {
        String marker = "zorblatt" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = ("<html><body><p>Meeting note " + marker + ": बाल श्रम पर चर्चा।</p></body></html>").getBytes(StandardCharsets.UTF_8);
        String metadata = "{\"title\": \"Upload check " + marker + "\", \"type\": \"panel-notes\", \"event\": \"Staff meeting\", \"visibility\": \"staff\"}";

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
        assertEquals(1, portal.search(marker, true).getInt("total"), () -> "searchable once extracted; " + whereItStands(id));
        assertEquals(0, portal.search(marker, false).getInt("total"), "staff-only by its metadata");
        long jobId = Portal.json(first.body()).getJsonObject("job").getJsonNumber("id").longValue();
        JsonObject job = Portal.json(portal.get("/api/jobs/" + jobId, true).body());
        assertEquals("done", job.getString("status"));
        assertEquals(id, job.getJsonNumber("documentId").longValue());
    }

    @Test
    void hostileFilesFailAloneWithTheirReasonsWhileGoodOnesAreSearchable() throws Exception {
        String marker = "quorvatil" + UUID.randomUUID().toString().substring(0, 8);
        String staff = "{\"title\": \"%s\", \"type\": \"research-paper\", \"authors\": [\"Abhilekh tests\"], \"visibility\": \"staff\"}";
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
        // The type comes from the bytes: a program named like a PDF, and an SVG, are refused before anything is stored.
        byte[] program = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, program, 0, 8);
        assertProblem(upload(program, "annual-report.pdf", null, true), 415, "are not taken into the archive");
        assertProblem(upload("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                "logo.png", null, true), 415, "SVG drawings can carry scripts");
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

            // Typed in Devanagari: the page must read the query string as UTF-8, and the place name crosses scripts.
            box = browser.findElement(By.id("q"));
            box.clear();
            box.sendKeys("खूंटी चार्जशीट");
            box.submit();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".total"), "खूंटी चार्जशीट"));
            assertEquals("खूंटी चार्जशीट", browser.findElement(By.id("q")).getAttribute("value"));
            assertTrue(browser.findElements(By.cssSelector(".hit")).stream()
                    .anyMatch(hit -> hit.getText().contains("Khunti police file district's first trafficking chargesheet")),
                    "the English clipping about Khunti is found by its Hindi name");
        } finally {
            browser.quit();
        }
    }

    private HttpResponse<String> upload(byte[] content, String fileName, String metadata, boolean asAdmin) throws IOException, InterruptedException {
        return postFile("/api/documents", content, fileName, metadata, asAdmin);
    }

    private HttpResponse<String> postFile(String path, byte[] content, String fileName, String metadata, boolean asAdmin)
            throws IOException, InterruptedException {
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.base() + path))
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

    // --- documents: schema, editing, visibility, deletion, outlets, upload page ---

    @Test
    void theMetadataSchemaDescribesEveryTypeForTheForms() throws Exception {
        HttpResponse<String> response = portal.get("/api/metadata-schema", false);
        assertEquals(200, response.statusCode(), response.body());
        JsonArray types = Portal.json(response.body()).getJsonArray("types");
        assertEquals(List.of("press-clipping", "research-paper", "training-module", "panel-notes", "policy-document", "photo"),
                types.stream().map(type -> type.asJsonObject().getString("code")).toList());
        JsonObject clipping = types.getJsonObject(0);
        assertEquals("Press clipping", clipping.getString("label"));
        Map<String, JsonObject> fields = new LinkedHashMap<>();
        clipping.getJsonArray("fields").forEach(field -> fields.put(field.asJsonObject().getString("name"), field.asJsonObject()));
        assertEquals(List.of("title", "type", "visibility", "date", "language", "summary", "tags", "district",
                "outlet", "medium", "headline", "edition", "page", "url"), List.copyOf(fields.keySet()));
        assertTrue(fields.get("outlet").getBoolean("required"));
        assertEquals("url", fields.get("url").getString("kind"));
        assertEquals(List.of("print", "tv", "radio", "online"), fields.get("medium").getJsonArray("choices").stream()
                .map(choice -> choice.asJsonObject().getString("code")).toList());
        HttpResponse<String> hindi = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/metadata-schema"))
                .header("Cookie", "abhilekh-lang=hi").build());
        assertEquals("समाचार कतरन", Portal.json(hindi.body()).getJsonArray("types").getJsonObject(0).getString("label"));
    }

    @Test
    void anEditIsSearchableAtOnceAndAnEditOfAnOldRevisionIsRefused() throws Exception {
        String marker = "quendrel" + UUID.randomUUID().toString().substring(0, 8);
        long id = storedAndRead(("Minutes of the district review " + marker + ".").getBytes(StandardCharsets.UTF_8), "minutes.txt",
                "{\"title\": \"Minutes " + marker + "\", \"type\": \"policy-document\", \"visibility\": \"staff\"}");
        JsonObject before = Portal.json(portal.get("/api/documents/" + id, true).body());
        long revision = before.getJsonNumber("revision").longValue();

        String renamed = "Revised minutes " + marker + " <b>bold</b>";
        HttpResponse<String> saved = putDescription(id, String.valueOf(revision), "{\"title\": \"" + renamed + "\", \"type\": \"policy-document\","
                + " \"visibility\": \"staff\", \"issuingBody\": \"District Task Force\", \"district\": \"Ranchi\"}", true);
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject after = Portal.json(saved.body());
        assertEquals(renamed, after.getString("title"));
        assertEquals(before.getString("language"), after.getString("language"), "the detected language stays");
        assertTrue(after.getJsonNumber("revision").longValue() > revision);
        assertEquals("\"" + after.getJsonNumber("revision") + "\"", saved.headers().firstValue("ETag").orElseThrow());
        assertEquals(renamed, firstTitle(portal.search(marker + " revised", true)), "the index has the new title without waiting");
        String page = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/archive/document.xhtml?id=" + id))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).build()).body();
        assertTrue(page.contains("Revised minutes " + marker + " &lt;b&gt;bold&lt;/b&gt;") && !page.contains("<b>bold</b>"), "escaped on the page");
        assertTrue(page.contains("District Task Force"));

        assertProblem(putDescription(id, String.valueOf(revision), "{\"title\": \"Lost update\"}", true), 409, "changed by someone else");
        assertEquals(renamed, Portal.json(portal.get("/api/documents/" + id, true).body()).getString("title"), "the stale edit changed nothing");
        assertProblem(putDescription(id, null, "{\"title\": \"No revision\"}", true), 400, "If-Match");
        String current = String.valueOf(after.getJsonNumber("revision").longValue());
        assertProblem(putDescription(id, current, "{\"type\": \"press-clipping\", \"outlet\": \"X\"}", true), 400, "needs the field(s) [medium]");
        assertProblem(putDescription(id, current, "{\"type\": \"policy-document\", \"url\": \"javascript:alert(1)\"}", true), 400,
                "do not belong to a policy-document");
        assertProblem(putDescription(id, current, "{\"title\": \"" + "t".repeat(100_000) + "\"}", true), 400, "Field 'title' is longer than 1000");
        assertProblem(putDescription(id, current, "[]", true), 400, "must be a JSON object");
        assertProblem(putDescription(id, current, "{\"title\": \"Anonymous\"}", false), 401, "Log in");
        assertProblem(putDescription(99_999_999, current, "{\"title\": \"Nobody\"}", true), 404, "no document");

        HttpResponse<String> text = portal.get("/api/documents/" + id + "/text", true);
        assertEquals(200, text.statusCode());
        assertEquals("Minutes of the district review " + marker + ".", text.body().strip());
        assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertProblem(portal.get("/api/documents/" + id + "/text", false), 401, "Log in");
        assertEquals(204, deleteDocument(id, true).statusCode());
    }

    @Test
    void visibilityDecidesWhatThePublicSeesAtOnceAndDeletingRemovesEverything() throws Exception {
        String marker = "brantlow" + UUID.randomUUID().toString().substring(0, 8);
        byte[] bytes = ("Panchayat register of migrant children " + marker + ": बाल श्रम निगरानी।").getBytes(StandardCharsets.UTF_8);
        long id = storedAndRead(bytes, "register.txt", "{\"title\": \"Register " + marker + "\", \"type\": \"policy-document\","
                + " \"visibility\": \"staff\"}");
        assertPublicSees(id, marker, false);

        long revision = Portal.json(portal.get("/api/documents/" + id, true).body()).getJsonNumber("revision").longValue();
        HttpResponse<String> madePublic = putDescription(id, String.valueOf(revision), "{\"title\": \"Register " + marker
                + "\", \"type\": \"policy-document\", \"visibility\": \"public\"}", true);
        assertEquals(200, madePublic.statusCode(), madePublic.body());
        assertPublicSees(id, marker, true);

        revision = Portal.json(madePublic.body()).getJsonNumber("revision").longValue();
        HttpResponse<String> hidden = putDescription(id, String.valueOf(revision), "{\"title\": \"Register " + marker
                + "\", \"type\": \"policy-document\", \"visibility\": \"staff\"}", true);
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertPublicSees(id, marker, false);
        assertEquals(1, portal.search(marker, true).getInt("total"), "staff still find it");

        assertProblem(deleteDocument(id, false), 401, "Log in");
        assertEquals(204, deleteDocument(id, true).statusCode());
        assertEquals(0, portal.search(marker, true).getInt("total"), "gone from search at once, also for staff");
        assertProblem(portal.get("/api/documents/" + id, true), 404, "no document");
        assertProblem(portal.get("/api/documents/" + id + "/file", true), 404, "no document");
        assertProblem(portal.get("/api/documents/" + id + "/similar", true), 404, "no document");
        assertProblem(portal.get("/api/documents/" + id + "/text", true), 404, "no document");
        assertEquals(404, portal.get("/archive/document.xhtml?id=" + id, true).statusCode());
        assertProblem(deleteDocument(id, true), 404, "no document");
        HttpResponse<String> again = upload(bytes, "register.txt", null, true);
        assertEquals(202, again.statusCode(), "the same bytes are a new document after the delete: " + again.body());
        assertEquals(204, deleteDocument(Portal.json(again.body()).getJsonObject("document").getJsonNumber("id").longValue(), true).statusCode());
    }

    @Test
    void aDocumentAskedToBePublicThatNamesAChildIsHeldAndGoesPublicOnlyWhenAnEditorSaysTheyReviewedIt() throws Exception {
        String marker = "kilnvisit" + UUID.randomUUID().toString().substring(0, 8);
        byte[] bytes = ("Field visit " + marker + ". At the brick kiln we met Sunita Kumari, 14, who had not been to school for a year;"
                + " her father can be reached on +91 98350 12345.").getBytes(StandardCharsets.UTF_8);
        String asked = "{\"title\": \"Visit " + marker + "\", \"type\": \"policy-document\", \"visibility\": \"public\"";
        long id = storedAndRead(bytes, "visit.txt", asked + "}");
        try {
            JsonObject held = Portal.json(portal.get("/api/documents/" + id, true).body());
            assertEquals("staff", held.getString("visibility"), "asked to be public, but held back: " + held);
            assertEquals("held", held.getString("publicationHold"));
            Set<String> kinds = kinds(held.getJsonArray("safeguarding"));
            assertTrue(kinds.containsAll(Set.of("child-identity", "phone-number")), "staff see what was found: " + held);
            assertPublicSees(id, "Visit " + marker, marker, false);
            assertTrue(portal.get("/archive/document.xhtml?id=" + id, true).body().contains("Sunita Kumari"),
                    "the document page shows staff the passage");

            long revision = held.getJsonNumber("revision").longValue();
            HttpResponse<String> refused = putDescription(id, String.valueOf(revision), asked + "}", true);
            assertProblem(refused, 409, "safeguarding checks found");
            assertTrue(kinds(Portal.json(refused.body()).getJsonArray("safeguarding")).contains("child-identity"), refused.body());
            assertPublicSees(id, "Visit " + marker, marker, false);

            HttpResponse<String> reviewed = putDescription(id, String.valueOf(revision), asked + ", \"safeguardingReviewed\": true}", true);
            assertEquals(200, reviewed.statusCode(), reviewed.body());
            assertPublicSees(id, "Visit " + marker, marker, true);
            String publicView = portal.get("/api/documents/" + id, false).body();
            assertFalse(publicView.contains("safeguarding") || publicView.contains("publicationHold") || publicView.contains("98350"),
                    "the public never sees the findings: " + publicView);
            String publicPage = portal.get("/archive/document.xhtml?id=" + id, false).body();
            assertFalse(publicPage.contains("safeguarding-title") || publicPage.contains("<mark>"), "nor does the public page show them");
            String audit = portal.get("/api/admin/audit?action=SAFEGUARDING_REVIEW&target=" + Portal.encode("document " + id), true).body();
            assertTrue(audit.contains("child-identity") && audit.contains(Portal.ADMIN), "the review is in the trail with the findings: " + audit);
            String holdAudit = portal.get("/api/admin/audit?action=SAFEGUARDING_HOLD&target=" + Portal.encode("document " + id), true).body();
            assertTrue(holdAudit.contains("held for safeguarding review"), holdAudit);
        } finally {
            assertEquals(204, deleteDocument(id, true).statusCode());
        }
    }

    @Test
    void aWithheldPassageIsMissingFromEveryPublicPathAndTheDocumentGoesPublicWithoutAReview() throws Exception {
        String marker = "debrief" + UUID.randomUUID().toString().substring(0, 8);
        String child = "Phulmani Hembrom";
        byte[] bytes = ("Debrief " + marker + ". At the brick kiln near Pakur we met " + child + ", 14, who had not been to school;"
                + " her uncle answers on +91 98350 12345. " + child + " is back with her family in Dumka.").getBytes(StandardCharsets.UTF_8);
        String asked = "{\"title\": \"Debrief " + marker + ": " + child + "\", \"type\": \"policy-document\", \"visibility\": \"public\"";
        long id = storedAndRead(bytes, "debrief-phulmani.txt", asked + "}");
        try {
            JsonObject held = Portal.json(portal.get("/api/documents/" + id, true).body());
            assertEquals("held", held.getString("publicationHold"), held.toString());

            HttpResponse<String> partly = putWithheld(id, held.getJsonNumber("revision").longValue(),
                    "{\"passages\": [\"" + child + ", 14\", \"+91 98350 12345\"]}");
            assertEquals(200, partly.statusCode(), partly.body());
            long partlyRevision = Portal.json(partly.body()).getJsonNumber("revision").longValue();
            assertProblem(putDescription(id, String.valueOf(partlyRevision), asked + "}", true), 409, "safeguarding checks found");
            assertEquals(0, portal.search(marker, false).getInt("total"), "the child is still named without the age, so it stays held");

            HttpResponse<String> withheld = putWithheld(id, partlyRevision, "{\"passages\": [\"" + child + "\", \"+91 98350 12345\"]}");
            assertEquals(200, withheld.statusCode(), withheld.body());
            JsonObject redacted = Portal.json(withheld.body());
            assertEquals(List.of(child, "+91 98350 12345"), redacted.getJsonArray("withheldPassages").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            HttpResponse<String> published = putDescription(id, String.valueOf(redacted.getJsonNumber("revision").longValue()), asked + "}", true);
            assertEquals(200, published.statusCode(), "nothing is found in what the public reads, so no review is needed: " + published.body());
            assertEquals("public", Portal.json(published.body()).getString("visibility"));
            awaitSearchable(marker, id);

            JsonObject hit = portal.search(marker, false).getJsonArray("hits").getJsonObject(0);
            assertEquals(id, hit.getJsonNumber("id").longValue(), "the public finds it by its other words");
            assertFalse(hit.toString().contains("Phulmani") || hit.toString().contains("98350"), hit.toString());
            assertTrue(hit.getString("title").contains("█████"), hit.toString());
            assertEquals(0, portal.search("Phulmani", false).getInt("total"), "a public search for a withheld word finds nothing");
            assertTrue(portal.search("Phulmanni", false).isNull("suggestion"), "nor is the withheld word offered as a correction");
            assertEquals(1, portal.search("Phulmani", true).getInt("total"), "staff find it by the withheld name");
            assertEquals("phulmani", portal.search("Phulmanni", true).getString("suggestion"));

            HttpResponse<String> view = portal.get("/api/documents/" + id, false);
            assertEquals(200, view.statusCode());
            JsonObject publicView = Portal.json(view.body());
            assertTrue(publicView.getBoolean("partlyWithheld"), publicView.toString());
            assertFalse(view.body().contains("Phulmani") || view.body().contains("phulmani") || view.body().contains("withheldPassages"), view.body());
            assertFalse(publicView.containsKey("fileUrl") && !publicView.isNull("fileUrl"), "no file is offered: " + publicView);
            assertProblem(portal.get("/api/documents/" + id + "/file", false), 404, "withheld");
            String page = portal.get("/archive/document.xhtml?id=" + id, false).body();
            assertFalse(page.contains("Phulmani") || page.contains("98350"), "the public page shows neither");
            assertTrue(page.contains("█████") && page.contains("partly-withheld"), "it shows where something is withheld, and says why");
            String suggestions = portal.get("/api/suggest?q=" + Portal.encode("Debrief " + marker), false).body();
            assertTrue(suggestions.contains(marker) && !suggestions.contains("Phulmani"), suggestions);
            String feed = portal.get("/api/search/feed.atom?q=" + marker, false).body();
            assertTrue(feed.contains(marker) && !feed.contains("Phulmani") && !feed.contains("98350"), feed);
            String harvested = portal.get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Portal.encode(oaiIdentifierOf(id)), false).body();
            assertTrue(harvested.contains(marker) && !harvested.contains("Phulmani") && !harvested.contains("98350"), harvested);
            assertTrue(portal.get("/archive/document.xhtml?id=" + id, true).body().contains("<mark class=\"withheld\">" + child + "</mark>"),
                    "staff see the passage, marked as withheld");

            byte[] copy = "Debrief: █████, 14, is back with her family.".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> attached = postFile("/api/documents/" + id + "/redacted-copy", copy, "debrief-redacted.txt", null, true);
            assertEquals(200, attached.statusCode(), attached.body());
            assertArrayEquals(copy, download(id, false), "the public downloads the redacted copy");
            assertArrayEquals(bytes, download(id, true), "staff still the original");
            assertFalse(portal.get("/api/documents/" + id, false).body().contains("phulmani"), "the copy's name is the public file name");

            long revision = Portal.json(portal.get("/api/documents/" + id, true).body()).getJsonNumber("revision").longValue();
            HttpResponse<String> release = putWithheld(id, revision, "{\"passages\": [\"+91 98350 12345\"]}");
            assertProblem(release, 409, "safeguarding checks found");
            assertEquals(0, portal.search("Phulmani", false).getInt("total"), "a refused release changes nothing");
            HttpResponse<String> reviewed = putWithheld(id, revision, "{\"passages\": [\"+91 98350 12345\"], \"safeguardingReviewed\": true}");
            assertEquals(200, reviewed.statusCode(), reviewed.body());
            assertEquals(1, portal.search("Phulmani", false).getInt("total"), "a released passage is public at once");
            String audit = portal.get("/api/admin/audit?target=" + Portal.encode("document " + id), true).body();
            assertTrue(audit.contains("DOCUMENT_WITHHOLD") && audit.contains("released withheld passages after reviewing"), audit);
            assertProblem(putWithheld(id, revision, "{\"passages\": []}"), 409, "changed by someone else");
            assertProblem(putWithheld(id, revision + 1, "{\"passages\": [\"a\"]}"), 400, "2 to 200 characters");
            assertProblem(putWithheld(id, revision + 1, "{\"passages\": \"Phulmani\"}"), 400, "list of the passages");
        } finally {
            assertEquals(204, deleteDocument(id, true).statusCode());
        }
    }

    @Test
    void oaiHarvestersGetEveryPublicDocumentExactlyOnceAcrossPagesAndNoStaffOnlyOne() throws Exception {
        HttpResponse<String> identify = portal.get("/oai?verb=Identify", false);
        assertEquals(200, identify.statusCode());
        assertTrue(identify.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), identify.headers().toString());
        OaiXml identified = new OaiXml(identify.body().getBytes(StandardCharsets.UTF_8));
        assertEquals("", identified.error(), identify.body());
        assertEquals(portal.base() + "/oai", identified.text("//o:Identify/o:baseURL"));
        assertEquals("persistent", identified.text("//o:Identify/o:deletedRecord"));

        Set<Long> publicIds = new java.util.TreeSet<>();
        portal.search("", false, "size=100").getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(hit -> !"blog-post".equals(hit.getString("type"))).forEach(hit -> publicIds.add(hit.getJsonNumber("id").longValue()));
        assertEquals(31, publicIds.size(), "the seed archive's public documents");
        for (String verb : List.of("ListRecords", "ListIdentifiers")) {
            List<String> live = new java.util.ArrayList<>();
            List<String> all = new java.util.ArrayList<>();
            OaiXml page = oai("verb=" + verb + "&metadataPrefix=oai_dc");
            String completeListSize = page.text("//o:resumptionToken/@completeListSize");
            int pages = 1;
            while (true) {
                assertEquals("", page.error());
                assertEquals(String.valueOf(all.size()), page.text("//o:resumptionToken/@cursor"), verb + ": the cursor counts what came before");
                all.addAll(page.texts("//o:header/o:identifier"));
                live.addAll(page.texts("//o:header[not(@status)]/o:identifier"));
                String token = page.resumptionToken();
                if (token.isEmpty()) {
                    break;
                }
                page = oai("verb=" + verb + "&resumptionToken=" + Portal.encode(token));
                pages++;
            }
            assertEquals(Set.copyOf(all).size(), all.size(), verb + ": no record twice " + all);
            assertEquals(completeListSize, String.valueOf(all.size()), verb + ": the list is as long as announced");
            assertEquals(publicIds.stream().map(ArchiveIT::oaiIdentifierOf).toList(), live, verb + ": the public documents, in id order");
            assertTrue(pages >= 4, verb + " came in pages of 10: " + pages);
        }

        OaiXml records = oai("verb=ListRecords&metadataPrefix=oai_dc");
        String firstTitle = records.text("(//o:record)[1]//dc:title");
        long firstId = publicIds.iterator().next();
        assertEquals(Portal.json(portal.get("/api/documents/" + firstId, false).body()).getString("title"), firstTitle);
        String page = records.text("(//o:record)[1]//dc:identifier");
        assertEquals(portal.base() + "/archive/document.xhtml?id=" + firstId, page);
        assertEquals(200, portal.get(page.substring(portal.base().length()), false).statusCode(), "the identifier is the public page");
        assertEquals("Jharkhand Child Rights Forum", records.text("(//o:record)[1]//dc:publisher"));

        OaiXml one = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Portal.encode(oaiIdentifierOf(firstId)));
        assertEquals(firstTitle, one.text("//o:record//dc:title"));

        long staffOnly = portal.search("Nilgiri", true).getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue();
        OaiXml hidden = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Portal.encode(oaiIdentifierOf(staffOnly)));
        assertEquals("idDoesNotExist", hidden.error(), "a staff-only document is as absent as a missing one");
        for (String query : List.of("verb=ListRecords&metadataPrefix=oai_dc", "verb=ListRecords&metadataPrefix=oai_dc&set=type:policy-document",
                "verb=ListIdentifiers&metadataPrefix=oai_dc&set=type", "verb=ListSets")) {
            String body = portal.get("/oai?" + query, false).body();
            assertFalse(body.contains("Nilgiri") || body.contains(oaiIdentifierOf(staffOnly) + "<"), query);
        }
        assertEquals(List.of("type", "type:press-clipping", "type:research-paper", "type:training-module", "type:panel-notes",
                "type:policy-document", "type:photo"), oai("verb=ListSets").texts("//o:set/o:setSpec"));
        OaiXml clippings = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:press-clipping");
        assertEquals("12", clippings.text("//o:resumptionToken/@completeListSize"), "the seed's public clippings");
    }

    @Test
    void oaiKeepsADeletedRecordForADocumentWithdrawnFromThePublicAndALiveOneWhenItIsPublicAgain() throws Exception {
        String marker = "oaiharvest" + UUID.randomUUID().toString().substring(0, 8);
        long id = storedAndRead(("Register of rescued workers " + marker).getBytes(StandardCharsets.UTF_8), "oai-register.txt",
                "{\"title\": \"Register " + marker + "\", \"type\": \"policy-document\", \"visibility\": \"staff\"}");
        String identifier = oaiIdentifierOf(id);
        String getRecord = "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Portal.encode(identifier);
        assertEquals("idDoesNotExist", oai(getRecord).error(), "never public: never harvested");
        Instant before = Instant.now().minusSeconds(2);
        String since = "verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + Portal.encode(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());

        try {
            long revision = setVisibility(id, marker, "public", Portal.json(portal.get("/api/documents/" + id, true).body()).getJsonNumber("revision").longValue());
            OaiXml live = oai(getRecord);
            assertEquals("", live.error());
            assertEquals("Register " + marker, live.text("//o:record//dc:title"));
            assertEquals("type:policy-document", live.text("//o:record/o:header/o:setSpec"));
            assertFalse(live.text("//o:record//oai_dc:dc").contains("rescued workers"), "never the text");
            // Other documents may change in the same moments (the seed archive's last scans going public): only this one is asked about.
            assertTrue(everyPage(since, "//o:header[not(@status)]/o:identifier").contains(identifier), "an incremental harvest finds it");

            revision = setVisibility(id, marker, "staff", revision);
            OaiXml withdrawn = oai(getRecord);
            assertEquals("deleted", withdrawn.text("//o:record/o:header/@status"), "made staff-only: a deleted record");
            assertEquals(0, withdrawn.texts("//o:record/o:metadata").size());
            assertTrue(everyPage(since, "//o:header[@status='deleted']/o:identifier").contains(identifier),
                    "an incremental harvest learns of the withdrawal");
            assertFalse(everyPage(since, "//o:header[not(@status)]/o:identifier").contains(identifier), "and no longer lists it as live");
            assertFalse(portal.get("/oai?" + getRecord, false).body().contains(marker), "nothing of it is told any more");

            revision = setVisibility(id, marker, "public", revision);
            assertEquals("", oai(getRecord).text("//o:record/o:header/@status"), "public again: a live record again");
            assertEquals("Register " + marker, oai(getRecord).text("//o:record//dc:title"));

            assertEquals(204, deleteDocument(id, true).statusCode());
            OaiXml deleted = oai(getRecord);
            assertEquals("deleted", deleted.text("//o:record/o:header/@status"), "deleted while public: a deleted record");
            assertEquals("type:policy-document", deleted.text("//o:record/o:header/o:setSpec"));
            assertTrue(everyPage(since + "&set=type:policy-document", "//o:header[@status='deleted']/o:identifier").contains(identifier),
                    "the deleted record stays in its set");
        } finally {
            // Never left public for the exact counts of other tests, should an assertion stop it early.
            deleteDocument(id, true);
        }
    }

    @Test
    void oaiAnswersHarvestersMistakesWithTheProtocolsErrorCodes() throws Exception {
        assertEquals("badVerb", oai("verb=Harvest").error());
        assertEquals("badVerb", oai("").error());
        assertEquals("badArgument", oai("verb=ListRecords").error(), "metadataPrefix is required");
        assertEquals("badArgument", oai("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday").error());
        assertEquals("badArgument", oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + "x".repeat(600)).error());
        assertEquals("badResumptionToken", oai("verb=ListRecords&resumptionToken=forged").error());
        assertEquals("idDoesNotExist", oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Portal.encode(oaiIdentifierOf(999_999_999L))).error());
        assertEquals("cannotDisseminateFormat", oai("verb=ListRecords&metadataPrefix=marc21").error());
        assertEquals("noRecordsMatch", oai("verb=ListRecords&metadataPrefix=oai_dc&until=2001-01-01").error());
        assertEquals(List.of("oai_dc"), oai("verb=ListMetadataFormats").texts("//o:metadataPrefix"));

        HttpResponse<String> posted = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/oai"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("verb=Identify")).build());
        assertEquals(200, posted.statusCode(), "the protocol allows POST, and a harvester has no session to forge");
        assertEquals("", new OaiXml(posted.body().getBytes(StandardCharsets.UTF_8)).error(), posted.body());
        HttpResponse<String> tooBig = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/oai"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("verb=Identify&x=" + "y".repeat(5_000))).build());
        assertEquals(413, tooBig.statusCode());
    }

    /** Makes the document public or staff-only as the admin; answers the new revision. */
    private long setVisibility(long id, String marker, String visibility, long revision) throws Exception {
        HttpResponse<String> changed = putDescription(id, String.valueOf(revision), "{\"title\": \"Register " + marker
                + "\", \"type\": \"policy-document\", \"visibility\": \"" + visibility + "\"}", true);
        assertEquals(200, changed.statusCode(), changed.body());
        return Portal.json(changed.body()).getJsonNumber("revision").longValue();
    }

    /** The texts at {@code xpath} on every page of a list, following its resumption tokens. */
    private List<String> everyPage(String query, String xpath) throws Exception {
        String verb = query.replaceAll(".*verb=([A-Za-z]+).*", "$1");
        List<String> all = new ArrayList<>();
        OaiXml page = oai(query);
        all.addAll(page.texts(xpath));
        while (!page.resumptionToken().isEmpty()) {
            page = oai("verb=" + verb + "&resumptionToken=" + Portal.encode(page.resumptionToken()));
            all.addAll(page.texts(xpath));
        }
        return all;
    }

    private OaiXml oai(String query) throws Exception {
        HttpResponse<String> response = portal.get("/oai?" + query, false);
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        return new OaiXml(response.body().getBytes(StandardCharsets.UTF_8));
    }

    private static String oaiIdentifierOf(long id) {
        return "oai:localhost:document/" + id;
    }

    private HttpResponse<String> putWithheld(long id, long revision, String json) throws Exception {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + id + "/withheld"))
                .header("Content-Type", "application/json").header("If-Match", "\"" + revision + "\"")
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void aDocumentAskedToBePublicGoesPublicByItselfOnceTheChecksFindNothing() throws Exception {
        String marker = "wagesurvey" + UUID.randomUUID().toString().substring(0, 8);
        byte[] bytes = ("Survey " + marker + " of minimum wages paid in the brick kilns of Ranchi district, 2023: 48 kilns, 1,200 workers.")
                .getBytes(StandardCharsets.UTF_8);
        long id = storedAndRead(bytes, "survey.txt", "{\"title\": \"Survey " + marker + "\", \"type\": \"policy-document\","
                + " \"visibility\": \"public\"}");
        try {
            JsonObject checked = Portal.json(portal.get("/api/documents/" + id, true).body());
            assertEquals("public", checked.getString("visibility"), checked.toString());
            assertFalse(checked.containsKey("publicationHold"), checked.toString());
            assertEquals(0, checked.getJsonArray("safeguarding").size(), checked.toString());
            awaitSearchable(marker, id);
            assertPublicSees(id, "Survey " + marker, marker, true);
        } finally {
            assertEquals(204, deleteDocument(id, true).statusCode());
        }
    }

    /**
     * The index shows a read document within its refresh interval, not at the moment its job is done (only a person's
     * edit is refreshed before it is answered): wait until staff find it.
     */
    private void awaitSearchable(String marker, long id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (portal.search(marker, true).getInt("total") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(1, portal.search(marker, true).getInt("total"),
                () -> "staff find the document once the index has refreshed; " + whereItStands(id));
    }

    /** For a failure message: the document's job and the application's readiness, which names the search engine's state. */
    private String whereItStands(long id) {
        try {
            return "job: " + portal.get("/api/jobs/" + id, true).body() + "; readiness: " + portal.readiness();
        } catch (IOException | InterruptedException e) {
            return "(its job could not be read: " + e + ")";
        }
    }

    @Test
    void aPhotoGoesPublicAsACopyWithoutItsLocationAndOwnerWhileStaffGetTheOriginal() throws Exception {
        byte[] photo = TestImages.fieldPhotoJpeg();
        String marker = "kilnphoto" + UUID.randomUUID().toString().substring(0, 8);
        long id = storedAndRead(photo, "field-photo.jpg", "{\"title\": \"Kiln " + marker + "\", \"type\": \"photo\", \"visibility\": \"public\"}");

        try {            JsonObject checked = Portal.json(portal.get("/api/documents/" + id, true).body());
            assertTrue(kinds(checked.getJsonArray("safeguarding")).containsAll(Set.of("location-in-file", "person-in-file-metadata")),
                    "staff see what the photo hides: " + checked);
            assertEquals("public", checked.getString("visibility"), "the public copy leaves all of it out, so nothing holds the photo back: " + checked);
            assertFalse(checked.containsKey("publicationHold"), checked.toString());

            byte[] staffCopy = download(id, true);
            byte[] publicCopy = download(id, false);
            assertArrayEquals(photo, staffCopy, "staff download the original byte for byte");
            JpegImageMetadata exif = (JpegImageMetadata) Imaging.getMetadata(publicCopy);
            assertTrue(exif == null || exif.getExif() == null || exif.getExif().getGpsInfo() == null, "no GPS position in the public copy");
            assertTrue(exif == null || exif.findExifValue(TiffTagConstants.TIFF_TAG_ARTIST) == null, "no artist in the public copy");
            assertFalse(new String(publicCopy, StandardCharsets.ISO_8859_1).contains(TestImages.PHOTOGRAPHER), "the photographer's name is nowhere in it");
            java.awt.image.BufferedImage original = ImageIO.read(new java.io.ByteArrayInputStream(photo));
            java.awt.image.BufferedImage copy = ImageIO.read(new java.io.ByteArrayInputStream(publicCopy));
            assertArrayEquals(original.getRGB(0, 0, original.getWidth(), original.getHeight(), null, 0, original.getWidth()),
                    copy.getRGB(0, 0, copy.getWidth(), copy.getHeight(), null, 0, copy.getWidth()), "the same picture");
        } finally {
            assertEquals(204, deleteDocument(id, true).statusCode());
        }
    }

    private byte[] download(long id, boolean asAdmin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + id + "/file"));
        if (asAdmin) {
            request.header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD));
        }
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static Set<String> kinds(JsonArray findings) {
        return findings.getValuesAs(JsonObject.class).stream().map(finding -> finding.getString("kind")).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void oneOutletTypedSeveralWaysIsOneOutlet() throws Exception {
        String marker = "Khabar" + UUID.randomUUID().toString().substring(0, 6);
        String outlet = "Prabhat " + marker;
        List<Long> ids = new java.util.ArrayList<>();
        for (String typed : List.of(outlet, "  prabhat   " + marker.toLowerCase(java.util.Locale.ROOT) + " ", outlet.toUpperCase(java.util.Locale.ROOT))) {
            HttpResponse<String> stored = upload(("Clipping " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), "clip.txt",
                    "{\"title\": \"Clipping of " + marker + "\", \"type\": \"press-clipping\", \"medium\": \"print\", \"language\": \"hi\","
                            + " \"date\": \"2025-03-04\", \"visibility\": \"staff\", \"outlet\": \"" + typed + "\"}", true);
            assertEquals(202, stored.statusCode(), stored.body());
            ids.add(Portal.json(stored.body()).getJsonObject("document").getJsonNumber("id").longValue());
        }
        JsonObject mine = outlets(true).stream().filter(o -> o.getString("name").equals(outlet)).findFirst().orElseThrow();
        assertEquals(3, mine.getInt("clippings"));
        assertFalse(mine.getBoolean("reviewed"), "added by an upload, so waiting for review");
        assertEquals("print", mine.getString("medium"));
        assertEquals("hi", mine.getString("language"));
        assertTrue(outlets(false).stream().noneMatch(o -> o.getString("name").equals(outlet)), "no public clipping, so not public");
        assertTrue(outlets(false).stream().allMatch(o -> !o.containsKey("aliases") || o.isNull("aliases")), "the public list has no aliases");
        JsonObject coverage = Portal.json(portal.get("/api/coverage?outlet=" + Portal.encode(" PRABHAT " + marker), true).body());
        assertEquals(3, coverage.getInt("total"), coverage.toString());
        assertEquals(outlet, coverage.getString("outlet"));
        for (long id : ids) {
            assertEquals(204, deleteDocument(id, true).statusCode());
        }
    }

    @Test
    void staffUploadTwoFilesOnTheUploadPageThenEditOneAndManageOutlets() throws Exception {
        String marker = "vellicor" + UUID.randomUUID().toString().substring(0, 8);
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("upload-page");
        java.nio.file.Path html = folder.resolve("kiln-survey-" + marker + ".html");
        java.nio.file.Files.writeString(html, "<html lang=\"en\"><body><h1>Kiln survey</h1><p>Children at brick kilns " + marker
                + " in Pakur.</p></body></html>");
        java.nio.file.Path text = folder.resolve("gram-sabha-" + marker + ".txt");
        java.nio.file.Files.writeString(text, "ग्राम सभा में बाल श्रम पर चर्चा " + marker + "।");
        java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
            browser.get(portal.base() + "/admin/upload.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            browser.findElement(By.id("login:username")).sendKeys(Portal.ADMIN);
            browser.findElement(By.id("login:password")).sendKeys(Portal.ADMIN_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            browser.get(portal.base() + "/admin/upload.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meta-type")));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("meta-type"))).selectByValue("policy-document");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meta-issuingBody")));
            browser.findElement(By.id("meta-issuingBody")).sendKeys("Jharkhand Child Rights Forum");
            browser.findElement(By.id("files")).sendKeys(html.toAbsolutePath() + "\n" + text.toAbsolutePath());
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".file-item"), 2));
            browser.findElement(By.id("title-0")).sendKeys("Kiln survey " + marker);
            screenshots(browser, shots, "upload");
            browser.findElement(By.id("start-upload")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".file-state.done"), 2));
            assertEquals("2 of 2 files finished.", browser.findElement(By.cssSelector(".upload-summary")).getText());
            screenshots(browser, shots, "upload-done");
            assertEquals(2, portal.search(marker, true).getInt("total"));
            assertEquals("Kiln survey " + marker, firstTitle(portal.search(marker + " kiln", true)));
            assertEquals("gram sabha " + marker, firstTitle(portal.search(marker + " ग्राम", true)), "the file name without a title of its own");

            browser.findElement(By.cssSelector(".file-item .file-state.done a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-document")));
            screenshots(browser, shots, "document-staff");
            browser.findElement(By.id("edit-document")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meta-issuingBody")));
            assertEquals("Jharkhand Child Rights Forum", browser.findElement(By.id("meta-issuingBody")).getAttribute("value"));
            WebElement title = browser.findElement(By.id("meta-title"));
            title.clear();
            title.sendKeys("Brick kiln survey, revised " + marker);
            screenshots(browser, shots, "edit");
            browser.findElement(By.id("save-document")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".form-status.info")));
            assertEquals("Brick kiln survey, revised " + marker, firstTitle(portal.search(marker + " kiln", true)));
            title.sendKeys(" again");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('doc-form').setAttribute('data-revision', '1')");
            browser.findElement(By.id("save-document")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".form-status.problem"), "changed by someone else"));

            browser.get(portal.base() + "/admin/outlets.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outlet:name")));
            browser.findElement(By.id("outlet:name")).sendKeys("Prabhat Khabar " + marker);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("outlet:medium"))).selectByValue("print");
            browser.findElement(By.id("outlet:city")).sendKeys("Ranchi");
            browser.findElement(By.id("outlet:aliases")).sendKeys("प्रभात खबर " + marker + "; Prabhat Khabar Ranchi " + marker);
            browser.findElement(By.id("outlet:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The outlet was saved."));
            screenshots(browser, shots, "outlets");
            browser.manage().addCookie(new org.openqa.selenium.Cookie("abhilekh-lang", "hi"));
            browser.get(portal.base() + "/admin/upload.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("label[for='meta-type']"), "प्रकार"));
            screenshots(browser, shots, "upload-hindi");
        } finally {
            browser.quit();
        }
        HttpResponse<String> clipping = upload(("Hindi clipping " + marker).getBytes(StandardCharsets.UTF_8), "khabar.txt",
                "{\"type\": \"press-clipping\", \"medium\": \"print\", \"visibility\": \"staff\", \"outlet\": \" प्रभात  खबर " + marker + "\"}", true);
        assertEquals(202, clipping.statusCode(), clipping.body());
        JsonObject declared = outlets(true).stream().filter(o -> o.getString("name").equals("Prabhat Khabar " + marker)).findFirst().orElseThrow();
        assertEquals(1, declared.getInt("clippings"), "the Hindi spelling, declared an alias, is the same outlet");
        assertTrue(declared.getBoolean("reviewed"));
        assertEquals(List.of("प्रभात खबर " + marker, "Prabhat Khabar Ranchi " + marker),
                declared.getJsonArray("aliases").stream().map(alias -> ((jakarta.json.JsonString) alias).getString()).toList());
        assertEquals(204, deleteDocument(Portal.json(clipping.body()).getJsonObject("document").getJsonNumber("id").longValue(), true).statusCode());
        for (JsonValue hit : portal.search(marker, true).getJsonArray("hits")) {
            String url = hit.asJsonObject().getString("url");
            assertEquals(204, deleteDocument(Long.parseLong(url.substring(url.indexOf("id=") + 3)), true).statusCode());
        }
    }

    /** Stores a file as admin and waits until its text is read. */
    private long storedAndRead(byte[] content, String name, String metadata) throws Exception {
        HttpResponse<String> stored = upload(content, name, metadata, true);
        assertEquals(202, stored.statusCode(), stored.body());
        long id = Portal.json(stored.body()).getJsonObject("document").getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!"done".equals(Portal.json(portal.get("/api/jobs/" + id, true).body()).getString("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals("done", Portal.json(portal.get("/api/jobs/" + id, true).body()).getString("status"));
        return id;
    }

    /** What an anonymous reader learns of the document: everything, or exactly what a missing one gives. */
    private void assertPublicSees(long id, String marker, boolean visible) throws Exception {
        assertPublicSees(id, "Register " + marker, marker, visible);
    }

    /** The same, for a document with this title, which holds the marker. */
    private void assertPublicSees(long id, String title, String marker, boolean visible) throws Exception {
        assertEquals(visible ? 1 : 0, portal.search(marker, false).getInt("total"), "search");
        assertEquals(visible ? 200 : 404, portal.get("/api/documents/" + id, false).statusCode(), "description");
        assertEquals(visible ? 200 : 404, portal.get("/api/documents/" + id + "/file", false).statusCode(), "file");
        assertEquals(visible ? 200 : 404, portal.get("/api/documents/" + id + "/similar", false).statusCode(), "similar");
        assertEquals(visible ? 200 : 404, portal.get("/archive/document.xhtml?id=" + id, false).statusCode(), "page");
        String suggestions = portal.get("/api/suggest?q=" + Portal.encode(title), false).body();
        assertEquals(visible, suggestions.contains(marker), suggestions);
    }

    private HttpResponse<String> putDescription(long id, String revision, String json, boolean asAdmin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (revision != null) {
            request.header("If-Match", "\"" + revision + "\"");
        }
        if (asAdmin) {
            request.header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD));
        }
        return portal.send(request.build());
    }

    private HttpResponse<String> deleteDocument(long id, boolean asAdmin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + id)).DELETE();
        if (asAdmin) {
            request.header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD));
        }
        return portal.send(request.build());
    }

    private List<JsonObject> outlets(boolean asAdmin) throws Exception {
        HttpResponse<String> response = portal.get("/api/outlets", asAdmin);
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).toList();
        }
    }

    /** The page at phone and desktop width, kept under target/screenshots for a person to look at. */
    private static void screenshots(WebDriver browser, java.nio.file.Path folder, String name) throws IOException {
        for (int width : new int[] {390, 1280}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1400));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(folder.resolve(name + "-" + width + ".png"), png);
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
    }

    // --- the upload edge: who is asking and how much, decided on the headers and the bytes as they come ---

    @Test
    void aStrangersUploadIsRefusedWith401BeforeItsBodyIsRead() throws Exception {
        try (RawHttp raw = new RawHttp(portal)) {
            // Chunked, with no end: a server that read the body before asking who is uploading would wait forever.
            raw.send("POST " + raw.path("/api/documents") + " HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\n\r\n");
            raw.sendChunk(new byte[64 * 1024]);
            String answer = raw.readHead();
            assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
        }
    }

    @Test
    void anUploadPastTheLimitIsRefusedWith413OnItsHeaderOrCutOffWhileItStreams() throws Exception {
        String credentials = Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD);
        long total = portal.search("", true, "size=1").getInt("total");
        try (RawHttp raw = new RawHttp(portal)) {
            raw.send("POST " + raw.path("/api/documents") + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + credentials + "\r\n"
                    + "Content-Length: 2000000000\r\nContent-Type: multipart/form-data; boundary=x\r\n\r\n");
            String answer = raw.readHead();
            assertTrue(answer.startsWith("HTTP/1.1 413"), "a declared 2 GB is refused before a byte is sent: " + answer);
        }
        try (RawHttp raw = new RawHttp(portal)) {
            raw.send("POST " + raw.path("/api/documents") + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + credentials + "\r\n"
                    + "Transfer-Encoding: chunked\r\nContent-Type: multipart/form-data; boundary=x\r\n\r\n");
            raw.sendChunk(("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"endless.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            byte[] megabyte = "endless words ".repeat(74_899).getBytes(StandardCharsets.UTF_8);
            // The limit is 100 MiB; 120 MiB are offered, and the server may stop taking them once it has answered.
            for (int sent = 0; sent < 120 && raw.sendChunkIfOpen(megabyte); sent++) {
                // keep streaming
            }
            String answer = raw.readHead();
            assertTrue(answer.startsWith("HTTP/1.1 413"), "an endless chunked upload is cut off: " + answer);
        }
        assertEquals(total, portal.search("", true, "size=1").getInt("total"), "nothing was stored");
    }

    @Test
    void metricsCountTheArchiveForAnAdministratorAndTheScraperAndTellTheAnonymousPublicNothing() throws Exception {
        HttpResponse<String> anonymous = portal.get("/api/metrics", false);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(anonymous.body().contains("abhilekh_documents"), anonymous.body());
        HttpResponse<String> wrongToken = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/metrics"))
                .header("Authorization", "Bearer not-the-" + METRICS_TOKEN).build());
        assertEquals(401, wrongToken.statusCode());
        assertFalse(wrongToken.body().contains("abhilekh_documents"), wrongToken.body());
        HttpResponse<String> payaras = portal.send(HttpRequest.newBuilder(URI.create(portal.base().replaceAll("/[^/]*$", "") + "/metrics")).build());
        assertFalse(payaras.body().contains("abhilekh_"), "Payara's public /metrics holds none of the application's numbers");

        String marker = "metrikon" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = ("<html><body><p>Monitoring note " + marker + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = upload(file, "monitoring.html",
                "{\"title\": \"Monitoring " + marker + "\", \"type\": \"panel-notes\", \"event\": \"Staff meeting\", \"visibility\": \"staff\"}", true);
        assertEquals(202, uploaded.statusCode(), uploaded.body());
        portal.awaitJobDone(Portal.json(uploaded.body()).getJsonObject("job").getJsonNumber("id").longValue());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (portal.search(marker, true).getInt("total") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        HttpResponse<String> asAdmin = portal.get("/api/metrics", true);
        assertEquals(200, asAdmin.statusCode(), asAdmin.body());
        assertTrue(asAdmin.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String metrics = asAdmin.body();
        // The seed's 31 public and 4 staff-only documents; this class's uploads are staff-only, this one included.
        assertTrue(metric(metrics, "abhilekh_documents{visibility=\"public\"}") >= 31, metrics);
        assertTrue(metric(metrics, "abhilekh_documents{visibility=\"staff\"}") >= 4 + 1, metrics);
        assertTrue(metric(metrics, "abhilekh_documents_ingest{state=\"done\"}") >= 1, metrics);
        assertTrue(metric(metrics, "abhilekh_ingest_jobs_total{outcome=\"done\"}") >= 1, metrics);
        assertTrue(metric(metrics, "abhilekh_ingest_extraction_seconds_count") >= 1, metrics);
        assertTrue(metric(metrics, "abhilekh_search_seconds_count") >= 1, metrics);
        // The embedded index's folder, or on the search cluster the primary copies as the cluster reports them.
        assertTrue(metric(metrics, "abhilekh_index_size_bytes") > 0, metrics);
        assertTrue(metric(metrics, "abhilekh_ingest_queue_depth") >= 0, metrics);
        assertTrue(metric(metrics, "abhilekh_comments_awaiting_moderation") >= 0, metrics);
        assertTrue(metrics.contains("abhilekh_backup_age_seconds "), metrics);
        assertTrue(metrics.contains("abhilekh_search_seconds_bucket{le="), "search time is a histogram");

        HttpResponse<String> scraper = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/metrics"))
                .header("Authorization", "Bearer " + METRICS_TOKEN).build());
        assertEquals(200, scraper.statusCode(), scraper.body());
        assertTrue(scraper.body().contains("abhilekh_documents{visibility=\"staff\"}"));
    }

    /** The value of one sample line of Prometheus text, by its name and labels as written. */
    private static double metric(String metrics, String sample) {
        return metrics.lines().filter(line -> line.startsWith(sample + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(sample.length() + 1).strip().split(" ")[0]))
                .orElseThrow(() -> new AssertionError("no " + sample + " in the metrics"));
    }

    @Test
    void everyApiMethodIsInTheOpenApiDocumentWithTheResponsesItsCodeDocuments() throws Exception {
        // HTTP/1.1: Payara closes an upgraded (h2c) connection while it writes a document this long.
        HttpResponse<String> served = portal.send(HttpRequest.newBuilder(URI.create(portal.base().replaceAll("/[^/]*$", "") + "/openapi"))
                .version(java.net.http.HttpClient.Version.HTTP_1_1).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json").build());
        assertEquals(200, served.statusCode(), served.body());
        Map<String, JsonObject> paths = new LinkedHashMap<>();
        Portal.json(served.body()).getJsonObject("paths")
                .forEach((path, item) -> paths.put(path.substring(path.indexOf("/api/")), item.asJsonObject()));
        Map<String, List<Set<String>>> documented = new LinkedHashMap<>();
        for (ResourceMethods.Endpoint endpoint : ResourceMethods.all()) {
            Set<String> codes = new java.util.TreeSet<>();
            for (var response : endpoint.method().reflect()
                    .getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
                codes.add(response.responseCode());
            }
            documented.computeIfAbsent(endpoint.httpMethod() + " " + endpoint.path(), key -> new java.util.ArrayList<>()).add(codes);
        }
        List<String> missing = new java.util.ArrayList<>();
        documented.forEach((operation, alternatives) -> {
            String verb = operation.substring(0, operation.indexOf(' '));
            JsonObject item = paths.get(operation.substring(operation.indexOf(' ') + 1));
            if (item == null || !item.containsKey(verb)) {
                missing.add(operation + ": not in /openapi");
                return;
            }
            Set<String> responses = item.getJsonObject(verb).getJsonObject("responses").keySet();
            // Two methods may share an address and verb (JSON or multipart): one of them is what /openapi shows.
            if (alternatives.stream().noneMatch(responses::containsAll)) {
                missing.add(operation + ": responses " + responses + ", documented " + alternatives);
            }
        });
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        JsonObject refusals = Portal.json(served.body()).getJsonObject("components").getJsonObject("responses");
        for (String name : List.of("NotLoggedIn", "NotStaff", "NotEditor", "NotAdministrator")) {
            assertTrue(refusals.getJsonObject(name).getJsonObject("content").containsKey("application/problem+json"), name + ": " + refusals);
        }
        assertEquals("#/components/responses/NotLoggedIn", paths.get("/api/documents").getJsonObject("post").getJsonObject("responses")
                .getJsonObject("401").getString("$ref"), "a method names the shared refusal");
    }

    @Test
    void theCoverageApiNamesNoOutletThePublicCannotSee() throws Exception {
        String marker = "Qzv" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String outlet = "Samachar " + marker;
        HttpResponse<String> uploaded = upload(("Staff-only clipping from " + outlet + ".").getBytes(StandardCharsets.UTF_8), marker + ".txt",
                "{\"title\": \"Clipping " + marker + "\", \"type\": \"press-clipping\", \"outlet\": \"" + outlet
                        + "\", \"medium\": \"print\", \"date\": \"2024-05-02\", \"visibility\": \"staff\"}", true);
        assertEquals(202, uploaded.statusCode(), uploaded.body());
        String guess = outlet.toLowerCase(java.util.Locale.ROOT);

        JsonObject staff = Portal.json(portal.get("/api/coverage?outlet=" + Portal.encode(guess), true).body());
        assertEquals(outlet, staff.getString("outlet"), "staff get the outlet's name for their guess");
        assertEquals(1, staff.getInt("total"));

        String publicAnswer = portal.get("/api/coverage?outlet=" + Portal.encode(guess), false).body();
        assertFalse(publicAnswer.contains(outlet), "the public learns no name from a guess: " + publicAnswer);
        assertEquals(0, Portal.json(publicAnswer).getInt("total"));
        assertFalse(portal.get("/api/coverage", false).body().contains(marker), "nor from the whole coverage");
    }

    @Test
    void aForgedHostCannotPlantItsLinksInASharedCache() throws Exception {
        for (String path : List.of("/sitemap.xml", "/robots.txt", "/feed.atom")) {
            try (RawHttp raw = new RawHttp(portal)) {
                raw.send("GET " + raw.path(path) + " HTTP/1.1\r\nHost: evil.example.net\r\nConnection: close\r\n\r\n");
                String head = raw.readHead().toLowerCase(java.util.Locale.ROOT);
                assertTrue(head.startsWith("http/1.1 200"), path + ": " + head);
                // No public address is configured on the test server: links follow the Host, so no shared cache may keep them.
                assertTrue(head.contains("cache-control: private"), path + " is not for shared caches: " + head);
                assertFalse(head.contains("cache-control: public"), path + ": " + head);
            }
        }
    }

    /** HTTP/1.1 spoken by hand, for what a client library will not send: bodies without end, lying lengths. */
    private static final class RawHttp implements AutoCloseable {

        private final java.net.Socket socket;
        private final String contextPath;

        RawHttp(Portal portal) throws IOException {
            URI base = URI.create(portal.base());
            contextPath = base.getPath();
            socket = new java.net.Socket("localhost", base.getPort());
            socket.setSoTimeout(30_000);
        }

        /** A path of the application as the request line names it, under the context it was deployed at. */
        String path(String path) {
            return contextPath + path;
        }

        void send(String text) throws IOException {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        }

        void sendChunk(byte[] bytes) throws IOException {
            send(Integer.toHexString(bytes.length) + "\r\n");
            socket.getOutputStream().write(bytes);
            send("\r\n");
        }

        /** False once the server has answered, or has stopped reading. */
        boolean sendChunkIfOpen(byte[] bytes) {
            try {
                if (socket.getInputStream().available() > 0) {
                    return false;
                }
                sendChunk(bytes);
                return true;
            } catch (IOException closed) {
                return false;
            }
        }

        /** The status line and headers of the answer. */
        String readHead() throws IOException {
            StringBuilder head = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                head.append((char) b);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
