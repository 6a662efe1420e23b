package org.abhilekh;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The running application as the integration tests reach it: over HTTP on localhost, anonymously
 * or as the admin that the test configuration creates.
 */
public final class Portal {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "integration-test-admin-1";
    /** What each application that never became ready last answered, by its root. */
    private static final Map<String, String> NEVER_READY = new ConcurrentHashMap<>();

    private final String root;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * Payara Micro reports the machine's external address; the tests talk to localhost on its port,
     * under the context path the application was deployed at (health checks live at the root).
     */
    public Portal(URL deployed) {
        this.root = "http://localhost:" + deployed.getPort();
        this.base = root + deployed.getPath().replaceAll("/$", "");
    }

    /**
     * The WAR the Arquillian tests deployed, at the context root its file name gives it ({@code abhilekh.war} at
     * {@code /abhilekh}). Only the port is taken from the adapter's URL: the adapter reads the context root from
     * the server's start-up output, and once in a CI run it missed it and handed the tests the server's root.
     */
    public static Portal ofDeployedWar(URL deployed) throws MalformedURLException {
        String war = Path.of(System.getProperty("abhilekh.war")).getFileName().toString().replaceAll("\\.war$", "");
        return new Portal(URI.create("http://localhost:" + deployed.getPort() + "/" + war + "/").toURL());
    }

    /** The WAR that {@code mvn package} built: the tests deploy exactly what ships. */
    public static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, Path.of(System.getProperty("abhilekh.war")).toFile());
    }

    /**
     * The installed headless Chromium at phone width, in English, driven through its own ChromeDriver (a
     * browser download by the test tool would fail on a machine without internet).
     */
    public static WebDriver phoneBrowser() {
        return new ChromeDriver(chromeDriverService(), phoneBrowserOptions());
    }

    /** Headless Chromium at phone width, in English, without the background traffic a closed network refuses. */
    public static ChromeOptions phoneBrowserOptions() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(installed("abhilekh.chromium", "ABHILEKH_CHROMIUM",
                "chromium", "chromium-browser", "google-chrome", "google-chrome-stable").toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=390,900", "--lang=en");
        return options;
    }

    /** The installed ChromeDriver, named explicitly so that Selenium never tries to download one. */
    public static ChromeDriverService chromeDriverService() {
        return new ChromeDriverService.Builder()
                .usingDriverExecutable(installed("abhilekh.chromedriver", "ABHILEKH_CHROMEDRIVER", "chromedriver").toFile())
                .usingAnyFreePort().build();
    }

    /**
     * A program the browser tests need: the path in the system property or, failing that, the environment variable,
     * else the first of the names found on the PATH.
     */
    private static Path installed(String property, String variable, String... names) {
        String configured = System.getProperty(property, System.getenv(variable));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(variable + " (or -D" + property + ") names " + configured + ", which is not an executable file");
            }
            return path;
        }
        for (String name : names) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("None of " + String.join(", ", names) + " is on the PATH: install Chromium and ChromeDriver"
                + " (Debian: apt-get install chromium chromium-driver) or set " + variable + " (or -D" + property + ") to the program");
    }

    public String base() {
        return base;
    }

    /**
     * Waits up to five minutes for the application to be ready. An application that once did not become ready is not
     * waited for again: the tests after the first one that waited fail at once, so one fault costs five minutes, not
     * five minutes per test.
     */
    public void awaitReady() throws IOException, InterruptedException {
        String lastAnswer = NEVER_READY.get(root);
        if (lastAnswer != null) {
            throw new IllegalStateException("The application did not become ready for an earlier test either; it last answered: " + lastAnswer);
        }
        lastAnswer = "nothing (not listening)";
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(root + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
                lastAnswer = health.statusCode() + " " + health.body();
                if (health.body().contains("\"problem\"")) {
                    NEVER_READY.put(root, lastAnswer);
                    throw new IllegalStateException("The application failed to start: " + health.body());
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        NEVER_READY.put(root, lastAnswer);
        throw new IllegalStateException("The application did not become ready within five minutes; it last answered: " + lastAnswer);
    }

    /** Logs the browser in as the admin through the login page and waits until it has left that page. */
    public void logInAsAdmin(WebDriver browser, WebDriverWait wait) {
        browser.get(base + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(ADMIN);
        browser.findElement(By.id("login:password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /** Asks for the ingest job every 50 ms until it is done or 90 s have passed; answers the status it last had. */
    public String awaitJobDone(long job) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String status = json(get("/api/jobs/" + job, true).body()).getString("status");
        while (!"done".equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            status = json(get("/api/jobs/" + job, true).body()).getString("status");
        }
        return status;
    }

    /** What the readiness check answers now, with its status. */
    public String readiness() throws IOException, InterruptedException {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(root + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        return health.statusCode() + " " + health.body();
    }

    public HttpResponse<String> get(String path, boolean asAdmin) throws IOException, InterruptedException {
        return http.send(request(path, asAdmin), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A file as bytes, anonymously or as the admin. */
    public HttpResponse<byte[]> download(String path, boolean asAdmin) throws IOException, InterruptedException {
        return http.send(request(path, asAdmin), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path, boolean asAdmin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (asAdmin) {
            request.header("Authorization", basic(ADMIN, ADMIN_PASSWORD));
        }
        return request.build();
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public JsonObject search(String query, boolean asAdmin, String... extraParameters) throws IOException, InterruptedException {
        StringBuilder path = new StringBuilder("/api/search?q=").append(encode(query));
        for (String parameter : extraParameters) {
            int equals = parameter.indexOf('=');
            path.append('&').append(parameter, 0, equals).append('=').append(encode(parameter.substring(equals + 1)));
        }
        HttpResponse<String> response = get(path.toString(), asAdmin);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Search answered " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    public static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
