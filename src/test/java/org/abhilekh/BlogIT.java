package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The public blog on the built WAR with the seed blog loaded: what a new visitor reads and sends, what
 * staff moderate, and that a commenter's email address never leaves the server. The methods run in
 * order because comments from this test's address count against one rate limit, which the last test
 * exhausts on purpose.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlogIT {

    private static final String POPULAR = "police-training-ranchi-child-welfare-officers";
    private static final String KILNS = "brick-kiln-children-dhanbad-bokaro-ramgarh";
    private static final String CWC = "cwc-orientation-dumka";
    private static final String DRAFT = "annual-report-2025-draft";
    private static final String SCHEDULED = "world-day-against-child-labour-exhibition";
    private static final Set<String> PUBLIC_SLUGS = Set.of(POPULAR, CWC, KILNS, "gram-sabha-bal-taskari-jagrukta-gumla",
            "abhrak-kshetra-bachche-sarvekshan");
    private static final String HOSTILE_EMAIL = "hostile.sender@attacker.example";
    private static final String READER_EMAIL = "journey.reader@example.net";
    /** Every seed and test email address is at an example domain; none may appear in anything public. */
    private static final Pattern ANY_EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]*example\\.[a-z]+");

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
    @Order(1)
    void theApiListsOnlyPublishedPostsAndPagesTheirCommentsWithoutEmails() throws Exception {
        HttpResponse<String> list = portal.get("/api/posts?size=50", false);
        assertEquals(200, list.statusCode());
        JsonObject posts = Portal.json(list.body());
        assertEquals(5, posts.getInt("total"));
        List<String> slugs = posts.getJsonArray("posts").getValuesAs(JsonObject.class).stream().map(p -> p.getString("slug")).toList();
        assertEquals(PUBLIC_SLUGS, Set.copyOf(slugs));
        assertEquals("abhrak-kshetra-bachche-sarvekshan", slugs.getFirst(), "newest first");
        assertEquals(1, Portal.json(portal.get("/api/posts?size=2&page=3", false).body()).getJsonArray("posts").size());
        assertEquals(2, Portal.json(portal.get("/api/posts?category=research", false).body()).getInt("total"));

        for (String hidden : List.of(DRAFT, SCHEDULED)) {
            assertEquals(404, portal.get("/api/posts/" + hidden, false).statusCode(), hidden);
            assertEquals(404, portal.get("/blog/" + hidden, false).statusCode(), hidden);
            assertFalse(list.body().contains(hidden));
        }

        HttpResponse<String> popular = portal.get("/api/posts/" + POPULAR, false);
        JsonObject post = Portal.json(popular.body());
        assertEquals(65, post.getInt("commentCount"), "58 approved comments and 7 approved replies");
        assertEquals(50, post.getJsonArray("comments").size());
        assertEquals(2, post.getInt("commentPages"));
        assertEquals(8, Portal.json(portal.get("/api/posts/" + POPULAR + "?commentPage=2", false).body()).getJsonArray("comments").size());
        assertNoEmail(popular.body(), "the API");
        assertNoEmail(portal.get("/api/posts/" + POPULAR + "?commentPage=2", false).body(), "the API, page 2");
        assertFalse(popular.body().contains("Casino"), "spam is not shown");
        assertFalse(popular.body().contains("Shalini"), "held comments are not shown");
    }

    @Test
    @Order(2)
    void feedsAreAtomWithOnlyPublicPostsAndTheSitemapListsThem() throws Exception {
        HttpResponse<String> feed = portal.get("/feed.atom", false);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        Element root = xml(feed.body()).getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals(5, root.getElementsByTagNameNS(root.getNamespaceURI(), "entry").getLength());
        assertFalse(feed.body().contains(DRAFT) || feed.body().contains(SCHEDULED));
        assertNoEmail(feed.body(), "the feed");

        Element research = xml(portal.get("/blog/category/research/feed.atom", false).body()).getDocumentElement();
        assertEquals(2, research.getElementsByTagNameNS(root.getNamespaceURI(), "entry").getLength());
        assertEquals(404, portal.get("/blog/category/cooking/feed.atom", false).statusCode());

        HttpResponse<String> sitemap = portal.get("/sitemap.xml", false);
        Element urlset = xml(sitemap.body()).getDocumentElement();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < urlset.getElementsByTagNameNS(urlset.getNamespaceURI(), "loc").getLength(); i++) {
            locations.add(urlset.getElementsByTagNameNS(urlset.getNamespaceURI(), "loc").item(i).getTextContent());
        }
        for (String slug : PUBLIC_SLUGS) {
            assertTrue(locations.contains(portal.base() + "/blog/" + slug), slug + " in " + locations);
        }
        assertTrue(locations.contains(portal.base() + "/blog/"));
        assertFalse(sitemap.body().contains(DRAFT) || sitemap.body().contains(SCHEDULED));

        String robots = portal.get("/robots.txt", false).body();
        assertTrue(robots.contains("Disallow: /admin/"));
        assertTrue(robots.contains("Sitemap: " + portal.base() + "/sitemap.xml"));
    }

    @Test
    @Order(3)
    void publishedPostsAreSearchableAsBlogPostsAndDraftsAreNot() throws Exception {
        JsonObject hits = portal.search("brick kilns advances", false, "f=type:blog-post");
        assertEquals("Children at brick kilns: what we found in 63 kilns", hits.getJsonArray("hits").getJsonObject(0).getString("title"));
        assertEquals("/blog/" + KILNS, hits.getJsonArray("hits").getJsonObject(0).getString("url"));
        assertEquals(2, portal.search("", false, "f=type:blog-post", "f=language:hi").getInt("total"));
        assertEquals(5, portal.search("", true, "f=type:blog-post").getInt("total"), "staff too find only the published posts");
        // Words of the scheduled post and the draft, with quotes so that the search is exact and does not fall
        // back to published posts that share only some of the words.
        for (String query : List.of("\"Morabadi\" exhibition", "annual report \"finance team\"")) {
            portal.search(query, true, "size=50").getJsonArray("hits").getValuesAs(JsonObject.class)
                    .forEach(hit -> assertFalse(hit.getString("url").startsWith("/blog/"), query + ": " + hit.getString("url")));
        }
    }

    @Test
    @Order(4)
    void badAndHostileCommentsGetHonestAnswersAndAreStoredInert() throws Exception {
        assertProblem(comment(KILNS, "{\"name\":\"A\",\"text\":\"hello\"}"), 400, "email address");
        assertProblem(comment(KILNS, "{\"name\":\"A\",\"email\":\"a@b.in\",\"website\":\"javascript:alert(1)\",\"text\":\"hi\"}"), 400, "http");
        assertProblem(comment(KILNS, "{\"name\":\"" + "n".repeat(101) + "\",\"email\":\"a@b.in\",\"text\":\"hi\"}"), 400, "100 characters");
        assertProblem(comment(KILNS, "{\"name\":\"A\",\"email\":\"a@b.in\",\"text\":\"" + "t".repeat(4001) + "\"}"), 400, "4000 characters");
        assertProblem(comment(KILNS, "{\"name\":\"A\",\"email\":\"a@b.in\",\"text\":\"" + "t".repeat(20_000) + "\"}"), 413, "16 KiB");
        assertProblem(comment(KILNS, "{not json"), 400, "JSON object");
        assertProblem(comment(DRAFT, "{\"name\":\"A\",\"email\":\"a@b.in\",\"text\":\"hi\"}"), 404, "no post");

        HttpResponse<String> hostile = comment(KILNS, "{\"name\":\"<script>alert('pwned')</script>\",\"email\":\"" + HOSTILE_EMAIL
                + "\",\"text\":\"<img src=x onerror=alert(1)> see http://evil.example/\\\"onmouseover=\\\"alert(2)\"}");
        assertEquals(202, hostile.statusCode(), hostile.body());
        assertEquals("awaiting moderation", Portal.json(hostile.body()).getString("status"));
        assertFalse(portal.get("/blog/" + KILNS, false).body().contains("pwned"), "held until approved");
    }

    @Test
    @Order(5)
    void aReaderCommentsStaffApproveAndTheCommentAppearsWithoutItsEmail() throws Exception {
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal.base() + "/blog/");
            browser.findElement(By.linkText("Children at brick kilns: what we found in 63 kilns")).click();
            wait.until(ExpectedConditions.urlToBe(portal.base() + "/blog/" + KILNS));
            assertEquals("Comments (2)", browser.findElement(By.id("comment-count")).getText());
            assertTrue(browser.findElement(By.id("respond")).getText().contains("Your email address will not be published."));

            String text = "Which districts will the seasonal hostels be in? We run a school near Ramgarh.";
            browser.findElement(By.id("reply:text")).sendKeys(text);
            browser.findElement(By.id("reply:name")).sendKeys("Reader Journey");
            browser.findElement(By.id("reply:email")).sendKeys(READER_EMAIL);
            // A form sent back sooner than the minimum time is refused as a script (FormTokenTest); a person takes longer.
            Thread.sleep(3_500);
            browser.findElement(By.id("reply:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-status")));
            assertTrue(browser.findElement(By.id("comment-status")).getText().contains("awaiting moderation"));
            assertEquals("Comments (2)", browser.findElement(By.id("comment-count")).getText());
            assertFalse(browser.getPageSource().contains(READER_EMAIL));

            portal.logInAsAdmin(browser, wait);
            browser.get(portal.base() + "/admin/blog/comments.xhtml");
            WebElement mine = queueItem(browser, "Reader Journey");
            assertTrue(mine.getText().contains(READER_EMAIL), "staff see the address to moderate");
            mine.findElement(By.xpath(".//input[@value='Approve']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"), "Approved: 1"));

            queueItem(browser, "pwned").findElement(By.name("selected")).click();
            browser.findElement(By.id("moderation:bulkApprove")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"), "Approved: 1"));
            assertTrue(browser.findElements(By.xpath("//li[contains(@class,'queue-item')][contains(., 'pwned')]")).isEmpty());
            browser.get(portal.base() + "/admin/blog/comments.xhtml?status=APPROVED&page=2");
            assertEquals("Page 2 of 2", browser.findElement(By.cssSelector(".pager span")).getText(), "more than 50 approved comments page");
            assertEquals(73 + 2 - 50, browser.findElements(By.cssSelector("li.queue-item")).size(), "73 approved in the seed and the two just approved");

            browser.get(portal.base() + "/blog/" + KILNS);
            assertEquals("Comments (4)", browser.findElement(By.id("comment-count")).getText());
            assertTrue(browser.findElement(By.id("comments")).getText().contains(text));
            assertTrue(browser.findElement(By.id("comments")).getText().contains("<script>alert('pwned')</script>"), "shown as text");
            assertNoEmail(browser.getPageSource(), "the post page as staff see it");

            // The same reader, from the same browser, under the same email: a person approved them, so this one shows at once.
            browser.findElement(By.id("reply:text")).sendKeys("Thank you, we will write to the district office.");
            browser.findElement(By.id("reply:name")).sendKeys("Reader Journey");
            browser.findElement(By.id("reply:email")).sendKeys(READER_EMAIL);
            Thread.sleep(3_500);
            browser.findElement(By.id("reply:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-status")));
            assertTrue(browser.getCurrentUrl().contains("comment=published"), "a proven returning commenter: " + browser.getCurrentUrl());

            // Even so, a comment that may identify a child waits for a person, who sees why, and approves it only saying so.
            browser.findElement(By.id("reply:text")).sendKeys("Pooja D/o Ramesh Oraon, 13, is back at the kiln near Ramgarh.");
            browser.findElement(By.id("reply:name")).sendKeys("Reader Journey");
            browser.findElement(By.id("reply:email")).sendKeys(READER_EMAIL);
            Thread.sleep(3_500);
            browser.findElement(By.id("reply:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-status")));
            assertTrue(browser.findElement(By.id("comment-status")).getText().contains("awaiting moderation"),
                    "held for safeguarding although the commenter is proven: " + browser.getCurrentUrl());
            browser.get(portal.base() + "/admin/blog/comments.xhtml");
            WebElement child = queueItem(browser, "Pooja D/o Ramesh Oraon");
            assertTrue(child.getText().contains("safeguarding:") && child.getText().contains("child-identity"),
                    "held, with the reason: " + child.getText());
            assertTrue(child.findElement(By.cssSelector(".findings mark")).getText().contains("Pooja"), "the passage is marked");
            child.findElement(By.xpath(".//input[@value='Approve']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"), "safeguarding checks found"));
            assertFalse(portal.get("/blog/" + KILNS, false).body().contains("Pooja D/o"), "not approved without a review");
            browser.findElement(By.id("safeguardingReviewed")).click();
            queueItem(browser, "Pooja D/o Ramesh Oraon").findElement(By.xpath(".//input[@value='Approve']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"), "Approved: 1"));
            String review = portal.get("/api/admin/audit?action=SAFEGUARDING_REVIEW", true).body();
            assertTrue(review.contains("child-identity") && review.contains("comments ["), "the review is in the trail: " + review);
        } finally {
            browser.quit();
        }

        // Knowing the approved reader's address proves nothing: the same email from elsewhere waits, and the answer is the one
        // every unknown commenter gets.
        HttpResponse<String> impostor = commentFrom("192.0.2.41", KILNS, "{\"name\":\"Reader Journey\",\"email\":\"" + READER_EMAIL
                + "\",\"text\":\"Donate to my account instead: https://evil.example/\"}");
        assertEquals(202, impostor.statusCode(), impostor.body());
        assertEquals("awaiting moderation", Portal.json(impostor.body()).getString("status"));
        HttpResponse<String> asUs = commentFrom("192.0.2.42", KILNS, "{\"name\":\"Jharkhand Child Rights Forum\",\"email\":\"press@jcrf.example.org\","
                + "\"text\":\"Official statement.\"}");
        assertEquals(202, asUs.statusCode(), asUs.body());
        String held = portal.get("/admin/blog/comments.xhtml", true).body();
        assertTrue(held.contains("uses the organisation&#39;s name or mail domain") || held.contains("uses the organisation's name or mail domain"),
                "the organisation's name is held for a person, with the reason");
        assertFalse(portal.get("/blog/" + KILNS, false).body().contains("Official statement."), "and not published");

        String page = portal.get("/blog/" + KILNS, false).body();
        assertTrue(page.contains("Comments (6)"), "the two approved, the returning reader's own and the one approved after review");
        assertTrue(page.contains("Reader Journey"));
        assertTrue(page.contains("&lt;script&gt;alert("), "the name is escaped");
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "the text is escaped");
        assertFalse(page.contains("<script>alert('pwned')"));
        assertFalse(page.contains("<img src=x"));
        assertTrue(page.contains("<a href=\"http://evil.example/\" rel=\"nofollow ugc\">"), "the link is cut before the quote");
        assertNoEmail(page, "the post page");
        assertFalse(page.contains("gravatar"), "no avatar hashes");
        assertNoEmail(portal.get("/api/posts/" + KILNS, false).body(), "the API");
        assertNoEmail(portal.get("/feed.atom", false).body(), "the feed");
        assertTrue(page.contains("\"@type\":\"BlogPosting\""));
        assertTrue(page.contains("<meta property=\"og:title\" content=\"Children at brick kilns: what we found in 63 kilns\""));
        assertTrue(page.contains("<meta name=\"twitter:card\""));
        assertTrue(page.contains("https://wa.me/?text="));
    }

    @Test
    @Order(6)
    void aChangedSlugKeepsTheOldAddressAsAPermanentRedirect() throws Exception {
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            portal.logInAsAdmin(browser, wait);
            browser.get(portal.base() + "/admin/blog/posts.xhtml");
            browser.findElement(By.linkText("Orientation for Child Welfare Committees of Santhal Pargana")).click();
            wait.until(ExpectedConditions.urlContains("edit.xhtml?id="));
            WebElement slug = browser.findElement(By.id("editor:slug"));
            slug.clear();
            slug.sendKeys("cwc-orientation-santhal-pargana");
            WebElement title = browser.findElement(By.id("editor:title"));
            title.clear();
            title.sendKeys("Orientation for the Child Welfare Committees of Santhal Pargana");
            WebElement body = browser.findElement(By.id("editor:body"));
            body.sendKeys("\n\n## Preview check <script>x</script>");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:preview"), "Preview check <script>x</script>"));
            browser.findElement(By.id("editor:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "/blog/cwc-orientation-santhal-pargana"));
            assertEquals(2, browser.findElements(By.cssSelector(".revisions details")).size(), "the seed revision and this one");
        } finally {
            browser.quit();
        }
        HttpResponse<String> old = portal.get("/blog/" + CWC, false);
        assertEquals(301, old.statusCode());
        assertEquals(URI.create(portal.base()).getPath() + "/blog/cwc-orientation-santhal-pargana",
                URI.create(old.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals(301, portal.get("/api/posts/" + CWC, false).statusCode());
        HttpResponse<String> current = portal.get("/blog/cwc-orientation-santhal-pargana", false);
        assertEquals(200, current.statusCode());
        assertTrue(current.body().contains("Orientation for the Child Welfare Committees of Santhal Pargana"));
        assertTrue(current.body().contains("&lt;script&gt;x&lt;/script&gt;"));
    }

    @Test
    @Order(7)
    void manyCommentsFromOneAddressAreRefusedWithRetryAfter() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 6 && (last == null || last.statusCode() != 429); i++) {
            last = comment(POPULAR, "{\"name\":\"Busy Reader\",\"email\":\"busy" + i + "@example.net\",\"text\":\"Comment " + i + "\"}");
            assertTrue(last.statusCode() == 202 || last.statusCode() == 429, last.body());
        }
        assertProblem(last, 429, "wait");
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow()) > 0);
    }

    private HttpResponse<String> comment(String slug, String json) throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/posts/" + slug + "/comments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** A comment through the API from another client address (the test server trusts its loopback proxy). */
    private HttpResponse<String> commentFrom(String address, String slug, String json) throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/posts/" + slug + "/comments"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private static WebElement queueItem(WebDriver browser, String containing) {
        return browser.findElement(By.xpath("//li[contains(@class,'queue-item')][contains(., \"" + containing + "\")]"));
    }

    private static void assertNoEmail(String body, String where) {
        Matcher matcher = ANY_EMAIL.matcher(body);
        assertFalse(matcher.find(), () -> "an email address in " + where + ": " + matcher.group());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(Portal.json(response.body()).getString("detail").contains(detailPart), response.body());
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    // --- security at the edge: headers, CSP in a real browser, cookies, cross-site requests, lock-out, errors, sessions, audit ---

    private static final String EDGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; style-src-attr 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** JSF pages carry PrimeFaces' nonce; everything else (API, files, error pages) the same policy without one. */
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    @Test
    void everyKindOfResponseCarriesTheSecurityHeadersAndNoServerName() throws Exception {
        for (String path : List.of("/search/", "/api/search?q=police", "/resources/css/site.css", "/jakarta.faces.resource/js/site.js.xhtml",
                "/no-such-page", "/api/no-such-thing", "/feed.atom", "/blog/" + POPULAR)) {
            HttpResponse<String> response = portal.get(path, false);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 404, path + " " + response.statusCode());
            HttpHeaders headers = response.headers();
            assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), path);
            assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), path);
            assertEquals(List.of("strict-origin-when-cross-origin"), headers.allValues("Referrer-Policy"), path);
            assertEquals(List.of("camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()"),
                    headers.allValues("Permissions-Policy"), path);
            assertEquals(List.of("same-origin"), headers.allValues("Cross-Origin-Opener-Policy"), path);
            List<String> policies = headers.allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": " + policies);
            boolean page = path.equals("/search/") || path.startsWith("/blog/");
            assertTrue(page ? policies.getFirst().matches(Pattern.quote(EDGE_POLICY) + " 'nonce-[A-Za-z0-9+/=_-]{16,}';")
                    : policies.getFirst().equals(EDGE_POLICY + ";"), path + ": " + policies.getFirst());
            assertEquals(Optional.empty(), headers.firstValue("Server"), path);
            assertEquals(Optional.empty(), headers.firstValue("X-Powered-By"), path);
            assertEquals(Optional.empty(), headers.firstValue("Strict-Transport-Security"), path + ": no HSTS over plain HTTP");
        }
    }

    @Test
    void theMainPagesWorkInChromiumWithoutAnyContentSecurityPolicyViolation() throws Exception {
        String documentUrl = portal.search("police", false).getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("url")).filter(url -> url.startsWith("/archive/")).findFirst().orElseThrow();
        WebDriver browser = edgeBrowser();
        List<String> violations = new ArrayList<>();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal.base() + "/search/?q=police");
            browser.findElement(By.id("q")).clear();
            browser.findElement(By.id("q")).sendKeys("mic");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggestions [role=option]")));
            violations.addAll(cspMessages(browser, "search"));
            browser.get(portal.base() + documentUrl);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cite")));
            violations.addAll(cspMessages(browser, "document"));
            browser.get(portal.base() + "/blog/" + POPULAR);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form textarea")));
            violations.addAll(cspMessages(browser, "blog post"));
            browser.get(portal.base() + "/press/");
            violations.addAll(cspMessages(browser, "press room"));
            browser.get(portal.base() + "/press/coverage.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg")));
            violations.addAll(cspMessages(browser, "coverage"));
            portal.logInAsAdmin(browser, wait);
            violations.addAll(cspMessages(browser, "login"));
            browser.get(portal.base() + "/admin/blog/posts.xhtml");
            browser.findElement(By.xpath("//a[contains(@href,'edit.xhtml?id=')][contains(., 'Brick kiln') or contains(., 'brick kiln') or contains(., 'Brick Kiln')]")).click();
            wait.until(ExpectedConditions.urlContains("edit.xhtml?id="));
            String postId = browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
            browser.findElement(By.id("editor:body")).sendKeys("\n\nCSP preview check");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:preview"), "CSP preview check"));
            browser.findElement(By.id("editor:save")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
            violations.addAll(cspMessages(browser, "blog editor"));
            browser.get(portal.base() + "/admin/audit.xhtml?action=POST_SAVE&actor=admin");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-total")));
            assertTrue(browser.findElement(By.cssSelector(".audit-entries")).getText().contains("post " + postId), "the save is in the audit trail");
            violations.addAll(cspMessages(browser, "audit"));
            screenshot(browser, "audit-390.png");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            browser.get(portal.base() + "/admin/audit.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-total")));
            screenshot(browser, "audit-1280.png");
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), violations);
        JsonObject saved = Portal.json(portal.get("/api/admin/audit?action=POST_SAVE&actor=admin", true).body());
        JsonObject newest = saved.getJsonArray("entries").getJsonObject(0);
        assertTrue(newest.getString("details").matches("brick-kiln-children-dhanbad-bokaro-ramgarh \".+\" PUBLISHED -> brick-kiln-children-dhanbad-bokaro-ramgarh \".+\" PUBLISHED"),
                newest.toString());
    }

    @Test
    void sessionAndLanguageCookiesAreHttpOnlyAndLaxAndNotSecureOverPlainHttp() throws Exception {
        String session = portal.get("/login.xhtml", false).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.contains("SameSite=Lax"), session);
        assertFalse(session.contains("Secure"), session);
        HttpResponse<String> language = portal.get("/language?to=hi&back=/search/", false);
        assertEquals(302, language.statusCode());
        String chosen = language.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("abhilekh-lang=")).findFirst().orElseThrow();
        assertTrue(chosen.startsWith("abhilekh-lang=hi;"), chosen);
        assertTrue(chosen.contains("HttpOnly") && chosen.contains("SameSite=Lax") && !chosen.contains("Secure"), chosen);
        HttpResponse<String> away = portal.get("/language?to=hi&back=//evil.example/", false);
        assertEquals(URI.create(portal.base()).getPath() + "/search/", URI.create(away.headers().firstValue("Location").orElseThrow()).getPath(),
                "the switch never sends anyone to another site");
    }

    @Test
    void forgedCrossSitePostsChangeNothing() throws Exception {
        HttpResponse<String> form = portal.get("/login.xhtml", false);
        String cookie = sessionCookie(form);
        String fields = "login=login&login%3Ausername=admin&login%3Apassword=" + Portal.encode(Portal.ADMIN_PASSWORD)
                + "&login%3Anext=&login%3Asubmit=&";
        HttpResponse<String> foreignOrigin = postForm("/login.xhtml", fields + formState(form.body()), cookie, "https://evil.example");
        assertEquals(403, foreignOrigin.statusCode());
        assertNoTrace(foreignOrigin);
        HttpResponse<String> opaque = postForm("/login.xhtml", fields + formState(form.body()), cookie, "null");
        assertEquals(403, opaque.statusCode());
        HttpResponse<String> forgedState = postForm("/login.xhtml", fields + "jakarta.faces.ViewState=-1234567890%3A987654321", null, null);
        assertEquals(400, forgedState.statusCode());
        assertTrue(forgedState.body().contains("This form has expired or did not come from this site."), forgedState.body());
        assertNoTrace(forgedState);

        String admin = logIn();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            HttpResponse<String> api = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents"))
                    .header("Cookie", admin).header("Origin", "https://evil.example")
                    .header("Content-Type", "multipart/form-data; boundary=x")
                    .method(method, HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nforged\r\n--x--\r\n"))
                    .build());
            assertProblem(api, 403, "You may not do this.");
        }
        HttpResponse<String> noOrigin = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/admin/reindex"))
                .header("Cookie", admin).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(noOrigin, 403, "did not come from a page of this site");
    }

    @Test
    void failedLoginsSlowDownThenLockTheNameAtThisAddressWithAClearMessageInBothLanguages() throws Exception {
        String name = "edge-nobody-" + System.nanoTime();
        for (int attempt = 1; attempt <= 2; attempt++) {
            HttpResponse<String> answer = loginAttempt(name, "wrong-password-" + attempt, null);
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("The user name or password is wrong."), "attempt " + attempt);
        }
        HttpResponse<String> third = loginAttempt(name, "wrong-password-3", null);
        assertTrue(third.body().contains("Too many failed attempts; try again in 2 seconds."), third.body());
        // The fourth and fifth are refused unchecked if they arrive within the wait, checked if later: either way
        // they count, so the answers are the same.
        HttpResponse<String> fourth = loginAttempt(name, "wrong-password-4", null);
        assertTrue(fourth.body().contains("Too many failed attempts; try again in 4 seconds."), fourth.body());
        HttpResponse<String> fifth = loginAttempt(name, "wrong-password-5", null);
        assertTrue(fifth.body().contains("Too many failed attempts; try again in 15 minutes."), fifth.body());
        HttpResponse<String> hindi = loginAttempt(name, "wrong-password-6", "abhilekh-lang=hi");
        assertTrue(hindi.body().contains("बहुत अधिक असफल प्रयास हुए; 15 मिनट बाद फिर से प्रयास करें।"), hindi.body());
        HttpResponse<String> basic = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/search?q=police"))
                .header("Authorization", Portal.basic(name, "any")).GET().build());
        assertProblem(basic, 429, "Too many failed attempts; try again in 15 minutes.");
        assertEquals("900", basic.headers().firstValue("Retry-After").orElseThrow());

        JsonObject trail = Portal.json(portal.get("/api/admin/audit?actor=" + name, true).body());
        List<String> actions = trail.getJsonArray("entries").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(6, actions.size(), actions.toString());
        assertEquals(List.of("LOGIN_LOCKOUT"), actions.subList(0, 1), "refusals during the lock are not audited; its start is");
        assertTrue(actions.subList(1, 3).stream().allMatch(a -> a.equals("LOGIN_FAILURE") || a.equals("LOGIN_THROTTLED")), actions.toString());
        assertEquals(List.of("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE"), actions.subList(3, 6), "the first three were checked");
        JsonObject failure = trail.getJsonArray("entries").getJsonObject(5);
        assertEquals("user " + name, failure.getString("target"));
        assertTrue(failure.getString("details").matches("login page from [0-9a-f.:]+"), failure.toString());
    }

    @Test
    void errorsAnswerWithoutTracesOrTheServerName() throws Exception {
        HttpResponse<String> missing = portal.get("/no/such/page.xhtml", false);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("There is nothing at this address."), missing.body());
        assertNoTrace(missing);
        HttpResponse<String> method = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/search?q=x")).DELETE().build());
        assertProblem(method, 405, "does not accept that method");
        HttpResponse<String> badJson = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/posts/" + POPULAR + "/comments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\": ")).build());
        assertEquals(400, badJson.statusCode(), badJson.body());
        assertNoTrace(badJson);
        HttpResponse<String> unauthorized = portal.get("/api/admin/audit", false);
        assertProblem(unauthorized, 401, "Log in");
        HttpResponse<String> trace = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/search/")).method("TRACE", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(trace.statusCode() == 403 || trace.statusCode() == 405, "TRACE: " + trace.statusCode());
        assertNoTrace(trace);
        String root = URI.create(portal.base()).getPath();
        for (String raw : List.of("GET " + root + "/%zz HTTP/1.1", "GET " + root + "/search/?q=%E0%A4 HTTP/1.1", "GET " + root + "/blog/%00 HTTP/1.1",
                "GET " + root + "/search/ HTTP/1.1\r\nX-Huge: " + "a".repeat(64 * 1024))) {
            String answer = rawRequest(raw);
            assertTrue(answer.startsWith("HTTP/1.1 "), raw + " -> " + answer);
            String lower = answer.toLowerCase(java.util.Locale.ROOT);
            assertFalse(lower.contains("exception") || lower.contains("\tat ") || lower.contains("payara") || lower.contains("server:")
                    || lower.contains("x-powered-by"), raw.substring(0, Math.min(40, raw.length())) + " -> " + answer);
        }
    }

    @Test
    void loggingOutEndsTheSessionAndLoggingInChangesItsId() throws Exception {
        HttpResponse<String> form = portal.get("/login.xhtml", false);
        String before = sessionCookie(form);
        HttpResponse<String> login = postForm("/login.xhtml", "login=login&login%3Ausername=admin&login%3Apassword="
                + Portal.encode(Portal.ADMIN_PASSWORD) + "&login%3Anext=&login%3Asubmit=&"
                + formState(form.body()), before, null);
        assertEquals(302, login.statusCode(), login.body());
        String after = sessionCookie(login);
        assertFalse(after.equals(before), "a new session id at login");
        HttpResponse<String> staffPage = getWithCookie("/admin/blog/posts.xhtml", after);
        assertEquals(200, staffPage.statusCode());
        Matcher logout = Pattern.compile("<form id=\"logout\".*?name=\"(logout:[^\"]+)\"[^>]*type=\"submit\"|<form id=\"logout\".*?type=\"submit\"[^>]*name=\"(logout:[^\"]+)\"",
                Pattern.DOTALL).matcher(staffPage.body());
        assertTrue(logout.find(), "a logout button");
        String button = logout.group(1) != null ? logout.group(1) : logout.group(2);
        String state = formState(staffPage.body().substring(staffPage.body().indexOf("<form id=\"logout\"")));
        HttpResponse<String> out = postForm("/admin/blog/posts.xhtml", "logout=logout&" + Portal.encode(button) + "=x&" + state,
                after, portal.base().replaceAll("^(https?://[^/]+).*", "$1"));
        assertEquals(302, out.statusCode(), out.body());
        HttpResponse<String> replayed = getWithCookie("/admin/blog/posts.xhtml", after);
        assertEquals(302, replayed.statusCode());
        assertTrue(replayed.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
        assertEquals(401, getWithCookie("/api/admin/audit", after).statusCode());
        JsonObject trail = Portal.json(portal.get("/api/admin/audit?actor=admin&action=LOGOUT", true).body());
        assertTrue(trail.getInt("total") >= 1, trail.toString());
    }

    @Test
    void theAuditTrailIsForAdministratorsAndFiltersAreChecked() throws Exception {
        assertProblem(portal.get("/api/admin/audit", false), 401, "Log in");
        HttpResponse<String> page = portal.get("/admin/audit.xhtml", false);
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("/login.xhtml?next=%2Fadmin%2Faudit.xhtml"));
        assertProblem(portal.get("/api/admin/audit?action=DROP", true), 400, "Unknown action 'DROP'");
        assertProblem(portal.get("/api/admin/audit?from=yesterday", true), 400, "'from' must be a date like 2026-11-28");
        assertProblem(portal.get("/api/admin/audit?from=2026-11-02&to=2026-11-01", true), 400, "is before");
        assertProblem(portal.get("/api/admin/audit?page=0", true), 400, "'page' must be a whole number");
        JsonObject all = Portal.json(portal.get("/api/admin/audit?target=user%20admin", true).body());
        assertEquals(1, all.getInt("page"));
        assertEquals(50, all.getInt("size"));
        List<JsonObject> entries = all.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("USER_CREATE") && e.getString("actor").equals("system")), all.toString());
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).getString("at").compareTo(entries.get(i).getString("at")) >= 0, "newest first");
        }
        JsonObject none = Portal.json(portal.get("/api/admin/audit?from=2001-01-01&to=2001-01-02", true).body());
        assertEquals(0, none.getInt("total"));
        assertEquals(0, none.getJsonArray("entries").size());
    }

    private HttpResponse<String> loginAttempt(String name, String password, String extraCookie) throws IOException, InterruptedException {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(portal.base() + "/login.xhtml")).GET();
        if (extraCookie != null) {
            get.header("Cookie", extraCookie);
        }
        HttpResponse<String> form = portal.send(get.build());
        String cookie = sessionCookie(form) + (extraCookie == null ? "" : "; " + extraCookie);
        return postForm("/login.xhtml", "login=login&login%3Ausername=" + Portal.encode(name) + "&login%3Apassword=" + Portal.encode(password)
                + "&login%3Anext=&login%3Asubmit=&" + formState(form.body()), cookie, null);
    }

    /** Logs in through the login page as a browser would; answers the session cookie. */
    private String logIn() throws IOException, InterruptedException {
        HttpResponse<String> form = portal.get("/login.xhtml", false);
        HttpResponse<String> login = postForm("/login.xhtml", "login=login&login%3Ausername=admin&login%3Apassword="
                + Portal.encode(Portal.ADMIN_PASSWORD) + "&login%3Anext=&login%3Asubmit=&"
                + formState(form.body()), sessionCookie(form), null);
        assertEquals(302, login.statusCode(), login.body());
        return sessionCookie(login);
    }

    private HttpResponse<String> postForm(String path, String body, String cookie, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(portal.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            post.header("Cookie", cookie);
        }
        if (origin != null) {
            post.header("Origin", origin);
        }
        return portal.send(post.build());
    }

    private HttpResponse<String> getWithCookie(String path, String cookie) throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + path)).header("Cookie", cookie).GET().build());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    /** What a browser sends back with a form: the page's CSP nonce and its view state. */
    private static String formState(String html) {
        Matcher nonce = NONCE.matcher(html);
        assertTrue(nonce.find(), "a CSP nonce field in the form");
        return "primefaces.nonce=" + Portal.encode(nonce.group(1)) + "&jakarta.faces.ViewState=" + Portal.encode(viewState(html));
    }

    private static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        assertTrue(matcher.find(), "a view state in the page");
        return matcher.group(1).replace("&#58;", ":");
    }

    private String rawRequest(String requestLineAndHeaders) throws IOException {
        URI base = URI.create(portal.base());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = requestLineAndHeaders + "\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertNoTrace(HttpResponse<String> response) {
        String body = response.body();
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("Payara") || body.contains("GlassFish"), body);
        assertEquals(Optional.empty(), response.headers().firstValue("Server"));
        assertEquals(Optional.empty(), response.headers().firstValue("X-Powered-By"));
    }

    /** Chromium at phone width that keeps its console, where a blocked script or style is reported. */
    private static WebDriver edgeBrowser() {
        ChromeOptions options = Portal.phoneBrowserOptions();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(Portal.chromeDriverService(), options);
    }

    /** Saved under target/screenshots for a person to look at; not compared. */
    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path folder = Path.of(System.getProperty("abhilekh.war")).getParent().resolve("screenshots");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(name), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static List<String> cspMessages(WebDriver browser, String page) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy") || m.contains("Refused to"))
                .map(m -> page + ": " + m).toList();
    }
}
