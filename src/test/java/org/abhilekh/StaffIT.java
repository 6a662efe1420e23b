package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What staff do to get material in, on the built WAR: uploads and their jobs, duplicates, failed jobs and
 * retries, folder imports from the server's import folder, the command-line import, and the jobs and import
 * pages in Chromium. Every test makes its own files (with a fresh marker), so the tests do not depend on
 * each other or on their order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** A public seed post; comments from new addresses are held for moderation and never shown. */
    private static final String COMMENTED_POST = "police-training-ranchi-child-welfare-officers";

    @ArquillianResource
    URL deployed;

    @TempDir
    Path temp;

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

    // --- uploads and jobs ---

    @Test
    void anUploadAnswers202WithItsDocumentAndJobAndTheSameBytesAgainAnswer200WithWhereTheFirstIs() throws Exception {
        String marker = marker();
        byte[] file = ("<html><body><p>Panel note " + marker + ": बाल विवाह पर चर्चा।</p></body></html>").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first = upload(file, "panel " + marker + ".html",
                "{\"title\": \"Panel " + marker + "\", \"type\": \"panel-notes\", \"event\": \"Staff meeting\", \"visibility\": \"staff\"}");
        assertEquals(202, first.statusCode(), first.body());
        JsonObject accepted = Portal.json(first.body());
        long documentId = accepted.getJsonObject("document").getJsonNumber("id").longValue();
        JsonObject job = accepted.getJsonObject("job");
        long jobId = job.getJsonNumber("id").longValue();
        assertEquals(documentId, job.getJsonNumber("documentId").longValue());
        assertEquals("upload", job.getString("source"));
        assertEquals(Portal.ADMIN, job.getString("createdBy"));
        assertEquals("/api/jobs/" + jobId, job.getString("url"));
        assertEquals("/archive/document.xhtml?id=" + documentId, job.getString("documentUrl"));
        assertFalse(accepted.getBoolean("duplicate"));
        assertEquals("Stored; the text is being extracted.", accepted.getString("message"));
        assertEquals("/api/jobs?document=" + documentId, accepted.getJsonObject("document").getString("jobUrl"));

        JsonObject done = awaitJob(jobId);
        assertEquals("done", done.getString("status"), done.toString());
        assertFalse(done.containsKey("reason") && !done.isNull("reason"), done.toString());
        assertEquals(1, done.getInt("attempts"));
        assertFalse(done.isNull("startedAt"), done.toString());
        assertFalse(done.isNull("finishedAt"), done.toString());
        assertEquals("DONE", document(documentId).getString("ingestStatus"), "the document shows its job's status");
        assertTrue(done.isNull("publicationHold"), "a staff-only document is held back from nothing: " + done);

        HttpResponse<String> again = upload(file, "another name.html", null);
        assertEquals(200, again.statusCode(), again.body());
        JsonObject duplicate = Portal.json(again.body());
        assertTrue(duplicate.getBoolean("duplicate"));
        assertEquals("These bytes are already in the archive as document " + documentId + ".", duplicate.getString("message"));
        assertEquals(documentId, duplicate.getJsonObject("document").getJsonNumber("id").longValue());
        assertEquals("Panel " + marker, duplicate.getJsonObject("document").getString("title"));
        assertEquals("/archive/document.xhtml?id=" + documentId, duplicate.getJsonObject("document").getString("url"));
        assertEquals(jobId, duplicate.getJsonObject("job").getJsonNumber("id").longValue(), "the first file's job, no new one");

        JsonObject ofDocument = Portal.json(portal.get("/api/jobs?document=" + documentId, true).body());
        assertEquals(1, ofDocument.getInt("total"), ofDocument.toString());
    }

    @Test
    void aFailedJobSaysWhyIsListedWithItsFiltersAndIsRetriedAsANewJob() throws Exception {
        String marker = marker();
        String name = "damaged " + marker + ".pdf";
        byte[] damaged = ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> " + marker + " endobj\n%%EOF broken xref")
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> stored = upload(damaged, name, null);
        assertEquals(202, stored.statusCode(), stored.body());
        long jobId = Portal.json(stored.body()).getJsonObject("job").getJsonNumber("id").longValue();
        long documentId = Portal.json(stored.body()).getJsonObject("document").getJsonNumber("id").longValue();

        JsonObject failed = awaitJob(jobId);
        assertEquals("failed", failed.getString("status"), failed.toString());
        String reason = failed.getString("reason");
        assertEquals(document(documentId).getString("ingestError"), reason, "the document shows its job's reason");
        assertTrue(failed.getBoolean("retryable"));

        JsonObject listed = Portal.json(portal.get("/api/jobs?status=failed&source=upload&q=" + Portal.encode("DAMAGED " + marker), true).body());
        assertEquals(1, listed.getInt("total"), listed.toString());
        assertEquals(jobId, listed.getJsonArray("jobs").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(name, listed.getJsonArray("jobs").getJsonObject(0).getString("fileName"));
        assertEquals(0, Portal.json(portal.get("/api/jobs?status=done&q=" + Portal.encode(marker), true).body()).getInt("total"));

        HttpResponse<String> retried = post("/api/jobs/" + jobId + "/retry");
        assertEquals(202, retried.statusCode(), retried.body());
        JsonObject retry = Portal.json(retried.body());
        long retryId = retry.getJsonNumber("id").longValue();
        assertTrue(retryId != jobId);
        assertEquals("retry", retry.getString("source"));
        assertEquals(jobId, retry.getJsonNumber("retryOf").longValue());
        assertEquals(documentId, retry.getJsonNumber("documentId").longValue());
        assertTrue(retried.headers().firstValue("Location").orElseThrow().endsWith("/api/jobs/" + retryId));

        JsonObject old = Portal.json(portal.get("/api/jobs/" + jobId, true).body());
        assertEquals("failed", old.getString("status"));
        assertEquals(reason, old.getString("reason"), "the failed attempt keeps its reason");
        assertEquals(retryId, old.getJsonNumber("retriedBy").longValue());
        assertFalse(old.getBoolean("retryable"));
        assertProblem(post("/api/jobs/" + jobId + "/retry"), 409, "Job " + jobId + " was retried already, as job " + retryId + ".");

        JsonObject second = awaitJob(retryId);
        assertEquals("failed", second.getString("status"), "the same bytes fail again");
        assertEquals(reason, second.getString("reason"));
        JsonObject history = Portal.json(portal.get("/api/jobs?document=" + documentId, true).body());
        assertEquals(2, history.getInt("total"));
        assertEquals(List.of(retryId, jobId), ids(history.getJsonArray("jobs")), "newest first");
    }

    @Test
    void jobRequestsThatMakeNoSenseGetAClearProblem() throws Exception {
        assertProblem(portal.get("/api/jobs", false), 401, "Log in as staff to do this.");
        assertProblem(portal.get("/api/jobs/1", false), 401, "Log in as staff to do this.");
        assertProblem(portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/jobs/1/retry"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()), 401, "Log in as staff to do this.");
        assertProblem(portal.get("/api/jobs?status=broken", true), 400,
                "'status' must be one of queued, running, done, failed; got 'broken'.");
        assertProblem(portal.get("/api/jobs?source=fax", true), 400,
                "'source' must be one of upload, folder-import, retry, seed, recovered; got 'fax'.");
        assertProblem(portal.get("/api/jobs?page=abc", true), 400, "'page' must be a whole number from 1 to 1000000; got 'abc'.");
        assertProblem(portal.get("/api/jobs?page=99999999999", true), 400,
                "'page' must be a whole number from 1 to 1000000; got '99999999999'.");
        assertProblem(portal.get("/api/jobs?size=5000", true), 400, "'size' must be a whole number from 1 to 100; got 5000.");
        assertProblem(portal.get("/api/jobs?batch=" + Portal.encode("1 or 1=1"), true), 400,
                "'batch' must be a whole number from 1 to 2147483647; got '1 or 1=1'.");
        assertProblem(portal.get("/api/jobs/abc", true), 404, "There is no job abc.");
        assertProblem(portal.get("/api/jobs/-1", true), 404, "There is no job -1.");
        assertProblem(portal.get("/api/jobs/99999999999999999999999", true), 404, "There is no job 99999999999999999999999.");
        assertProblem(portal.get("/api/jobs/987654321", true), 404, "There is no job 987654321.");
        assertProblem(post("/api/jobs/abc/retry"), 404, "There is no job abc.");

        JsonObject farAway = Portal.json(portal.get("/api/jobs?page=1000000", true).body());
        assertEquals(1_000_000, farAway.getInt("page"));
        assertTrue(farAway.getInt("total") > 0, "the seed archive's jobs are counted");
        assertEquals(0, farAway.getJsonArray("jobs").size());

        JsonObject seed = Portal.json(portal.get("/api/jobs?source=seed&size=100", true).body());
        assertTrue(seed.getInt("total") > 0 && seed.getInt("total") <= 35, "at most one job per seed document: " + seed.getInt("total"));
        assertTrue(seed.getJsonArray("jobs").stream().map(JsonObject.class::cast)
                .allMatch(job -> job.getString("source").equals("seed") && !job.isNull("batch")), "seed jobs belong to the seed import");
        long doneSeedJob = seed.getJsonArray("jobs").stream().map(JsonObject.class::cast)
                .filter(job -> job.getString("status").equals("done")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertProblem(post("/api/jobs/" + doneSeedJob + "/retry"), 409, "Job " + doneSeedJob + " is done; only a failed job can be retried.");
    }

    // --- folder import on the server ---

    @Test
    void anAdministratorImportsAFolderInsideTheImportRootAndWatchesItComplete() throws Exception {
        String marker = marker();
        String folderName = "press 2024 " + marker + "/हिंदी कतरनें";
        Path folder = Files.createDirectories(importRoot().resolve(folderName));
        Files.writeString(folder.resolve("rescue " + marker + ".txt"), "Twelve children rescued at Hatia station " + marker + ".");
        // A policy note rather than a clipping: PressRoomIT checks the press room's coverage figures exactly.
        Files.writeString(folder.resolve("rescue " + marker + ".txt.meta.json"),
                "{\"title\": \"Hatia rescue " + marker + "\", \"type\": \"policy-document\", \"visibility\": \"public\"}");
        Files.writeString(folder.resolve("बैठक " + marker + ".html"), "<p>ग्राम सभा बैठक " + marker + "</p>");
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("typo.txt"), "Described with a typo " + marker);
        Files.writeString(folder.resolve("typo.txt.meta.json"), "{\"titel\": \"Typo\"}");

        HttpResponse<String> started = postJson("/api/admin/imports", "{\"folder\": \"" + folderName + "\"}");
        assertEquals(202, started.statusCode(), started.body());
        long batch = Portal.json(started.body()).getJsonNumber("batch").longValue();
        assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("/api/admin/imports/" + batch));

        JsonObject progress = awaitImport(batch);
        assertEquals(folderName, progress.getString("folder"));
        assertEquals("finished", progress.getString("state"));
        assertEquals(4, progress.getInt("files"));
        assertEquals(2, progress.getInt("done"), progress.toString());
        assertEquals(0, progress.getInt("failed"));
        assertEquals(0, progress.getInt("queued") + progress.getInt("running"));
        assertEquals(0, progress.getInt("duplicates"));
        assertEquals(2, progress.getInt("refused"));
        assertEquals(List.of("empty.txt", "typo.txt"), progress.getJsonArray("refusals").stream()
                .map(refusal -> ((JsonObject) refusal).getString("path")).toList());
        assertEquals("The file \"empty.txt\" is empty.", progress.getJsonArray("refusals").getJsonObject(0).getString("reason"));

        JsonObject jobs = Portal.json(portal.get("/api/jobs?batch=" + batch, true).body());
        assertEquals(2, jobs.getInt("total"));
        assertTrue(jobs.getJsonArray("jobs").stream().map(JsonObject.class::cast)
                .allMatch(job -> job.getString("source").equals("folder-import") && job.getJsonNumber("batch").longValue() == batch));
        assertEquals(1, portal.search("Hatia rescue " + marker, false).getInt("total"), "public by its sidecar, and searchable");
        JsonObject forStaff = portal.search("ग्राम सभा बैठक " + marker, true);
        assertEquals(1, forStaff.getInt("total"));
        long staffOnly = forStaff.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(List.of("Hatia rescue " + marker), portal.search(marker, false).getJsonArray("hits").stream()
                .map(hit -> ((JsonObject) hit).getString("title")).toList(), "staff-only without a sidecar");
        // The public may get documents holding most of the words, but never this one.
        assertTrue(portal.search("ग्राम सभा बैठक " + marker, false).getJsonArray("hits").stream().map(JsonObject.class::cast)
                .noneMatch(hit -> hit.getJsonNumber("id").longValue() == staffOnly), "staff-only without a sidecar");

        HttpResponse<String> again = postJson("/api/admin/imports", "{\"folder\": \"" + folderName + "\"}");
        assertEquals(202, again.statusCode(), again.body());
        JsonObject second = awaitImport(Portal.json(again.body()).getJsonNumber("batch").longValue());
        assertEquals(2, second.getInt("duplicates"), "the same files again are recognised");
        assertEquals(0, second.getInt("done") + second.getInt("failed"));
        assertEquals(2, second.getInt("refused"));
    }

    @Test
    void importRequestsOutsideTheRootOrWithoutFilesAreRefusedWithAClearProblem() throws Exception {
        String marker = marker();
        Path root = importRoot();
        Files.createDirectories(root.resolve("empty " + marker));
        Path zeros = Files.createDirectories(root.resolve("zeros " + marker));
        Files.write(zeros.resolve("a.txt"), new byte[0]);
        Files.write(zeros.resolve("b.pdf"), new byte[0]);
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "not for the archive");
        Files.createSymbolicLink(root.resolve("escape " + marker), outside);

        assertProblem(portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/admin/imports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"folder\": \"x\"}")).build()),
                401, "Log in as staff to do this.");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": "), 400,
                "The request body must be a JSON object such as {\"folder\": \"press-2024\"}.");
        assertProblem(postJson("/api/admin/imports", "[\"folder\"]"), 400,
                "The request body must be a JSON object such as {\"folder\": \"press-2024\"}.");
        assertProblem(postJson("/api/admin/imports", ""), 400,
                "The request body must be a JSON object such as {\"folder\": \"press-2024\"}.");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": 5}"), 400,
                "'folder' must be the name of a folder inside the import folder, as a string.");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": \"x\", \"path\": \"/etc\"}"), 400, "Unknown field 'path'; send only 'folder'.");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": \"" + "x".repeat(9000) + "\"}"), 413,
                "The request body may be at most 8192 bytes.");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": \"../../etc\"}"), 400,
                "The folder name may not contain '..'; name a folder inside the import folder " + root + ".");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": \"/etc\"}"), 403,
                "Only folders inside the import folder " + root + " may be imported.");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": \"escape " + marker + "\"}"), 403,
                "\"escape " + marker + "\" leads outside the import folder " + root + " (through a link); only folders inside it may be imported.");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": \"missing " + marker + "\"}"), 400,
                "There is no folder \"missing " + marker + "\" inside the import folder " + root + ".");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": \"empty " + marker + "\"}"), 400,
                "The folder \"empty " + marker + "\" holds no files to import (sidecars and read-me files do not count)."
                        + " Put the documents in it, each with its optional <file>.meta.json beside it.");
        assertProblem(postJson("/api/admin/imports", "{\"folder\": \"zeros " + marker + "\"}"), 400,
                "Every file in \"zeros " + marker + "\" is empty (0 bytes); nothing to import. Copy the files again; the copy may have failed.");
        assertProblem(portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/admin/imports"))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"folder\": \"x\"}")).build()), 415, "This address does not accept that content type.");
        assertProblem(portal.get("/api/admin/imports/abc", true), 404, "There is no import abc.");
        assertProblem(portal.get("/api/admin/imports/99999999", true), 404, "There is no import 99999999.");
        assertProblem(portal.get("/api/admin/imports/1", false), 401, "Log in as staff to do this.");
    }

    // --- the command-line import ---

    @Test
    void theCommandLineImportUploadsALocalFolderWithSidecarsAndSaysWhatBecameOfEachFile() throws Exception {
        String marker = marker();
        Path folder = Files.createDirectories(temp.resolve("clippings " + marker));
        Path hindi = Files.createDirectories(folder.resolve("हिंदी अख़बार"));
        Files.writeString(folder.resolve("kiln report " + marker + ".txt"), "Brick kiln survey in Pakur " + marker);
        Files.writeString(folder.resolve("kiln report " + marker + ".txt.meta.json"),
                "{\"title\": \"Kiln survey " + marker + "\", \"type\": \"research-paper\", \"authors\": [\"Field team\"], \"visibility\": \"public\"}");
        Files.writeString(hindi.resolve("बाल श्रम; \"विशेष\" " + marker + ".html"), "<p>बाल श्रम पर रिपोर्ट " + marker + "</p>");
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("README.md"), "not a document");

        Process run = script(folder);
        List<String> lines = output(run);
        assertEquals(1, run.exitValue(), String.join("\n", lines));
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertEquals("failed     empty.txt: The file \"empty.txt\" is empty.", lines.get(0));
        assertTrue(lines.get(1).matches("stored     kiln report " + marker + "\\.txt -> document \\d+, job \\d+"), lines.get(1));
        assertTrue(lines.get(2).matches("stored     हिंदी अख़बार/बाल श्रम; \"विशेष\" " + marker + "\\.html -> document \\d+, job \\d+"), lines.get(2));
        assertEquals("3 files: 2 stored, 0 already there, 1 failed", lines.get(3));

        long documentId = Long.parseLong(lines.get(2).replaceAll(".* -> document (\\d+), job \\d+", "$1"));
        assertEquals("बाल श्रम; \"विशेष\" " + marker + ".html", document(documentId).getString("originalName"),
                "the name arrives whole, in Devanagari, with its quotes and semicolon");
        long kiln = Long.parseLong(lines.get(1).replaceAll(".* -> document (\\d+), job \\d+", "$1"));
        assertEquals("Kiln survey " + marker, document(kiln).getString("title"), "described by its sidecar");

        Files.delete(folder.resolve("empty.txt"));
        Process again = script(folder, "--wait");
        List<String> second = output(again);
        assertEquals(0, again.exitValue(), String.join("\n", second));
        assertEquals(List.of(
                "duplicate  kiln report " + marker + ".txt -> already document " + kiln + " (" + portal.base() + "/archive/document.xhtml?id=" + kiln + ")",
                "duplicate  हिंदी अख़बार/बाल श्रम; \"विशेष\" " + marker + ".html -> already document " + documentId + " (" + portal.base()
                        + "/archive/document.xhtml?id=" + documentId + ")",
                "2 files: 0 stored, 2 already there, 0 failed, 0 could not be read"), second);

        Process wrongPassword = wrongPasswordRun(folder);
        List<String> refused = output(wrongPassword);
        assertEquals(2, wrongPassword.exitValue());
        assertEquals(List.of("abhilekh-import: the server refused the login of admin; check the name and password"), refused);
    }

    // --- pages ---

    @Test
    void staffSeeFailedJobsOnTheJobsPageRetryOneAndAnAdministratorStartsAnImportOnThePage() throws Exception {
        String marker = marker();
        HttpResponse<String> stored = upload(("%PDF-1.4\n" + marker + " not really a PDF").getBytes(StandardCharsets.US_ASCII),
                "scan " + marker + ".pdf", null);
        long jobId = Portal.json(stored.body()).getJsonObject("job").getJsonNumber("id").longValue();
        assertEquals("failed", awaitJob(jobId).getString("status"));
        Path folder = Files.createDirectories(importRoot().resolve("page " + marker));
        Files.writeString(folder.resolve("note.txt"), "Training module notes " + marker);
        // Asked to be public, it names a child: once read, the archive holds it for an editor's review.
        HttpResponse<String> asked = upload(("Field visit " + marker + ". At the brick kiln we met Sunita Kumari, 14, who had not been"
                + " to school for a year.").getBytes(StandardCharsets.UTF_8), "visit " + marker + ".txt",
                "{\"title\": \"Visit " + marker + "\", \"type\": \"policy-document\", \"visibility\": \"public\"}");
        long heldJob = Portal.json(asked.body()).getJsonObject("job").getJsonNumber("id").longValue();
        long heldDocument = Portal.json(asked.body()).getJsonObject("document").getJsonNumber("id").longValue();
        assertEquals("done", awaitJob(heldJob).getString("status"));
        JsonObject listed = Portal.json(portal.get("/api/jobs?q=" + Portal.encode(marker), true).body());
        assertEquals(2, listed.getInt("total"), listed.toString());
        for (JsonObject job : listed.getJsonArray("jobs").getValuesAs(JsonObject.class)) {
            long id = job.getJsonNumber("id").longValue();
            if (id == heldJob) {
                assertEquals("held", job.getString("publicationHold"), "the list says its document is held: " + job);
            } else {
                assertTrue(job.isNull("publicationHold"), "a failed upload asked nothing of the public: " + job);
            }
        }
        assertEquals("held", Portal.json(portal.get("/api/jobs/" + heldJob, true).body()).getString("publicationHold"));

        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            portal.logInAsAdmin(browser, wait);

            browser.get(portal.base() + "/admin/jobs.xhtml?status=failed&q=" + Portal.encode(marker));
            assertEquals("Ingest jobs", browser.findElement(By.tagName("h1")).getText());
            assertEquals("1 job, page 1 of 1, newest first", browser.findElement(By.id("jobs-count")).getText());
            String row = browser.findElement(By.id("job-" + jobId)).getText();
            assertTrue(row.contains("scan " + marker + ".pdf"), row);
            assertTrue(row.contains("Failed"), row);
            screenshot(browser, "jobs-390.png");
            browser.manage().window().setSize(new Dimension(1280, 900));
            screenshot(browser, "jobs-1280.png");
            browser.manage().window().setSize(new Dimension(390, 900));

            browser.findElement(By.cssSelector("#job-" + jobId + " .retry-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".messages .info")));
            String message = browser.findElement(By.cssSelector(".messages")).getText();
            assertTrue(message.matches("Job " + jobId + " \\(scan " + marker + "\\.pdf\\) is queued again as job \\d+\\."), message);
            assertTrue(browser.getCurrentUrl().contains("status=failed"), "back on the same listing: " + browser.getCurrentUrl());

            browser.get(portal.base() + "/admin/jobs.xhtml?status=nonsense");
            assertEquals("'status' must be one of queued, running, done, failed; got 'nonsense'.",
                    browser.findElement(By.cssSelector(".messages")).getText());

            browser.get(portal.base() + "/admin/jobs.xhtml?q=" + Portal.encode(marker));
            assertTrue(browser.findElements(By.cssSelector("#job-" + jobId + " .job-hold")).isEmpty(), "the failed job's document is not held");
            WebElement hold = browser.findElement(By.cssSelector("#job-" + heldJob + " .job-hold"));
            assertEquals("held for safeguarding review", hold.getText());
            hold.click();
            wait.until(ExpectedConditions.urlContains("held=true"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Visit " + marker), "the link leads to the held documents");

            browser.get(portal.base() + "/admin/jobs.xhtml?q=" + Portal.encode(marker));
            browser.findElement(By.linkText("हिन्दी")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "इन्जेस्ट जॉब"));
            screenshot(browser, "jobs-hi-390.png");
            browser.findElement(By.linkText("English")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ingest jobs"));

            browser.get(portal.base() + "/admin/import.xhtml");
            browser.findElement(By.id("start:folder")).sendKeys("page " + marker);
            browser.findElement(By.id("start:submit")).click();
            wait.until(ExpectedConditions.urlContains("batch="));
            wait.until(ExpectedConditions.textToBe(By.id("import-state"), "Complete."));
            assertTrue(browser.findElement(By.id("import-counts")).getText().replace('\n', ' ').contains("Files 1"));
            screenshot(browser, "import-390.png");
            browser.manage().window().setSize(new Dimension(1280, 900));
            screenshot(browser, "import-1280.png");

            browser.get(portal.base() + "/admin/import.xhtml");
            browser.findElement(By.id("start:folder")).sendKeys("../etc");
            browser.findElement(By.id("start:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
            assertTrue(browser.findElement(By.cssSelector(".field-error")).getText().startsWith("The folder name may not contain '..'"));
        } finally {
            browser.quit();
            assertEquals(204, portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + heldDocument)).DELETE()
                    .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).build()).statusCode());
        }
    }

    // --- strangers at the sign-in and the comment form (X-Forwarded-For from this machine, a trusted proxy here) ---

    @Test
    void aStrangersFailuresFromOneAddressDoNotLockTheAdministratorOutElsewhere() throws Exception {
        String stranger = "203.0.113.7";
        String colleague = "198.51.100.9";
        assertEquals(401, basicAs(stranger, "guess-1").statusCode());
        assertEquals(401, basicAs(stranger, "guess-2").statusCode(), "two failures cost nothing");
        HttpResponse<String> third = basicAs(stranger, "guess-3");
        assertProblem(third, 429, "Too many failed attempts; try again in 2 seconds.");
        assertEquals("2", third.headers().firstValue("Retry-After").orElseThrow());
        // Sent at once, the fourth and fifth arrive inside the wait and are refused unchecked; late, they are checked
        // and fail: either way each counts, so the answers are the same.
        HttpResponse<String> fourth = basicAs(stranger, "guess-4");
        assertProblem(fourth, 429, "Too many failed attempts; try again in 4 seconds.");
        HttpResponse<String> fifth = basicAs(stranger, "guess-5");
        assertProblem(fifth, 429, "Too many failed attempts; try again in 15 minutes.");
        assertEquals("900", fifth.headers().firstValue("Retry-After").orElseThrow());

        assertEquals(200, basicAs(colleague, Portal.ADMIN_PASSWORD).statusCode(), "the administrator still logs in from elsewhere");
        assertEquals(200, portal.get("/api/jobs?size=1", true).statusCode(), "and from this machine's own address");
        assertProblem(basicAs(stranger, Portal.ADMIN_PASSWORD), 429, "Too many failed attempts; try again in 15 minutes.");
        assertProblem(basicAs(colleague + ", " + stranger, Portal.ADMIN_PASSWORD), 429,
                "Too many failed attempts; try again in 15 minutes.");

        List<JsonObject> lockouts = auditFor("LOGIN_LOCKOUT", stranger);
        assertEquals(List.of("locked this name from " + stranger + " for 15 minutes after 5 failures"),
                lockouts.stream().map(entry -> entry.getString("details")).toList());
        assertEquals("user admin", lockouts.get(0).getString("target"));
        int checked = auditFor("LOGIN_FAILURE", stranger).size();
        int refused = auditFor("LOGIN_THROTTLED", stranger).size();
        assertEquals(5, checked + refused, "every attempt before the lock is in the trail, those during it are not");
        assertTrue(checked >= 3, "the first three passwords were checked: " + checked);
        assertEquals(List.of(), auditFor("LOGIN_FAILURE", colleague), "nothing against the administrator at the other address");
    }

    @Test
    void aCommentFloodFromOneForwardedAddressDoesNotSilenceReadersAtAnother() throws Exception {
        String flooder = "203.0.113.20";
        String reader = "198.51.100.20";
        String marker = marker();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> accepted = commentAs(flooder, "Flood " + i + " " + marker, "flood" + i + "-" + marker + "@example.net");
            assertEquals(202, accepted.statusCode(), "comment " + i + ": " + accepted.body());
        }
        HttpResponse<String> sixth = commentAs(flooder, "Flood 6 " + marker, "flood6-" + marker + "@example.net");
        assertProblem(sixth, 429, "You have sent several comments in a short time. Please wait a few minutes.");
        assertTrue(Integer.parseInt(sixth.headers().firstValue("Retry-After").orElseThrow()) > 0);
        HttpResponse<String> other = commentAs(reader, "A question from elsewhere " + marker, "reader-" + marker + "@example.net");
        assertEquals(202, other.statusCode(), "another reader behind the same proxy still comments: " + other.body());
    }

    // --- accessibility ---

    @Test
    void theMainPublicAndStaffPagesHaveNoSeriousOrCriticalAccessibilityViolationInEitherLanguageAtEitherWidth() throws Exception {
        String document = portal.search("police", false).getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("url")).filter(url -> url.startsWith("/archive/")).findFirst().orElseThrow();
        String kit = Portal.json("{\"kits\":" + portal.get("/api/presskits", false).body() + "}").getJsonArray("kits")
                .getJsonObject(0).getString("slug");
        List<String> publicPages = List.of("/", "/search/?q=police", document, "/blog/", "/blog/" + COMMENTED_POST, "/press/",
                "/press/kit.xhtml?slug=" + kit, "/press/coverage.xhtml", "/login.xhtml");
        List<String> staffPages = List.of("/admin/upload.xhtml", "/admin/documents.xhtml", "/admin/jobs.xhtml",
                "/admin/blog/comments.xhtml", "/admin/blog/edit.xhtml", "/admin/users.xhtml", "/admin/press/index.xhtml",
                "/admin/press/room.xhtml", "/admin/press/add.xhtml?pick=first&q=police&limit=10");
        Accessibility axe = new Accessibility();
        WebDriver reader = Portal.phoneBrowser();
        WebDriver staff = Portal.phoneBrowser();
        try {
            portal.logInAsAdmin(staff, new WebDriverWait(staff, PATIENCE));
            for (String language : List.of("en", "hi")) {
                for (int width : List.of(390, 1280)) {
                    checkPages(reader, language, width, publicPages, axe);
                    checkPages(staff, language, width, staffPages, axe);
                }
            }
        } finally {
            reader.quit();
            staff.quit();
        }
        axe.writeReport(Path.of(System.getProperty("abhilekh.war")).resolveSibling("accessibility-report.txt"));
        assertEquals(List.of(), axe.blocking(), "every serious or critical finding (all findings: target/accessibility-report.txt)");
    }

    /** Each page in this interface language at this width; the page must really be in that language. */
    private void checkPages(WebDriver browser, String language, int width, List<String> pages, Accessibility axe) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(portal.base() + "/language?to=" + language + "&back=/");
        for (String page : pages) {
            browser.get(portal.base() + page);
            String view = page + " (" + language + ", " + width + " px)";
            assertEquals(language, browser.findElement(By.tagName("html")).getDomAttribute("lang"), view);
            axe.check(browser, view);
        }
    }

    @Test
    void theKeyboardAloneSearchesFiltersUploadsAndModerates() throws Exception {
        String marker = marker();
        Path file = Files.writeString(temp.resolve("keyboard-" + marker + ".txt"), "Keyboard upload " + marker + " about brick kilns.");
        assertEquals(202, commentAs("198.51.100.31", "Keyboard moderation " + marker, "keys-" + marker + "@example.net").statusCode());
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.get(portal.base() + "/search/");
            tabTo(browser, element -> "q".equals(element.getDomAttribute("id")), "the search box").sendKeys("police" + Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("q=police"));
            WebElement facet = tabTo(browser, element -> "checkbox".equals(element.getDomAttribute("role")), "a facet option");
            String option = facet.findElement(By.className("label")).getText();
            facet.sendKeys(Keys.SPACE);
            wait.until(ExpectedConditions.urlContains("f="));
            assertEquals(option, browser.findElement(By.cssSelector("a[role=checkbox][aria-checked=true] .label")).getText(),
                    "Space ticked the facet option that had the focus");

            portal.logInAsAdmin(browser, wait);
            browser.get(portal.base() + "/admin/upload.xhtml");
            // Typing the path into the focused file field is what the file dialog a keyboard user opens with Enter does.
            tabTo(browser, element -> "files".equals(element.getDomAttribute("id")), "the file field").sendKeys(file.toString());
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".file-item"), 1));
            // A press clipping (the first type) asks for its outlet and medium; the arrow keys move to a type that does not.
            // Each change draws the type's fields again and gives the type back the focus, so each key goes to what has it.
            tabTo(browser, element -> "meta-type".equals(element.getDomAttribute("id")), "the type");
            for (int presses = 0; presses < 6 && !"policy-document".equals(browser.findElement(By.id("meta-type")).getDomProperty("value")); presses++) {
                String before = browser.findElement(By.id("meta-type")).getDomProperty("value");
                new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
                wait.until(driver -> !before.equals(driver.findElement(By.id("meta-type")).getDomProperty("value")));
            }
            assertEquals("policy-document", browser.findElement(By.id("meta-type")).getDomProperty("value"));
            tabTo(browser, element -> "start-upload".equals(element.getDomAttribute("id")), "the upload button").sendKeys(Keys.ENTER);
            // Stored is enough here: reading it may wait behind the seed archive's scans, which the job below waits for.
            wait.withMessage(() -> "the upload was not answered: " + browser.findElement(By.id("doc-form")).getText())
                    .until(ExpectedConditions.or(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".file-state"), "Stored"),
                            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".file-state.done"))));
            JsonArray jobs = Portal.json(portal.get("/api/jobs?q=" + Portal.encode(marker), true).body()).getJsonArray("jobs");
            assertEquals(1, jobs.size(), "one upload of the file: " + jobs);
            JsonObject job = awaitJob(jobs.getJsonObject(0).getJsonNumber("id").longValue());
            assertEquals("done", job.getString("status"));
            JsonObject found = portal.search(marker, true);
            String document = portal.get("/api/documents/" + job.getJsonNumber("documentId").longValue(), true).body();
            assertEquals(1, found.getInt("total"), () -> "the file uploaded by keyboard is in the archive: " + found + "; its job " + job
                    + "; the document " + document);

            browser.get(portal.base() + "/admin/blog/comments.xhtml");
            tabTo(browser, element -> "submit".equals(element.getDomAttribute("type"))
                    && element.getDomAttribute("class").contains("approve")
                    && element.findElement(By.xpath("ancestor::li[1]")).getText().contains(marker), "the comment's Approve button")
                    .sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"), "Approved: 1"));
            // Comments are shown oldest first, in pages: the newest is on the last one.
            int pages = Portal.json(portal.get("/api/posts/" + COMMENTED_POST, false).body()).getInt("commentPages");
            assertTrue(portal.get("/api/posts/" + COMMENTED_POST + "?commentPage=" + pages, false).body().contains("Keyboard moderation " + marker),
                    "the comment approved by keyboard is published under its post");
        } finally {
            try {
                // The integration tests share one archive, and other classes count the approved comments exactly.
                browser.get(portal.base() + "/admin/blog/comments.xhtml?status=APPROVED");
                List<WebElement> deletes = browser.findElements(By.xpath("//li[contains(@class,'queue-item')][contains(., '" + marker
                        + "')]//input[@value='Delete']"));
                if (!deletes.isEmpty()) {
                    deletes.getFirst().click();
                    new WebDriverWait(browser, PATIENCE)
                            .until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"), "Deleted: 1"));
                }
            } finally {
                browser.quit();
            }
        }
    }

    /** Presses Tab until {@code wanted} has the focus, as a keyboard user would; fails if it never does. */
    private static WebElement tabTo(WebDriver browser, java.util.function.Predicate<WebElement> wanted, String what) {
        Actions keys = new Actions(browser);
        for (int presses = 0; presses < 400; presses++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("400 presses of Tab never reached " + what + " on " + browser.getCurrentUrl());
    }

    // --- helpers ---

    private static String marker() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static Path importRoot() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("it.data.dir")).toAbsolutePath().normalize().resolve("import"));
    }

    private JsonObject awaitJob(long jobId) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject job;
        do {
            job = Portal.json(portal.get("/api/jobs/" + jobId, true).body());
            if (job.getString("status").equals("done") || job.getString("status").equals("failed")) {
                return job;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Job " + jobId + " did not finish: " + job);
    }

    private JsonObject awaitImport(long batch) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject progress;
        do {
            HttpResponse<String> response = portal.get("/api/admin/imports/" + batch, true);
            assertEquals(200, response.statusCode(), response.body());
            progress = Portal.json(response.body());
            if (progress.getBoolean("complete")) {
                return progress;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Import " + batch + " did not complete: " + progress);
    }

    private JsonObject document(long id) throws Exception {
        return Portal.json(portal.get("/api/documents/" + id, true).body());
    }

    private static List<Long> ids(JsonArray jobs) {
        List<Long> ids = new ArrayList<>();
        jobs.forEach(job -> ids.add(((JsonObject) job).getJsonNumber("id").longValue()));
        return ids;
    }

    /** An API call as the administrator, with this password, from {@code forwardedFor} as the proxy reports it. */
    private HttpResponse<String> basicAs(String forwardedFor, String password) throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/jobs?size=1"))
                .header("X-Forwarded-For", forwardedFor)
                .header("Authorization", Portal.basic(Portal.ADMIN, password)).GET().build());
    }

    /** A reader's comment under a seed post, through the API, from {@code forwardedFor} as the proxy reports it. */
    private HttpResponse<String> commentAs(String forwardedFor, String text, String email) throws IOException, InterruptedException {
        String json = "{\"name\": \"Reader " + text.hashCode() + "\", \"email\": \"" + email + "\", \"text\": \"" + text + "\"}";
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/posts/" + COMMENTED_POST + "/comments"))
                .header("X-Forwarded-For", forwardedFor).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** The administrator's audit entries of one action whose details name this address. */
    private List<JsonObject> auditFor(String action, String address) throws IOException, InterruptedException {
        HttpResponse<String> response = portal.get("/api/admin/audit?actor=" + Portal.ADMIN + "&action=" + action, true);
        assertEquals(200, response.statusCode(), response.body());
        return Portal.json(response.body()).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("details").contains(" " + address + " ") || entry.getString("details").endsWith(" " + address)
                        || entry.getString("details").contains(" " + address + ":"))
                .toList();
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + path))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + path))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> upload(byte[] content, String fileName, String metadata) throws IOException, InterruptedException {
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
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static Path scriptPath() {
        return Path.of("bin", "abhilekh-import").toAbsolutePath();
    }

    private Process script(Path folder, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", scriptPath().toString(), "--url", portal.base(), "--user", Portal.ADMIN));
        command.addAll(List.of(options));
        command.add(folder.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("ABHILEKH_PASSWORD", Portal.ADMIN_PASSWORD);
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder.start();
    }

    private Process wrongPasswordRun(Path folder) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", scriptPath().toString(), "--url", portal.base(), "--user", Portal.ADMIN,
                folder.toString()).redirectErrorStream(true);
        builder.environment().put("ABHILEKH_PASSWORD", "not-the-password");
        return builder.start();
    }

    private static List<String> output(Process process) throws Exception {
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the script finished");
        return text.lines().toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], response.body());
        assertEquals(detail, Portal.json(response.body()).getString("detail"));
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path target = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
