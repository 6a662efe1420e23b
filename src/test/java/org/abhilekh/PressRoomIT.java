package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.abhilekh.safeguarding.control.TestImages;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The press room as journalists and staff use it, on the built WAR with the seed kits: a journalist
 * in Chromium opens the press room and a kit and downloads its ZIP; embargo and preview links; a kit
 * that lists a staff-only document. And kits going public: a kit is a draft until an editor publishes it, and what
 * the safeguarding checks find in its words holds it back until an editor says they reviewed it. The kits these tests
 * publish are put under a far embargo when they end, so the public lists stay those of the seed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PressRoomIT {

    private static final String PUBLIC_KIT = "kilns-to-classrooms-2025";
    private static final String PUBLIC_KIT_TITLE = "From kilns to classrooms: keeping brick-kiln children in school (June 2025)";
    private static final String EMBARGOED_KIT = "mica-children-five-years-on-2027";
    private static final String EMBARGOED_TITLE = "Five years on: the children who picked mica in Koderma and Giridih (embargoed)";
    private static final String STAFF_ONLY_TITLE = "DRAFT Policy Note: Statutory Panchayat Registration of Inter-State Migration of Workers and Accompanying Children";
    private static final String CHILD_CAPTION = "Sunita Kumari, 14, carries bricks at a kiln near Pakur.";
    /** Where the tests' own kits go when they end: out of the public lists. */
    private static final String FAR_EMBARGO = "2099-01-01T00:00:00Z";
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final List<String> PUBLIC_ZIP = List.of(
            "README.txt",
            "01-press-release-from-kilns-to-classrooms-panchayat-registers-keep-brick-kiln-child.html",
            "02-press-release-kilns-to-classrooms-hi.html",
            "03-fact-sheet-children-and-brick-kilns-in-pakur-and-dumka.html",
            "04-infographic-from-kilns-to-classrooms-in-figures.png",
            "05-logo-of-the-jharkhand-child-rights-forum-svg.svg",
            "06-seasonal-migration-to-brick-kilns-from-pakur-and-dumka-findings-from-a-household.docx",
            "07-jharkhand-darpan-2024-01-22-dumka-int-bhatta-nigrani.docx",
            "08-38-bonded-workers-from-pakur-freed-at-up-brick-kiln-15-are-children.png",
            "09-webinar-notes-from-kilns-to-classrooms-world-day-against-child-labour-2025.html",
            "10-panchayat-jagrukta-module-bal-shram-palayan-2019.odt");

    @ArquillianResource
    URL deployed;

    @TempDir
    Path downloads;

    private Portal portal;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
    void aJournalistOpensThePressRoomAndAKitAndDownloadsTheZip() throws Exception {
        WebDriver browser = Portal.phoneBrowser();
        String href;
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal.base() + "/search/");
            browser.findElement(By.linkText("Press room")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Press room"));
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("As covered by"), page);
            assertFalse(page.contains(EMBARGOED_TITLE), "an embargoed kit is not listed");
            assertEquals(List.of("Ranchi Samachar 3", "The Eastern Chronicle 3", "Chotanagpur Times 2", "Jharkhand Darpan 2",
                            "JH News 24 1", "Radio Nagpuri 91.2 1"),
                    browser.findElements(By.cssSelector(".outlets li")).stream().map(li -> li.getText().replace('\n', ' ')).toList());

            browser.findElement(By.linkText(PUBLIC_KIT_TITLE)).click();
            wait.until(ExpectedConditions.urlContains("slug=" + PUBLIC_KIT));
            assertEquals(PUBLIC_KIT_TITLE, browser.findElement(By.tagName("h1")).getText());
            assertEquals(10, browser.findElements(By.cssSelector(".kit-item")).size());
            assertFalse(browser.findElement(By.tagName("main")).getText().contains("DRAFT Policy Note"));
            assertTrue(browser.findElement(By.id("cite-kit-line")).getText()
                    .startsWith("Jharkhand Child Rights Forum, \u201c" + PUBLIC_KIT_TITLE + "\u201d, press kit. Abhilekh archive, http"));
            href = browser.findElement(By.id("download-kit")).getAttribute("href");
            assertTrue(href.endsWith("/press/kits/" + PUBLIC_KIT + ".zip"), href);
            // The journalist's download, with whatever cookies the browser holds.
            StringBuilder cookies = new StringBuilder();
            for (Cookie cookie : browser.manage().getCookies()) {
                cookies.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href.replaceFirst("//[^/:]+:", "//localhost:")));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.toString());
            }
            HttpResponse<Path> response = http.send(request.build(), HttpResponse.BodyHandlers.ofFile(downloads.resolve("kit.zip")));
            assertEquals(200, response.statusCode());
            assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals("attachment; filename=\"" + PUBLIC_KIT + ".zip\"; filename*=UTF-8''" + PUBLIC_KIT + ".zip",
                    response.headers().firstValue("Content-Disposition").orElse(""));
        } finally {
            browser.quit();
        }

        Path zip = downloads.resolve("kit.zip");
        assertEquals(PUBLIC_ZIP, entries(zip));
        String readme = entry(zip, "README.txt");
        assertTrue(readme.startsWith(PUBLIC_KIT_TITLE + "\n"), readme);
        assertTrue(readme.contains("Contents (10 files)"), readme);
        assertEquals(10, readme.split("\n  Cite as: Jharkhand Child Rights Forum, \u201c", -1).length - 1, readme);
        assertTrue(readme.contains("""
                08-38-bonded-workers-from-pakur-freed-at-up-brick-kiln-15-are-children.png
                  Title: 38 bonded workers from Pakur freed at UP brick kiln; 15 are children
                  Date: 2020-02-18
                  Source: The Eastern Chronicle
                  Credit: The Eastern Chronicle
                  Licence: \u00a9 The Eastern Chronicle; archived copy for reference, quote with credit
                """), readme);
        assertTrue(readme.contains("  Licence: CC BY 4.0\n"), readme);
        assertFalse(readme.contains("DRAFT"), "the staff-only document is not even named");
        assertTrue(entry(zip, PUBLIC_ZIP.get(2)).contains("भट्ठे से कक्षा तक"));
        byte[] original = Files.readAllBytes(Path.of("seed-content/clippings/eastern-chronicle-2020-02-18-pakur-brick-kiln-bonded.png"));
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(PUBLIC_ZIP.get(8)))) {
            byte[] copy = in.readAllBytes();
            java.awt.image.BufferedImage sent = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(copy));
            java.awt.image.BufferedImage kept = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(original));
            assertTrue(java.util.Arrays.equals(kept.getRGB(0, 0, kept.getWidth(), kept.getHeight(), null, 0, kept.getWidth()),
                    sent.getRGB(0, 0, sent.getWidth(), sent.getHeight(), null, 0, sent.getWidth())), "the clipping arrives as the same picture");
            String chunks = new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(new String(original, java.nio.charset.StandardCharsets.ISO_8859_1).contains("tEXt"), "the archived scan has text chunks");
            assertFalse(chunks.contains("tEXt") || chunks.contains("tIME") || chunks.contains("iTXt"),
                    "the ZIP's copy carries none of the scan's hidden text chunks");
        }
    }

    @Test
    void anEmbargoedKitIsHiddenWithoutItsPreviewLinkAndOpensWithIt() throws Exception {
        assertEquals(404, status("/press/kits/" + EMBARGOED_KIT + ".zip", false));
        assertEquals(404, status("/press/kits/" + EMBARGOED_KIT + ".zip?preview=wrong-token", false));
        assertEquals(404, status("/press/kit.xhtml?slug=" + EMBARGOED_KIT, false));
        assertEquals(404, status("/api/presskits/" + EMBARGOED_KIT, false));
        JsonArray publicKits = Portal.json("{\"kits\":" + portal.get("/api/presskits", false).body() + "}").getJsonArray("kits");
        assertEquals(List.of(PUBLIC_KIT), publicKits.getValuesAs(JsonObject.class).stream().map(k -> k.getString("slug")).toList());
        assertTrue(publicKits.getJsonObject(0).isNull("previewToken"), "the public never sees a preview token");

        JsonObject embargoed = staffKit(EMBARGOED_KIT);
        assertTrue(embargoed.getBoolean("embargoed"));
        String token = embargoed.getString("previewToken");
        assertEquals(43, token.length());
        String almost = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
        assertEquals(404, status("/press/kits/" + EMBARGOED_KIT + ".zip?preview=" + almost, false), "one character off");

        HttpResponse<String> page = portal.get("/press/kit.xhtml?slug=" + EMBARGOED_KIT + "&preview=" + token, false);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Embargoed until 2027-06-12T04:30:00Z"), page.body());
        assertFalse(page.body().contains("preview=" + token + "</code>"), "the stable link does not carry the token");

        Path zip = downloads.resolve("embargoed.zip");
        HttpResponse<Path> download = http.send(HttpRequest.newBuilder(URI.create(portal.base() + "/press/kits/" + EMBARGOED_KIT
                + ".zip?preview=" + token)).build(), HttpResponse.BodyHandlers.ofFile(zip));
        assertEquals(200, download.statusCode());
        assertEquals("private, no-store", download.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(List.of("README.txt", "01-embargoed-press-release-five-years-on-what-became-of-the-children-who-picked-mic.html",
                "02-press-release-mica-report-hi.html", "03-behind-the-shine-children-households-and-the-mica-supply-chain-in-koderma-and-gi.pdf",
                "04-ranchi-samachar-2025-02-08-giridih-mica-children-school.pdf", "05-jharkhand-darpan-2021-11-03-koderma-dhibra-children.jpg",
                "06-logo-of-the-jharkhand-child-rights-forum-svg.svg"), entries(zip));
        assertTrue(entry(zip, "README.txt").startsWith(EMBARGOED_TITLE + "\n"));
    }

    @Test
    void aStaffOnlyDocumentInAKitIsLeftOutForThePublicAndMarkedForStaff() throws Exception {
        JsonObject publicView = Portal.json(portal.get("/api/presskits/" + PUBLIC_KIT, false).body());
        List<String> publicTitles = publicView.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("title")).toList();
        assertEquals(10, publicTitles.size());
        assertFalse(publicTitles.contains(STAFF_ONLY_TITLE));

        JsonObject staffView = staffKit(PUBLIC_KIT);
        List<JsonObject> staffEntries = staffView.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(11, staffEntries.size());
        JsonObject marked = staffEntries.get(10);
        assertEquals(STAFF_ONLY_TITLE, marked.getString("title"));
        assertTrue(marked.getBoolean("staffOnly"));
        assertEquals(1, staffEntries.stream().filter(e -> e.getBoolean("staffOnly")).count());

        long before = staffView.getJsonNumber("downloads").longValue();
        Path zip = downloads.resolve("staff.zip");
        HttpResponse<Path> download = http.send(HttpRequest.newBuilder(URI.create(portal.base() + "/press/kits/" + PUBLIC_KIT + ".zip"))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofFile(zip));
        assertEquals(200, download.statusCode());
        List<String> staffZip = new ArrayList<>(PUBLIC_ZIP);
        staffZip.add("11-draft-policy-note-statutory-panchayat-registration-of-inter-state-migration-of-w.docx");
        assertEquals(staffZip, entries(zip));
        assertTrue(entry(zip, "README.txt").contains("Title: " + STAFF_ONLY_TITLE));
        assertEquals(before + 1, staffKit(PUBLIC_KIT).getJsonNumber("downloads").longValue(), "each download is counted");

        HttpResponse<String> staffPage = http.send(HttpRequest.newBuilder(URI.create(portal.base() + "/admin/press/kit.xhtml?slug=" + PUBLIC_KIT))
                .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, staffPage.statusCode());
        assertTrue(staffPage.body().contains("Staff only: not in the public ZIP"), staffPage.body());
    }

    @Test
    void coverageCountsOnlyPublicClippingsAndTheCsvCarriesTheSameNumbers() throws Exception {
        long publicClippings = portal.search("", false, "f=type:press-clipping").getInt("total");
        JsonObject coverage = Portal.json(portal.get("/api/coverage", false).body());
        assertEquals(publicClippings, coverage.getInt("total"));
        assertEquals(12, coverage.getInt("total"));
        JsonObject year = Portal.json(portal.get("/api/coverage?year=2024", false).body());
        assertEquals(2, year.getInt("total"));
        HttpResponse<String> csv = portal.get("/api/coverage.csv?year=2024", false);
        assertEquals(200, csv.statusCode());
        assertEquals("""
                section,month,total,language:en,language:hi,medium:online,medium:print\r
                month,2024-01,1,0,1,0,1\r
                month,2024-02,0,0,0,0,0\r
                month,2024-03,0,0,0,0,0\r
                month,2024-04,0,0,0,0,0\r
                month,2024-05,0,0,0,0,0\r
                month,2024-06,0,0,0,0,0\r
                month,2024-07,0,0,0,0,0\r
                month,2024-08,0,0,0,0,0\r
                month,2024-09,1,1,0,1,0\r
                month,2024-10,0,0,0,0,0\r
                month,2024-11,0,0,0,0,0\r
                month,2024-12,0,0,0,0,0\r
                \r
                section,outlet,count,first,latest\r
                outlet,Chotanagpur Times,1,2024-09-12,2024-09-12\r
                outlet,Jharkhand Darpan,1,2024-01-22,2024-01-22\r
                """, csv.body());
        HttpResponse<String> bad = portal.get("/api/coverage?year=twenty", false);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> page = portal.get("/press/coverage.xhtml?outlet=" + Portal.encode("Ranchi Samachar"), false);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<svg"), "the chart is drawn on the server");
    }

    @Test
    void aKitWhoseCaptionNamesAChildIsHeldUntilAnEditorSaysTheyReviewedIt() throws Exception {
        String slug = "kiln-visit-" + marker();
        String[] editor = readyAccount("kit-editor-" + marker(), "editor");
        String[] staff = readyAccount("kit-staff-" + marker(), "staff");
        HttpResponse<String> created = call("POST", "/api/presskits", editor, "{\"slug\": \"" + slug + "\", \"title\": \"Kiln visit "
                + slug + "\", \"summary\": \"Photos from the brick kilns of Pakur, June 2025.\"}");
        assertEquals(201, created.statusCode(), created.body());
        try {
            assertFalse(Portal.json(created.body()).getBoolean("published"), "a new kit is a draft");
            HttpResponse<String> added = addAsset(slug, TestImages.fieldPhotoJpeg(), "kiln.jpg", "image/jpeg",
                    "{\"kind\": \"photo\", \"title\": \"At the kiln\", \"caption\": \"" + CHILD_CAPTION + "\"}", editor);
            assertEquals(200, added.statusCode(), added.body());
            List<String> found = findings(Portal.json(added.body()).getJsonArray("safeguarding"));
            assertTrue(found.contains("child-identity in item 1: caption: Sunita Kumari, 14"), "staff see the caption's finding: " + found);
            assertTrue(found.contains("location-in-file in item 1: file metadata: GPS: "), "and what the photo hides: " + found);
            assertEquals(404, status("/api/presskits/" + slug, false), "a draft is not public");
            HttpResponse<String> page = asAccount("/admin/press/kit.xhtml?slug=" + slug, editor);
            assertTrue(page.body().contains("<mark>Sunita Kumari, 14</mark>"), "the kit's page marks the passage: " + page.body());
            assertTrue(page.body().contains("id=\"publish:safeguardingReviewed\""), "and asks for the review");

            HttpResponse<String> refused = call("POST", "/api/presskits/" + slug + "/publish", editor, null);
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(Portal.json(refused.body()).getString("detail").startsWith("The safeguarding checks found 1 passage(s) in this kit"),
                    refused.body());
            assertEquals(List.of("child-identity in item 1: caption: Sunita Kumari, 14"),
                    findings(Portal.json(refused.body()).getJsonArray("safeguarding")),
                    "the caption holds the kit; the photo's position does not, the public copy leaves it out");
            assertEquals(404, status("/api/presskits/" + slug, false));

            HttpResponse<String> notAnEditor = call("POST", "/api/presskits/" + slug + "/publish", staff, "{\"safeguardingReviewed\": true}");
            assertEquals(403, notAnEditor.statusCode(), notAnEditor.body());
            assertEquals("Only editors and administrators may publish what the safeguarding checks found.",
                    Portal.json(notAnEditor.body()).getString("detail"));
            assertEquals(404, status("/api/presskits/" + slug, false));

            HttpResponse<String> reviewed = call("POST", "/api/presskits/" + slug + "/publish", editor, "{\"safeguardingReviewed\": true}");
            assertEquals(200, reviewed.statusCode(), reviewed.body());
            assertTrue(Portal.json(reviewed.body()).getBoolean("published"));
            HttpResponse<String> publicView = portal.get("/api/presskits/" + slug, false);
            assertEquals(200, publicView.statusCode(), publicView.body());
            assertEquals(CHILD_CAPTION, Portal.json(publicView.body()).getJsonArray("entries").getJsonObject(0).getString("caption"));
            assertFalse(publicView.body().contains("\"safeguarding\""), "the public never sees the findings: " + publicView.body());
            assertEquals(200, status("/press/kits/" + slug + ".zip", false));
            String review = portal.get("/api/admin/audit?action=SAFEGUARDING_REVIEW&target=" + Portal.encode("kit " + slug), true).body();
            JsonObject entry = Portal.json(review).getJsonArray("entries").getJsonObject(0);
            assertEquals(editor[0], entry.getString("actor"));
            assertTrue(entry.getString("details").startsWith("published after reviewing what the safeguarding checks found:"), review);
            assertTrue(entry.getString("details").contains("child-identity") && !entry.getString("details").contains("location-in-file"), review);
            String published = portal.get("/api/admin/audit?action=KIT_PUBLISH&target=" + Portal.encode("kit " + slug), true).body();
            assertEquals(1, Portal.json(published).getInt("total"), published);
        } finally {
            withdraw(slug, "Kiln visit " + slug);
        }
    }

    @Test
    void aCleanKitPublishesWithoutAnyFlagAndADocumentHeldForReviewStaysOutOfIt() throws Exception {
        String slug = "clean-kit-" + marker();
        long held = heldDocument(slug);
        try {
            assertEquals(201, call("POST", "/api/presskits", admin(), "{\"slug\": \"" + slug + "\", \"title\": \"Registers " + slug
                    + "\", \"summary\": \"Panchayat registers kept 1,200 children in school in Dumka.\"}").statusCode());
            HttpResponse<String> release = addAsset(slug, ("<html><head><title>Registers</title></head><body><p>Panchayat registers kept"
                    + " 1,200 children of migrant workers in school in Dumka in 2024-25.</p></body></html>").getBytes(StandardCharsets.UTF_8),
                    "release.html", "text/html", "{\"kind\": \"press-release\", \"title\": \"Press release " + slug + "\"}", admin());
            assertEquals(200, release.statusCode(), release.body());
            HttpResponse<String> withDocument = call("POST", "/api/presskits/" + slug + "/items", admin(), "{\"document\": " + held + "}");
            assertEquals(200, withDocument.statusCode(), withDocument.body());
            assertEquals(0, Portal.json(withDocument.body()).getJsonArray("safeguarding").size(),
                    "the kit's own words and file hold nothing; the document's findings are the archive's");

            HttpResponse<String> published = call("POST", "/api/presskits/" + slug + "/publish", admin(), null);
            assertEquals(200, published.statusCode(), published.body());

            JsonObject publicView = Portal.json(portal.get("/api/presskits/" + slug, false).body());
            assertEquals(List.of("Press release " + slug), publicView.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("title")).toList(), "the held document is left out for the public");
            Path zip = downloads.resolve("clean.zip");
            HttpResponse<Path> download = http.send(HttpRequest.newBuilder(URI.create(portal.base() + "/press/kits/" + slug + ".zip")).build(),
                    HttpResponse.BodyHandlers.ofFile(zip));
            assertEquals(200, download.statusCode());
            assertEquals(2, entries(zip).size(), "the README and the press release: " + entries(zip));
            assertFalse(entry(zip, "README.txt").contains("Visit " + slug), "the held document is not even named");
            List<JsonObject> forStaff = staffKit(slug).getJsonArray("entries").getValuesAs(JsonObject.class);
            assertTrue(forStaff.get(1).getBoolean("staffOnly"), "staff see it, marked: " + forStaff);
            assertEquals(0, Portal.json(portal.get("/api/admin/audit?action=SAFEGUARDING_REVIEW&target=" + Portal.encode("kit " + slug), true)
                    .body()).getInt("total"), "nothing was reviewed, because nothing needed it");
        } finally {
            assertEquals(204, portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + held)).DELETE()
                    .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).build()).statusCode());
            withdraw(slug, "Registers " + slug);
        }
    }

    @Test
    void aDocumentWithWithheldPassagesGoesIntoAPublicKitWithoutThemAndWithoutItsOriginal() throws Exception {
        String slug = "withheld-kit-" + marker();
        long document = heldDocument(slug);
        try {
            JsonObject held = Portal.json(portal.get("/api/documents/" + document, true).body());
            HttpResponse<String> withheld = call("PUT", "/api/documents/" + document + "/withheld", admin(), "{\"passages\": [\"Sunita Kumari\"]}",
                    held.getJsonNumber("revision").longValue());
            assertEquals(200, withheld.statusCode(), withheld.body());
            HttpResponse<String> published = call("PUT", "/api/documents/" + document, admin(), "{\"title\": \"Visit " + slug
                    + "\", \"type\": \"policy-document\", \"visibility\": \"public\"}", Portal.json(withheld.body()).getJsonNumber("revision").longValue());
            assertEquals(200, published.statusCode(), "with the child's name withheld, nothing holds it back: " + published.body());
            assertEquals(201, call("POST", "/api/presskits", admin(), "{\"slug\": \"" + slug + "\", \"title\": \"Visits " + slug + "\"}").statusCode());
            assertEquals(200, call("POST", "/api/presskits/" + slug + "/items", admin(), "{\"document\": " + document + "}").statusCode());
            assertEquals(200, call("POST", "/api/presskits/" + slug + "/publish", admin(), null).statusCode());

            String publicKit = portal.get("/api/presskits/" + slug, false).body();
            assertTrue(publicKit.contains("Visit " + slug) && !publicKit.contains("Sunita"), publicKit);
            Path zip = downloads.resolve("withheld.zip");
            HttpResponse<Path> download = http.send(HttpRequest.newBuilder(URI.create(portal.base() + "/press/kits/" + slug + ".zip")).build(),
                    HttpResponse.BodyHandlers.ofFile(zip));
            assertEquals(200, download.statusCode());
            assertEquals(List.of("README.txt"), entries(zip), "no file of the document: its original names the child");
            String readme = entry(zip, "README.txt");
            assertTrue(readme.contains("Visit " + slug) && readme.contains("withheld to protect the people it names"), readme);
            assertFalse(readme.contains("Sunita"), readme);

            HttpResponse<String> copy = upload("/api/documents/" + document + "/redacted-copy",
                    ("Field visit " + slug + ". At the brick kiln we met █████, 14.").getBytes(StandardCharsets.UTF_8), "visit-redacted.txt",
                    "text/plain", null, admin());
            assertEquals(200, copy.statusCode(), copy.body());
            Path again = downloads.resolve("withheld-copy.zip");
            http.send(HttpRequest.newBuilder(URI.create(portal.base() + "/press/kits/" + slug + ".zip")).build(), HttpResponse.BodyHandlers.ofFile(again));
            List<String> names = entries(again);
            assertEquals(2, names.size(), "the README and the redacted copy: " + names);
            String file = names.stream().filter(name -> !name.equals("README.txt")).findFirst().orElseThrow();
            assertTrue(entry(again, file).contains("█████") && !entry(again, file).contains("Sunita"), entry(again, file));
        } finally {
            assertEquals(204, portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + document)).DELETE()
                    .header("Authorization", Portal.basic(Portal.ADMIN, Portal.ADMIN_PASSWORD)).build()).statusCode());
            withdraw(slug, "Visits " + slug);
        }
    }

    @Test
    void anEditorSeesTheMarkedPassageOnTheKitsPageAndPublishesItHavingTickedTheReviewBox() throws Exception {
        String slug = "back-in-class-" + marker();
        String summary = "Five years on, Pooja Oraon, 13, is back in class in Koderma.";
        assertEquals(201, call("POST", "/api/presskits", admin(), "{\"slug\": \"" + slug + "\", \"title\": \"Back in class " + slug
                + "\", \"summary\": \"" + summary + "\"}").statusCode());
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            portal.logInAsAdmin(browser, wait);
            browser.get(portal.base() + "/admin/press/kit.xhtml?slug=" + slug);
            assertEquals("Pooja Oraon, 13", browser.findElement(By.cssSelector("#safeguarding mark")).getText());
            assertTrue(browser.findElement(By.id("safeguarding")).getText().contains("Title and summary"));
            assertEquals("Draft", browser.findElement(By.id("kit-state")).getText());

            browser.findElement(By.id("publish:publishButton")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "safeguarding checks found 1 passage(s)"));
            assertEquals("Draft", browser.findElement(By.id("kit-state")).getText());
            assertEquals(404, status("/api/presskits/" + slug, false), "not published without the review");

            browser.findElement(By.id("publish:safeguardingReviewed")).click();
            browser.findElement(By.id("publish:publishButton")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The kit is published."));
            assertEquals("Public", browser.findElement(By.id("kit-state")).getText());
            assertTrue(browser.findElements(By.id("publish:publishButton")).isEmpty(), "a published kit has nothing left to publish");
        } finally {
            browser.quit();
        }
        try {
            assertEquals(200, status("/api/presskits/" + slug, false));
            String review = portal.get("/api/admin/audit?action=SAFEGUARDING_REVIEW&target=" + Portal.encode("kit " + slug), true).body();
            String details = Portal.json(review).getJsonArray("entries").getJsonObject(0).getString("details");
            assertTrue(details.contains("Pooja Oraon") && details.contains("\"where\":\"summary\""), review);
        } finally {
            withdraw(slug, "Back in class " + slug);
        }
    }

    @Test
    void anEditorChangesThePressRoomWordsInEnglishAndHindiAndThePressRoomAndEveryKitReadmeShowThemEscaped() throws Exception {
        HttpResponse<String> seeded = portal.get("/api/pressroom", false);
        assertEquals(200, seeded.statusCode(), seeded.body());
        JsonObject original = Portal.json(seeded.body());
        assertTrue(original.getJsonObject("about").getString("en").startsWith("The Jharkhand Child Rights Forum (झारखंड बाल अधिकार मंच) works"),
                "a fresh install shows the texts the press room had before they became data");
        assertEquals(List.of("Anjali Tirkey", "रमेश महतो"), original.getJsonArray("contacts").getValuesAs(JsonObject.class).stream()
                .map(contact -> contact.getString("name")).toList());
        String marker = marker();
        String[] editor = readyAccount("press-editor-" + marker, "editor");
        String[] staff = readyAccount("press-staff-" + marker, "staff");
        String changed = """
                {"about": {"en": "About %1$s <b>bold</b> & co", "hi": "हमारे बारे में %1$s <script>alert(1)</script>"},
                 "helpline": {"en": "Helpline %1$s: call 1098.", "hi": null},
                 "contacts": [{"name": "Meera <i>Soren</i> %1$s", "role": {"en": "Press officer", "hi": "प्रेस अधिकारी"},
                               "email": "press.%1$s@jcrf.example", "phone": "+91 651 200 0999"}]}
                """.formatted(marker);
        long version = original.getJsonNumber("version").longValue();
        try {
            HttpResponse<String> refused = call("PUT", "/api/pressroom", staff, changed, version);
            assertEquals(403, refused.statusCode(), "staff who are not editors may not change the press room: " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals(403, asAccount("/admin/press/room.xhtml", staff).statusCode(), "nor open its staff page");
            assertEquals(400, call("PUT", "/api/pressroom", editor, changed).statusCode(), "an edit names the version it is based on");

            HttpResponse<String> saved = call("PUT", "/api/pressroom", editor, changed, version);
            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals(version + 1, Portal.json(saved.body()).getJsonNumber("version").longValue());
            HttpResponse<String> stale = call("PUT", "/api/pressroom", editor, changed, version);
            assertEquals(409, stale.statusCode(), "a save based on what a colleague has since changed is refused: " + stale.body());

            String english = portal.get("/press/", false).body();
            assertTrue(english.contains("About " + marker + " &lt;b&gt;bold&lt;/b&gt; &amp; co"), english);
            assertFalse(english.contains("<b>bold</b>"), "the editors' words are text, never markup");
            assertTrue(english.contains("Meera &lt;i&gt;Soren&lt;/i&gt; " + marker) && english.contains("href=\"mailto:press." + marker + "@jcrf.example\"")
                    && english.contains("href=\"tel:+916512000999\"") && english.contains("Press officer"), english);
            assertFalse(english.contains("Anjali Tirkey"), "a contact the editor removed is gone");
            String hindi = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/press/")).header("Cookie", "abhilekh-lang=hi").build()).body();
            assertTrue(hindi.contains("हमारे बारे में " + marker + " &lt;script&gt;alert(1)&lt;/script&gt;"), hindi);
            assertFalse(hindi.contains("<script>alert(1)"));
            assertTrue(hindi.contains("प्रेस अधिकारी"), "a Hindi reader gets the contact's Hindi role");
            assertTrue(hindi.contains("lang=\"en\">Helpline " + marker + ": call 1098."), "and the English text where no Hindi is written");

            Path zip = downloads.resolve("about-" + marker + ".zip");
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(portal.base() + "/press/kits/" + PUBLIC_KIT + ".zip")).build(),
                    HttpResponse.BodyHandlers.ofFile(zip)).statusCode());
            String readme = entry(zip, "README.txt");
            assertTrue(readme.contains("About the Jharkhand Child Rights Forum\n--------------------------------------\n\nAbout " + marker
                    + " <b>bold</b> & co\n\nहमारे बारे में " + marker), readme);
            assertTrue(readme.contains("Media contacts\n--------------\n  Meera <i>Soren</i> " + marker + ", Press officer / प्रेस अधिकारी: press."
                    + marker + "@jcrf.example, +91 651 200 0999\n"), readme);

            String trail = portal.get("/api/admin/audit?action=PRESS_ROOM_EDIT&actor=" + editor[0], true).body();
            JsonArray entries = Portal.json(trail).getJsonArray("entries");
            assertEquals(1, entries.size(), trail);
            assertEquals(editor[0], entries.getJsonObject(0).getString("actor"));
            assertTrue(entries.getJsonObject(0).getString("details").contains("about (en): \"The Jharkhand Child Rights Forum"), trail);
        } finally {
            JsonObject now = Portal.json(portal.get("/api/pressroom", false).body());
            JsonObject restore = jakarta.json.Json.createObjectBuilder(original).remove("version").build();
            assertEquals(200, call("PUT", "/api/pressroom", admin(), restore.toString(), now.getJsonNumber("version").longValue()).statusCode());
        }
    }

    @Test
    void pressRoomWordsThatNameAChildAreHeldUntilAnEditorSaysTheyReviewedThemAndTheTrailSaysSo() throws Exception {
        JsonObject original = Portal.json(portal.get("/api/pressroom", false).body());
        String[] editor = readyAccount("press-review-" + marker(), "editor");
        JsonObject naming = jakarta.json.Json.createObjectBuilder(original).remove("version")
                .add("about", jakarta.json.Json.createObjectBuilder(original.getJsonObject("about")).add("en", "Our work. " + CHILD_CAPTION))
                .build();
        long version = original.getJsonNumber("version").longValue();
        try {
            HttpResponse<String> held = call("PUT", "/api/pressroom", editor, naming.toString(), version);
            assertEquals(409, held.statusCode(), held.body());
            assertTrue(held.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonObject problem = Portal.json(held.body());
            assertTrue(problem.getString("detail").startsWith("The safeguarding checks found 1 passage(s) in the press room's words"), held.body());
            assertEquals(List.of("child-identity in about, in English: Sunita Kumari, 14"), findings(problem.getJsonArray("safeguarding")));
            assertFalse(portal.get("/press/", false).body().contains("Sunita Kumari"), "held words are not published");

            JsonObject reviewed = jakarta.json.Json.createObjectBuilder(naming).add("safeguardingReviewed", true).build();
            HttpResponse<String> saved = call("PUT", "/api/pressroom", editor, reviewed.toString(), version);
            assertEquals(200, saved.statusCode(), saved.body());
            assertTrue(portal.get("/press/", false).body().contains("Sunita Kumari, 14"), "the editor's reviewed choice is published");
            JsonArray trail = Portal.json(portal.get("/api/admin/audit?action=SAFEGUARDING_REVIEW&actor=" + editor[0], true).body())
                    .getJsonArray("entries");
            assertEquals(1, trail.size(), trail.toString());
            assertTrue(trail.getJsonObject(0).getString("details").contains("Sunita Kumari, 14"), trail.toString());

            HttpResponse<String> unchanged = call("PUT", "/api/pressroom", editor, naming.toString(), version + 1);
            assertEquals(200, unchanged.statusCode(), "what was reviewed once is not held again: " + unchanged.body());
        } finally {
            JsonObject now = Portal.json(portal.get("/api/pressroom", false).body());
            JsonObject restore = jakarta.json.Json.createObjectBuilder(original).remove("version").build();
            assertEquals(200, call("PUT", "/api/pressroom", admin(), restore.toString(), now.getJsonNumber("version").longValue()).statusCode());
        }
    }

    @Test
    void anEditorChangesThePressRoomOnItsStaffPageInEnglishAndHindi() throws Exception {
        String marker = marker();
        JsonObject original = Portal.json(portal.get("/api/pressroom", false).body());
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            portal.logInAsAdmin(browser, wait);
            browser.get(portal.base() + "/admin/press/");
            browser.findElement(By.id("edit-press-room")).click();
            wait.until(ExpectedConditions.urlContains("/admin/press/room.xhtml"));
            assertEquals("Anjali Tirkey", browser.findElement(By.id("contact-name-0")).getAttribute("value"));
            browser.findElement(By.id("room:aboutEn")).clear();
            browser.findElement(By.id("room:aboutEn")).sendKeys("We are " + marker + ".");
            browser.findElement(By.id("room:aboutHi")).clear();
            browser.findElement(By.id("room:aboutHi")).sendKeys("हम " + marker + " हैं।");
            browser.findElement(By.id("contact-name-2")).sendKeys("Sunil Hansda");
            browser.findElement(By.id("contact-role-en-2")).sendKeys("Photographs");
            browser.findElement(By.id("contact-phone-2")).sendKeys("+91 651 200 0125");
            browser.findElement(By.id("room:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The press room is saved."));
            assertEquals("Sunil Hansda", browser.findElement(By.id("contact-name-2")).getAttribute("value"));

            browser.get(portal.base() + "/press/");
            assertEquals("We are " + marker + ".", browser.findElement(By.id("press-about")).getText());
            assertTrue(browser.findElement(By.id("press-contacts")).getText().contains("Sunil Hansda"));
            browser.findElement(By.cssSelector("a[lang=hi]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("press-about"), "हम " + marker + " हैं।"));
            assertEquals("hi", browser.findElement(By.id("press-about")).getAttribute("lang"));
        } finally {
            browser.quit();
            JsonObject now = Portal.json(portal.get("/api/pressroom", false).body());
            JsonObject restore = jakarta.json.Json.createObjectBuilder(original).remove("version").build();
            assertEquals(200, call("PUT", "/api/pressroom", admin(), restore.toString(), now.getJsonNumber("version").longValue()).statusCode());
        }
        String trail = portal.get("/api/admin/audit?action=PRESS_ROOM_EDIT&actor=admin", true).body();
        assertTrue(trail.contains("We are " + marker), trail);
    }

    @Test
    void anEditorMovesAnItemDownOnTheKitPageAndTheKitKeepsTheNewOrder() throws Exception {
        String slug = "order-kit-" + marker();
        assertEquals(201, call("POST", "/api/presskits", admin(), "{\"slug\": \"" + slug + "\", \"title\": \"Kit " + slug + "\"}").statusCode());
        List<Long> documents = ids(portal.search("", false, "f=type:press-clipping", "size=3"));
        assertEquals(200, call("POST", "/api/presskits/" + slug + "/items", admin(), "{\"documents\": " + documents + "}").statusCode());
        List<String> before = entryTitles(slug);
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            portal.logInAsAdmin(browser, wait);
            browser.get(portal.base() + "/admin/press/kit.xhtml?slug=" + slug);
            List<org.openqa.selenium.WebElement> items = browser.findElements(By.cssSelector(".kit-item"));
            assertEquals(3, items.size());
            assertTrue(items.get(0).findElements(By.cssSelector(".move-up")).isEmpty(), "the first item cannot move up");
            assertTrue(items.get(2).findElements(By.cssSelector(".move-down")).isEmpty(), "the last item cannot move down");
            assertEquals("Move down: " + before.get(0), items.get(0).findElement(By.cssSelector(".move-down")).getAttribute("aria-label"));
            items.get(0).findElement(By.cssSelector(".move-down")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The order of the kit is changed."));
            assertTrue(browser.findElements(By.cssSelector(".kit-item")).get(0).getText().contains(before.get(1)), "the second item is first now");
        } finally {
            browser.quit();
        }
        assertEquals(List.of(before.get(1), before.get(0), before.get(2)), entryTitles(slug), "the kit keeps the new order");
        JsonArray trail = Portal.json(portal.get("/api/admin/audit?action=KIT_SAVE&target=" + slug, true).body()).getJsonArray("entries");
        assertTrue(trail.stream().map(JsonValue::asJsonObject).anyMatch(entry -> entry.getString("details").startsWith("order ")),
                "the new order is in the trail: " + trail);
    }

    private List<String> entryTitles(String slug) throws IOException, InterruptedException {
        return Portal.json(portal.get("/api/presskits/" + slug, true).body()).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("title")).toList();
    }

    @Test
    void theKitApiRemovesAndReordersItemsAndAnEmbargoHidesAKitFromThePublicUntilItIsLifted() throws Exception {
        String slug = "api-kit-" + marker();
        String title = "Kit " + slug;
        assertEquals(201, call("POST", "/api/presskits", admin(), "{\"slug\": \"" + slug + "\", \"title\": \"" + title + "\"}").statusCode());
        List<Long> documents = ids(portal.search("", false, "f=type:press-clipping", "size=3"));
        HttpResponse<String> added = call("POST", "/api/presskits/" + slug + "/items", admin(), "{\"documents\": " + documents + "}");
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(documents, longs(Portal.json(added.body()).getJsonArray("added")));
        assertEquals(200, call("POST", "/api/presskits/" + slug + "/publish", admin(), null).statusCode());
        try {
            assertEquals(200, status("/api/presskits/" + slug, false));
            String[] staff = readyAccount("kit-staff-" + marker(), "staff");
            assertEquals(403, call("PUT", "/api/presskits/" + slug + "/embargo", staff, "{\"until\": \"" + FAR_EMBARGO + "\"}").statusCode());
            assertEquals(400, call("PUT", "/api/presskits/" + slug + "/embargo", admin(), "{\"until\": \"next week\"}").statusCode());

            assertEquals(200, call("PUT", "/api/presskits/" + slug + "/embargo", admin(), "{\"until\": \"" + FAR_EMBARGO + "\"}").statusCode());
            assertEquals(404, status("/api/presskits/" + slug, false), "an embargoed kit is, to the public, no kit at all");
            assertEquals(404, status("/press/kits/" + slug + ".zip", false));
            assertEquals(404, status("/press/kit.xhtml?slug=" + slug, false));
            assertFalse(portal.get("/api/presskits", false).body().contains(slug));
            assertFalse(portal.get("/press/", false).body().contains(title));
            assertEquals(200, status("/api/presskits/" + slug, true), "staff still see it");

            assertEquals(403, call("DELETE", "/api/presskits/" + slug + "/embargo", staff, null).statusCode());
            HttpResponse<String> lifted = call("DELETE", "/api/presskits/" + slug + "/embargo", admin(), null);
            assertEquals(200, lifted.statusCode(), lifted.body());
            assertTrue(Portal.json(lifted.body()).isNull("embargoUntil"), lifted.body());
            assertEquals(200, status("/api/presskits/" + slug, false), "lifted, the kit is public at once");
            assertEquals(200, portal.download("/press/kits/" + slug + ".zip", false).statusCode());
            assertTrue(portal.get("/api/presskits", false).body().contains(slug));
            String publication = portal.get("/api/admin/audit?action=KIT_PUBLISH&target=" + Portal.encode("kit " + slug), true).body();
            assertTrue(publication.contains("embargo " + FAR_EMBARGO + " -> null"), "lifting an embargo is a publication: " + publication);

            List<Long> items = itemIds(staffKit(slug));
            List<Long> reversed = new ArrayList<>(items);
            Collections.reverse(reversed);
            assertEquals(400, call("PUT", "/api/presskits/" + slug + "/order", admin(), "{\"items\": " + items.subList(0, 2) + "}").statusCode(),
                    "a new order names every item");
            assertEquals(200, call("PUT", "/api/presskits/" + slug + "/order", admin(), "{\"items\": " + reversed + "}").statusCode());
            assertEquals(reversed, itemIds(staffKit(slug)));

            assertEquals(403, call("DELETE", "/api/presskits/" + slug + "/items/" + items.get(0), staff, null).statusCode());
            HttpResponse<String> removed = call("DELETE", "/api/presskits/" + slug + "/items/" + items.get(0), admin(), null);
            assertEquals(200, removed.statusCode(), removed.body());
            assertEquals(reversed.subList(0, 2), itemIds(Portal.json(removed.body())));
            HttpResponse<String> again = call("DELETE", "/api/presskits/" + slug + "/items/" + items.get(0), admin(), null);
            assertEquals(404, again.statusCode());
            assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            String trail = portal.get("/api/admin/audit?action=KIT_SAVE&target=" + Portal.encode("kit " + slug), true).body();
            assertTrue(trail.contains("removed item " + items.get(0)) && trail.contains("order " + items), trail);
        } finally {
            withdraw(slug, title);
        }
    }

    @Test
    void anEditorAddsTheFirstResultsOfASearchToADraftKitThroughTheApi() throws Exception {
        String slug = "from-search-" + marker();
        assertEquals(201, call("POST", "/api/presskits", admin(), "{\"slug\": \"" + slug + "\", \"title\": \"From a search\"}").statusCode());
        String search = "{\"search\": {\"q\": \"\", \"f\": [\"type:press-clipping\"], \"sort\": \"date\"}, \"limit\": 5}";
        List<Long> expected = ids(portal.search("", true, "f=type:press-clipping", "sort=date", "size=5"));
        assertEquals(5, expected.size());

        HttpResponse<String> added = call("POST", "/api/presskits/" + slug + "/items", admin(), search);
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(expected, longs(Portal.json(added.body()).getJsonArray("added")), "the search's first five, in its order, as staff see it");
        assertEquals(expected, Portal.json(added.body()).getJsonObject("kit").getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getJsonNumber("documentId").longValue()).toList());
        HttpResponse<String> twice = call("POST", "/api/presskits/" + slug + "/items", admin(), search);
        assertEquals(List.of(), longs(Portal.json(twice.body()).getJsonArray("added")));
        assertEquals(expected, longs(Portal.json(twice.body()).getJsonArray("alreadyInKit")));

        assertEquals(400, call("POST", "/api/presskits/" + slug + "/items", admin(), search.replace("\"limit\": 5", "\"limit\": 101")).statusCode());
        HttpResponse<String> badFacet = call("POST", "/api/presskits/" + slug + "/items", admin(), search.replace("type:press-clipping", "colour:red"));
        assertEquals(400, badFacet.statusCode());
        assertTrue(badFacet.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, call("POST", "/api/presskits/" + slug + "/items", readyAccount("search-staff-" + marker(), "staff"), search).statusCode());
        assertEquals(404, call("POST", "/api/presskits/no-such-kit-" + marker() + "/items", admin(), search).statusCode());
        HttpResponse<String> published = call("POST", "/api/presskits/" + PUBLIC_KIT + "/items", admin(), search);
        assertEquals(409, published.statusCode(), "several documents at once go into a draft: " + published.body());
        String trail = portal.get("/api/admin/audit?action=KIT_SAVE&target=" + Portal.encode("kit " + slug), true).body();
        assertTrue(trail.contains("added documents " + expected + " from search \\\"\\\" f=type:press-clipping sort date, first 5"), trail);
        assertEquals(404, status("/api/presskits/" + slug, false), "the draft stays the staff's");
    }

    @Test
    void anEditorTicksSearchResultsAndAddsThemToANewDraftKitThenAddsTheFirstResultsToIt() throws Exception {
        String slug = "ticked-" + marker();
        WebDriver browser = Portal.phoneBrowser();
        List<Long> ticked = new ArrayList<>();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            portal.logInAsAdmin(browser, wait);
            browser.get(portal.base() + "/search/?f=type:press-clipping&sort=date");
            List<org.openqa.selenium.WebElement> boxes = browser.findElements(By.cssSelector(".hit input[name=document]"));
            assertTrue(boxes.size() >= 3, "an editor can tick each document hit");
            for (org.openqa.selenium.WebElement box : List.of(boxes.get(1), boxes.get(2))) {
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
                box.click();
                ticked.add(Long.parseLong(box.getAttribute("value")));
            }
            browser.findElement(By.id("add-selected")).click();
            wait.until(ExpectedConditions.urlContains("/admin/press/add.xhtml"));
            assertEquals(2, browser.findElements(By.cssSelector("#to-add li")).size());
            browser.findElement(By.id("new-kit:slug")).sendKeys(slug);
            browser.findElement(By.id("new-kit:title")).sendKeys("Ticked " + slug);
            browser.findElement(By.id("new-kit:create")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2 documents were added to the kit."));
            assertEquals("Draft", browser.findElement(By.id("kit-state")).getText());

            browser.get(portal.base() + "/search/?f=type:press-clipping&sort=date");
            org.openqa.selenium.WebElement limit = browser.findElement(By.id("add-limit"));
            limit.clear();
            limit.sendKeys("3");
            browser.findElement(By.id("add-first")).click();
            wait.until(ExpectedConditions.urlContains("/admin/press/add.xhtml"));
            assertEquals(3, browser.findElements(By.cssSelector("#to-add li")).size());
            browser.findElement(By.cssSelector("#drafts input[data-slug='" + slug + "']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 document was added to the kit."));
        } finally {
            browser.quit();
        }
        List<Long> firstThree = ids(portal.search("", true, "f=type:press-clipping", "sort=date", "size=3"));
        List<Long> expected = new ArrayList<>(ticked);
        expected.add(firstThree.get(0));
        assertEquals(expected, staffKit(slug).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getJsonNumber("documentId").longValue()).toList(), "the ticked two, then the one of the first three not in yet");
    }

    private static List<Long> ids(JsonObject search) {
        return search.getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(hit -> hit.getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> longs(JsonArray numbers) {
        return numbers.getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList();
    }

    private static List<Long> itemIds(JsonObject kit) {
        return kit.getJsonArray("entries").getValuesAs(JsonObject.class).stream().map(entry -> entry.getJsonNumber("itemId").longValue()).toList();
    }

    private JsonObject staffKit(String slug) throws IOException, InterruptedException {
        HttpResponse<String> response = portal.get("/api/presskits/" + slug, true);
        assertEquals(200, response.statusCode(), response.body());
        return Portal.json(response.body());
    }

    private int status(String path, boolean asAdmin) throws IOException, InterruptedException {
        return portal.get(path, asAdmin).statusCode();
    }

    /** A document asked to be public whose text names a child: once read, it is held for an editor's review. */
    private long heldDocument(String marker) throws Exception {
        byte[] text = ("Field visit " + marker + ". At the brick kiln we met Sunita Kumari, 14, who had not been to school for a year.")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> stored = upload("/api/documents", text, "visit.txt", "text/plain",
                "{\"title\": \"Visit " + marker + "\", \"type\": \"policy-document\", \"visibility\": \"public\"}", admin());
        assertEquals(202, stored.statusCode(), stored.body());
        long id = Portal.json(stored.body()).getJsonObject("document").getJsonNumber("id").longValue();
        long job = Portal.json(stored.body()).getJsonObject("job").getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!"done".equals(Portal.json(portal.get("/api/jobs/" + job, true).body()).getString("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals("held", Portal.json(portal.get("/api/documents/" + id, true).body()).getString("publicationHold"));
        return id;
    }

    /** Puts a test's kit under a far embargo, so the public lists stay those of the seed. */
    private void withdraw(String slug, String title) throws IOException, InterruptedException {
        HttpResponse<String> hidden = call("PUT", "/api/presskits/" + slug, admin(), "{\"title\": \"" + title + "\", \"embargoUntil\": \""
                + FAR_EMBARGO + "\", \"safeguardingReviewed\": true}");
        assertEquals(200, hidden.statusCode(), hidden.body());
    }

    /** Each finding as "kind in where: match". */
    private static List<String> findings(JsonArray findings) {
        return findings.getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("kind") + " in " + f.getString("where") + ": " + f.getString("match", "")).toList();
    }

    private static String[] admin() {
        return new String[] {Portal.ADMIN, Portal.ADMIN_PASSWORD};
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an account and replaces its one-time password: its name and chosen password. */
    private String[] readyAccount(String name, String role) throws IOException, InterruptedException {
        HttpResponse<String> created = call("POST", "/api/admin/users", admin(), "{\"username\": \"" + name + "\", \"role\": \"" + role + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String oneTime = Portal.json(created.body()).getString("oneTimePassword");
        String chosen = name + "-password-" + UUID.randomUUID();
        HttpResponse<String> changed = call("PUT", "/api/account/password", new String[] {name, oneTime},
                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"" + chosen + "\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        return new String[] {name, chosen};
    }

    /** An edit of a document as this account, based on the revision it names. */
    private HttpResponse<String> call(String method, String path, String[] account, String json, long revision)
            throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Portal.basic(account[0], account[1])).header("Content-Type", "application/json")
                .header("If-Match", "\"" + revision + "\"").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** An API call as this account; a body is sent as JSON. */
    private HttpResponse<String> call(String method, String path, String[] account, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Portal.basic(account[0], account[1]));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return portal.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> asAccount(String path, String[] account) throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + path)).header("Authorization", Portal.basic(account[0], account[1]))
                .build());
    }

    private HttpResponse<String> addAsset(String slug, byte[] file, String fileName, String mediaType, String metadata, String[] account)
            throws IOException, InterruptedException {
        return upload("/api/presskits/" + slug + "/items", file, fileName, mediaType, metadata, account);
    }

    /** A multipart upload: a part {@code metadata} (JSON) and a part {@code file}. */
    private HttpResponse<String> upload(String path, byte[] file, String fileName, String mediaType, String metadata, String[] account)
            throws IOException, InterruptedException {
        String boundary = "----kit" + UUID.randomUUID();
        String described = metadata == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + metadata + "\r\n";
        byte[] head = (described + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Portal.basic(account[0], account[1]))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = new ArrayList<>();
            Collections.list(file.entries()).forEach(entry -> names.add(entry.getName()));
            return names;
        }
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8); InputStream in = file.getInputStream(file.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
