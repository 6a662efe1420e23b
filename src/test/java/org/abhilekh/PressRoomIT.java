package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
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
 * that lists a staff-only document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PressRoomIT {

    private static final String PUBLIC_KIT = "kilns-to-classrooms-2025";
    private static final String PUBLIC_KIT_TITLE = "From kilns to classrooms: keeping brick-kiln children in school (June 2025)";
    private static final String EMBARGOED_KIT = "mica-children-five-years-on-2027";
    private static final String EMBARGOED_TITLE = "Five years on: the children who picked mica in Koderma and Giridih (embargoed)";
    private static final String STAFF_ONLY_TITLE = "DRAFT Policy Note: Statutory Panchayat Registration of Inter-State Migration of Workers and Accompanying Children";
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
        portal = new Portal(deployed);
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

    private JsonObject staffKit(String slug) throws IOException, InterruptedException {
        HttpResponse<String> response = portal.get("/api/presskits/" + slug, true);
        assertEquals(200, response.statusCode(), response.body());
        return Portal.json(response.body());
    }

    private int status(String path, boolean asAdmin) throws IOException, InterruptedException {
        return portal.get(path, asAdmin).statusCode();
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
