package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abhilekh.RoleTable.Api;
import org.abhilekh.RoleTable.Who;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A team, on the built WAR: administrators give colleagues accounts with one-time passwords, each account
 * chooses its own before it may do anything else, disabling or resetting an account ends its sessions, the
 * last administrator stays, and every role may do exactly what {@link RoleTable} says, through the API
 * and on the staff pages. Every test makes its own accounts, so none depends on another or on order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @ArquillianResource
    URL deployed;

    private Portal portal;

    /**
     * This test's API calls come from a documentation address of their own (the test server trusts the
     * loopback proxy): the wrong passwords some tests send on purpose count against it, not against the
     * loopback address every other test logs in from.
     */
    private final String clientAddress = "192.0.2." + (1 + new java.util.Random().nextInt(254));

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
    void aNewColleagueMustChooseTheirOwnPasswordBeforeTheApiDoesAnythingElse() throws Exception {
        String name = unique("asha");
        HttpResponse<String> created = call("POST", "/api/admin/users", Portal.ADMIN, Portal.ADMIN_PASSWORD,
                "{\"username\": \"" + name + "\", \"displayName\": \"Asha Oraon\", \"role\": \"editor\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject issued = Portal.json(created.body());
        String oneTime = issued.getString("oneTimePassword");
        assertEquals("editor", issued.getJsonObject("account").getString("role"));
        assertTrue(issued.getJsonObject("account").getBoolean("mustChangePassword"));
        assertFalse(Portal.json(call("GET", "/api/admin/users", Portal.ADMIN, Portal.ADMIN_PASSWORD, null).body()).toString().contains(oneTime),
                "the one-time password is shown once, never listed");

        HttpResponse<String> search = call("GET", "/api/search?q=kiln", name, oneTime, null);
        assertEquals(403, search.statusCode(), "a one-time password is not a full credential: " + search.body());
        assertTrue(search.body().contains("one-time password"), search.body());
        assertEquals(400, call("PUT", "/api/account/password", name, oneTime,
                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"short\"}").statusCode(), "too short a password");
        String chosen = "asha-chose-this-" + UUID.randomUUID();
        assertEquals(204, call("PUT", "/api/account/password", name, oneTime,
                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"" + chosen + "\"}").statusCode());

        assertEquals(401, call("GET", "/api/search?q=kiln", name, oneTime, null).statusCode(), "the one-time password is spent");
        assertEquals(200, call("GET", "/api/search?q=kiln", name, chosen, null).statusCode());
        String audit = call("GET", "/api/admin/audit?target=user%20" + name, Portal.ADMIN, Portal.ADMIN_PASSWORD, null).body();
        assertTrue(audit.contains("USER_CREATE") && audit.contains("PASSWORD_CHANGE"), audit);
        assertFalse(audit.contains(oneTime) || audit.contains(chosen), "no password reaches the audit trail");
    }

    @Test
    void badAccountRequestsAnswer400Or409AndNever500() throws Exception {
        String name = unique("dup");
        assertEquals(201, createAccount(name, "staff").statusCode());
        assertEquals(409, createAccount(name, "staff").statusCode(), "a duplicate username");
        assertEquals(400, createAccount("Not A Name!", "staff").statusCode(), "a malformed username");
        assertEquals(400, createAccount(unique("role"), "owner").statusCode(), "an unknown role");
        assertEquals(400, call("POST", "/api/admin/users", Portal.ADMIN, Portal.ADMIN_PASSWORD, "not json").statusCode());
        assertEquals(400, call("PATCH", "/api/admin/users/" + name, Portal.ADMIN, Portal.ADMIN_PASSWORD, "{\"disabled\": \"yes\"}").statusCode());
        assertEquals(400, call("PATCH", "/api/admin/users/" + name, Portal.ADMIN, Portal.ADMIN_PASSWORD, "{\"password\": \"x\"}").statusCode(),
                "an unknown field");
        assertEquals(404, call("PATCH", "/api/admin/users/" + unique("none"), Portal.ADMIN, Portal.ADMIN_PASSWORD, "{}").statusCode());
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDemotedNorDisabled() throws Exception {
        List<String> otherAdmins = new ArrayList<>();
        for (JsonObject account : Portal.json(call("GET", "/api/admin/users", Portal.ADMIN, Portal.ADMIN_PASSWORD, null).body())
                .getJsonArray("users").getValuesAs(JsonObject.class)) {
            if (account.getString("role").equals("admin") && !account.getBoolean("disabled") && !account.getString("username").equals(Portal.ADMIN)) {
                otherAdmins.add(account.getString("username"));
            }
        }
        try {
            for (String other : otherAdmins) {
                assertEquals(200, patch(other, "{\"disabled\": true}").statusCode());
            }
            HttpResponse<String> demoted = patch(Portal.ADMIN, "{\"role\": \"editor\"}");
            assertEquals(409, demoted.statusCode(), demoted.body());
            assertTrue(demoted.body().contains("last enabled administrator"), demoted.body());
            assertEquals(409, patch(Portal.ADMIN, "{\"disabled\": true}").statusCode());
            assertEquals(200, patch(Portal.ADMIN, "{\"displayName\": \"The administrator\"}").statusCode(), "other changes still work");

            String second = unique("second-admin");
            assertEquals(201, createAccount(second, "admin").statusCode());
            assertEquals(200, patch(second, "{\"disabled\": true}").statusCode(), "with two enabled administrators, one may go");
        } finally {
            for (String other : otherAdmins) {
                patch(other, "{\"disabled\": false}");
            }
        }
    }

    @Test
    void disablingOrResettingAnAccountEndsItsSessionsAndRefusesItsOldCredentials() throws Exception {
        String name = unique("ravi");
        String password = readyAccount(name, "staff");
        WebSession browser = new WebSession();
        browser.logIn(name, password);
        assertEquals(200, browser.get("/admin/documents.xhtml").statusCode(), "logged in");
        assertEquals(200, call("GET", "/api/jobs", name, password, null).statusCode());

        HttpResponse<String> reset = call("POST", "/api/admin/users/" + name + "/password-reset", Portal.ADMIN, Portal.ADMIN_PASSWORD, null);
        assertEquals(200, reset.statusCode(), reset.body());
        assertTrue(browser.get("/admin/documents.xhtml").headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                "the session opened before the reset is over");
        assertEquals(401, call("GET", "/api/jobs", name, password, null).statusCode(), "the old password no longer works");

        String oneTime = Portal.json(reset.body()).getString("oneTimePassword");
        String chosen = "ravi-new-" + UUID.randomUUID();
        assertEquals(204, call("PUT", "/api/account/password", name, oneTime,
                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"" + chosen + "\"}").statusCode());
        WebSession again = new WebSession();
        again.logIn(name, chosen);
        assertEquals(200, again.get("/admin/documents.xhtml").statusCode());
        assertEquals(200, patch(name, "{\"disabled\": true}").statusCode());
        assertTrue(again.get("/admin/documents.xhtml").headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                "a disabled account's session is over");
        assertEquals(401, call("GET", "/api/jobs", name, chosen, null).statusCode(), "a disabled account's password no longer works");
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotTheOneItWasChangedFrom() throws Exception {
        String name = unique("meena");
        String password = readyAccount(name, "editor");
        WebSession phone = new WebSession();
        phone.logIn(name, password);
        WebSession desk = new WebSession();
        desk.logIn(name, password);
        String chosen = "meena-new-" + UUID.randomUUID();
        HttpResponse<String> changed = desk.send("PUT", "/api/account/password",
                "{\"currentPassword\": \"" + password + "\", \"newPassword\": \"" + chosen + "\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(200, desk.get("/admin/documents.xhtml").statusCode(), "the session it was changed from goes on");
        assertTrue(phone.get("/admin/documents.xhtml").headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                "the other session is over");
    }

    @Test
    void aRoleChangeAppliesFromTheNextRequest() throws Exception {
        String name = unique("sunil");
        String password = readyAccount(name, "staff");
        assertEquals(403, call("DELETE", "/api/documents/999999", name, password, null).statusCode());
        assertEquals(200, patch(name, "{\"role\": \"editor\"}").statusCode());
        assertEquals(404, call("DELETE", "/api/documents/999999", name, password, null).statusCode(), "now an editor: past the role check");
    }

    @Test
    void aStaffUploadAskingForPublicIsStoredStaffOnlyAndOnlyAnEditorMakesItPublic() throws Exception {
        String staff = unique("upload-staff");
        String staffPassword = readyAccount(staff, "staff");
        String marker = "qteam" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        HttpResponse<String> uploaded = upload(staff, staffPassword, ("Notes on " + marker + " from the field.").getBytes(StandardCharsets.UTF_8),
                "{\"title\": \"Field notes " + marker + "\", \"type\": \"policy-document\", \"visibility\": \"public\"}");
        assertEquals(202, uploaded.statusCode(), uploaded.body());
        JsonObject answer = Portal.json(uploaded.body());
        assertEquals("staff", answer.getJsonObject("document").getString("visibility"));
        assertTrue(answer.getString("message").contains("staff-only"), answer.getString("message"));
        long id = answer.getJsonObject("document").getJsonNumber("id").longValue();

        JsonObject document = Portal.json(call("GET", "/api/documents/" + id, staff, staffPassword, null).body());
        String asPublic = "{\"title\": \"Field notes " + marker + "\", \"type\": \"policy-document\", \"visibility\": \"public\"}";
        HttpResponse<String> refused = describe(id, document.getJsonNumber("revision").longValue(), asPublic, staff, staffPassword);
        assertEquals(403, refused.statusCode(), refused.body());
        String asStaff = asPublic.replace("\"public\"", "\"staff\"").replace("Field notes", "Described field notes");
        assertEquals(200, describe(id, document.getJsonNumber("revision").longValue(), asStaff, staff, staffPassword).statusCode(),
                "staff still describe it");

        String editor = unique("upload-editor");
        String editorPassword = readyAccount(editor, "editor");
        JsonObject now = Portal.json(call("GET", "/api/documents/" + id, editor, editorPassword, null).body());
        assertEquals(200, describe(id, now.getJsonNumber("revision").longValue(), asPublic, editor, editorPassword).statusCode());
        assertEquals(200, portal.get("/api/documents/" + id, false).statusCode(), "the editor made it public");
    }

    @Test
    void everyRoleMayDoExactlyWhatTheRoleTableSays() throws Exception {
        TreeSet<String> listed = new TreeSet<>(RoleTable.API.stream().map(Api::key).toList());
        assertEquals(RoleTable.apiMethodsInTheCode(), listed, "the role table lists every API method in the code, and only those");
        assertEquals(RoleTable.staffPagesInTheWebapp(), new TreeSet<>(RoleTable.PAGES.keySet()),
                "the role table lists every staff page in the webapp, and only those");

        Map<Who, String[]> accounts = Map.of(
                Who.STAFF, new String[] {unique("matrix-staff"), null},
                Who.EDITOR, new String[] {unique("matrix-editor"), null},
                Who.ADMIN, new String[] {unique("matrix-admin"), null});
        for (Map.Entry<Who, String[]> account : accounts.entrySet()) {
            account.getValue()[1] = readyAccount(account.getValue()[0], account.getKey().name().toLowerCase());
        }
        List<String> wrong = new ArrayList<>();
        for (Api api : RoleTable.API) {
            for (Who who : Who.values()) {
                String[] account = accounts.get(who);
                HttpResponse<String> answer = account == null ? call(api.method(), api.samplePath(), null, null, api.sampleBody())
                        : call(api.method(), api.samplePath(), account[0], account[1], api.sampleBody());
                int expected = who.compareTo(api.least()) >= 0 ? 0 : who == Who.ANYONE ? 401 : 403;
                boolean right = expected == 0 ? answer.statusCode() != 401 && answer.statusCode() != 403 && answer.statusCode() < 500
                        : answer.statusCode() == expected;
                if (!right) {
                    wrong.add(api.key() + " as " + who + ": " + answer.statusCode() + " (expected " + (expected == 0 ? "allowed" : expected) + ")");
                }
            }
        }
        for (Map.Entry<String, Who> page : RoleTable.PAGES.entrySet()) {
            HttpResponse<String> anonymous = new WebSession().get(page.getKey());
            if (anonymous.statusCode() != 302 || !anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
                wrong.add(page.getKey() + " as ANYONE: " + anonymous.statusCode() + " (expected a redirect to the login page)");
            }
            for (Who who : List.of(Who.STAFF, Who.EDITOR, Who.ADMIN)) {
                WebSession session = new WebSession();
                session.logIn(accounts.get(who)[0], accounts.get(who)[1]);
                int status = session.get(page.getKey()).statusCode();
                boolean allowed = who.compareTo(page.getValue()) >= 0;
                if (allowed ? status == 401 || status == 403 || status == 302 || status >= 500 : status != 403) {
                    wrong.add(page.getKey() + " as " + who + ": " + status + " (expected " + (allowed ? "allowed" : "403") + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "Answers that differ from the role table:\n" + String.join("\n", wrong));
    }

    @Test
    void authenticationComesBeforeAnyRuleAboutInput() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Api api : RoleTable.API) {
            if (api.least() == Who.ANYONE) {
                continue;
            }
            // A body no endpoint accepts, on every method: a stranger learns nothing about input rules, only to log in.
            HttpResponse<String> answer = portal.send(HttpRequest.newBuilder(URI.create(portal.base() + api.samplePath()))
                    .header("Content-Type", "application/json")
                    .method(api.method(), HttpRequest.BodyPublishers.ofString("{\"not\": [\"what anything expects\"")).build());
            if (answer.statusCode() != 401 || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                wrong.add(api.key() + ": " + answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse(""));
            }
        }
        assertTrue(wrong.isEmpty(), "Anonymous calls with a malformed body must answer 401 first:\n" + String.join("\n", wrong));
    }

    @Test
    void anAdministratorCreatesAnAccountOnTheUsersPageAndTheColleagueIsSentToChooseAPassword() throws Exception {
        String name = unique("page");
        WebDriver browser = Portal.phoneBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            logInInBrowser(browser, wait, Portal.ADMIN, Portal.ADMIN_PASSWORD);
            browser.get(portal.base() + "/admin/users.xhtml");
            browser.findElement(By.id("create:username")).sendKeys(name);
            browser.findElement(By.id("create:displayName")).sendKeys("पूजा टोप्पो");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("create:role"))).selectByValue("staff");
            browser.findElement(By.id("create:submit")).click();
            String oneTime = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText().strip();
            assertEquals(20, oneTime.length(), "the one-time password is shown");
            assertTrue(browser.findElement(By.id("accounts")).getText().contains("पूजा टोप्पो"), "the new account is listed with its Hindi name");
            // The logout button, not its form; then wait for the logout to land before the next login.
            browser.findElement(By.cssSelector("#logout input[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/search/"));
            assertTrue(browser.findElements(By.id("logout")).isEmpty(), "logged out");

            logInInBrowser(browser, wait, name, oneTime);
            wait.until(ExpectedConditions.urlContains("/admin/password.xhtml"));
            browser.get(portal.base() + "/admin/documents.xhtml");
            assertTrue(browser.getCurrentUrl().contains("/admin/password.xhtml"), "every page sends it to choose a password first");
            String chosen = "pooja-chose-" + UUID.randomUUID();
            browser.findElement(By.id("password:current")).sendKeys(oneTime);
            browser.findElement(By.id("password:replacement")).sendKeys(chosen);
            browser.findElement(By.id("password:repeated")).sendKeys(chosen);
            browser.findElement(By.id("password:submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password:messages")));
            browser.get(portal.base() + "/admin/documents.xhtml");
            assertTrue(browser.getCurrentUrl().contains("/admin/documents.xhtml"), "after choosing, the staff pages open: " + browser.getCurrentUrl());
        } finally {
            browser.quit();
        }
    }

    // --- helpers ---

    private void logInInBrowser(WebDriver browser, WebDriverWait wait, String name, String password) {
        browser.get(portal.base() + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(name);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /** Creates an account and replaces its one-time password; answers the chosen password. */
    private String readyAccount(String name, String role) throws IOException, InterruptedException {
        HttpResponse<String> created = createAccount(name, role);
        assertEquals(201, created.statusCode(), created.body());
        String oneTime = Portal.json(created.body()).getString("oneTimePassword");
        String chosen = name + "-password-" + UUID.randomUUID();
        HttpResponse<String> changed = call("PUT", "/api/account/password", name, oneTime,
                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"" + chosen + "\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        return chosen;
    }

    private HttpResponse<String> createAccount(String name, String role) throws IOException, InterruptedException {
        return call("POST", "/api/admin/users", Portal.ADMIN, Portal.ADMIN_PASSWORD,
                Json.createObjectBuilder().add("username", name).add("role", role).build().toString());
    }

    private HttpResponse<String> patch(String name, String body) throws IOException, InterruptedException {
        return call("PATCH", "/api/admin/users/" + name, Portal.ADMIN, Portal.ADMIN_PASSWORD, body);
    }

    private HttpResponse<String> describe(long id, long revision, String metadata, String name, String password) throws IOException, InterruptedException {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents/" + id))
                .header("Authorization", Portal.basic(name, password)).header("Content-Type", "application/json")
                .header("If-Match", "\"" + revision + "\"").PUT(HttpRequest.BodyPublishers.ofString(metadata)).build());
    }

    private HttpResponse<String> upload(String name, String password, byte[] content, String metadata) throws IOException, InterruptedException {
        String boundary = "----team" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + metadata + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return portal.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/documents"))
                .header("Authorization", Portal.basic(name, password))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** An API call with Basic credentials (none when {@code name} is null); a body is sent as JSON. */
    private HttpResponse<String> call(String method, String path, String name, String password, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.base() + path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", clientAddress);
        if (name != null) {
            request.header("Authorization", Portal.basic(name, password));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return portal.send(request.build());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A browser-like session: cookies kept, redirects not followed, so a redirect to the login page can be seen. */
    private final class WebSession {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        void logIn(String name, String password) throws IOException, InterruptedException {
            String page = get("/login.xhtml").body();
            Matcher state = VIEW_STATE.matcher(page);
            assertTrue(state.find(), "the login page has a form");
            String form = "login=login&login%3Anext=&login%3Ausername=" + encode(name) + "&login%3Apassword=" + encode(password)
                    + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(state.group(1));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(portal.base() + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, answer.statusCode(), "the login of " + name + " succeeds: " + answer.body());
            assertNotEquals(-1, answer.headers().firstValue("Location").orElse("").indexOf("/"), "and sends the browser on");
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(portal.base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** An API call riding on the session, from a page of this site (as its Origin says). */
        HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(portal.base() + path)).header("Content-Type", "application/json")
                    .header("Origin", portal.base().replaceAll("(https?://[^/]+).*", "$1"))
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
