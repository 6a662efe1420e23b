package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        portal = new Portal(deployed);
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
        for (String query : List.of("Morabadi exhibition", "annual report finance team")) {
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

            browser.get(portal.base() + "/login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys(Portal.ADMIN);
            browser.findElement(By.id("login:password")).sendKeys(Portal.ADMIN_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
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
        } finally {
            browser.quit();
        }

        String page = portal.get("/blog/" + KILNS, false).body();
        assertTrue(page.contains("Comments (4)"));
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
            browser.get(portal.base() + "/login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys(Portal.ADMIN);
            browser.findElement(By.id("login:password")).sendKeys(Portal.ADMIN_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
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
}
