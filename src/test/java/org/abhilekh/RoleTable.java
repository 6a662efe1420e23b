package org.abhilekh;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may do what, written down once: the least role each API method and each staff page needs. The
 * role-matrix test asks the running server as every role; {@link #apiMethodsInTheCode()} and
 * {@link #staffPagesInTheWebapp()} find what exists, so a new endpoint or page missing from the table
 * fails the test instead of going unchecked.
 */
final class RoleTable {

    /** Ordered from least to most: a caller holding a role may do all that the roles before it may. */
    enum Who { ANYONE, STAFF, EDITOR, ADMIN }

    /** One API method: the least role, and a request that needs no data of its own (unknown ids answer 404). */
    record Api(String method, String template, Who least, String samplePath, String sampleBody) {
        String key() {
            return method + " " + template;
        }
    }

    static final List<Api> API = List.of(
            // Public reading: visibility is applied to what is read, not refused.
            new Api("GET", "/api/search", Who.ANYONE, "/api/search?q=kiln", null),
            new Api("GET", "/api/search/feed.atom", Who.ANYONE, "/api/search/feed.atom?q=kiln", null),
            new Api("GET", "/api/suggest", Who.ANYONE, "/api/suggest?q=kil", null),
            new Api("GET", "/api/documents/{id}", Who.ANYONE, "/api/documents/999999", null),
            new Api("GET", "/api/documents/{id}/file", Who.ANYONE, "/api/documents/999999/file", null),
            new Api("GET", "/api/documents/{id}/similar", Who.ANYONE, "/api/documents/999999/similar", null),
            new Api("GET", "/api/metadata-schema", Who.ANYONE, "/api/metadata-schema", null),
            new Api("GET", "/api/outlets", Who.ANYONE, "/api/outlets", null),
            new Api("GET", "/api/coverage", Who.ANYONE, "/api/coverage", null),
            new Api("GET", "/api/coverage.csv", Who.ANYONE, "/api/coverage.csv", null),
            new Api("GET", "/api/posts", Who.ANYONE, "/api/posts", null),
            new Api("GET", "/api/posts/{slug}", Who.ANYONE, "/api/posts/no-such-post", null),
            new Api("POST", "/api/posts/{slug}/comments", Who.ANYONE, "/api/posts/no-such-post/comments", "{}"),
            new Api("GET", "/api/presskits", Who.ANYONE, "/api/presskits", null),
            new Api("GET", "/api/presskits/{slug}", Who.ANYONE, "/api/presskits/no-such-kit", null),
            new Api("GET", "/api/pressroom", Who.ANYONE, "/api/pressroom", null),
            // Staff: put material in, describe it, follow it, export what they find.
            new Api("POST", "/api/documents", Who.STAFF, "/api/documents", null),
            new Api("PUT", "/api/documents/{id}", Who.STAFF, "/api/documents/999999", "{}"),
            new Api("GET", "/api/documents/{id}/text", Who.STAFF, "/api/documents/999999/text", null),
            // Withholding more is anyone's duty on the staff; releasing a passage the archive refuses to non-editors itself.
            new Api("PUT", "/api/documents/{id}/withheld", Who.STAFF, "/api/documents/999999/withheld", "{\"passages\": []}"),
            new Api("POST", "/api/documents/{id}/redacted-copy", Who.STAFF, "/api/documents/999999/redacted-copy", null),
            new Api("GET", "/api/documents/{id}/redacted-copy", Who.STAFF, "/api/documents/999999/redacted-copy", null),
            new Api("DELETE", "/api/documents/{id}/redacted-copy", Who.STAFF, "/api/documents/999999/redacted-copy", null),
            new Api("GET", "/api/jobs", Who.STAFF, "/api/jobs", null),
            new Api("GET", "/api/jobs/{id}", Who.STAFF, "/api/jobs/999999", null),
            new Api("POST", "/api/jobs/{id}/retry", Who.STAFF, "/api/jobs/999999/retry", null),
            new Api("GET", "/api/search/results.csv", Who.STAFF, "/api/search/results.csv?q=kiln", null),
            new Api("PUT", "/api/account/password", Who.STAFF, "/api/account/password", "{}"),
            // Editors: what the public sees.
            new Api("DELETE", "/api/documents/{id}", Who.EDITOR, "/api/documents/999999", null),
            new Api("POST", "/api/presskits", Who.EDITOR, "/api/presskits", "{}"),
            new Api("PUT", "/api/presskits/{slug}", Who.EDITOR, "/api/presskits/no-such-kit", "{}"),
            new Api("POST", "/api/presskits/{slug}/items", Who.EDITOR, "/api/presskits/no-such-kit/items", "{}"),
            new Api("POST", "/api/presskits/{slug}/publish", Who.EDITOR, "/api/presskits/no-such-kit/publish", null),
            new Api("DELETE", "/api/presskits/{slug}/items/{item}", Who.EDITOR, "/api/presskits/no-such-kit/items/1", null),
            new Api("PUT", "/api/presskits/{slug}/order", Who.EDITOR, "/api/presskits/no-such-kit/order", "{}"),
            new Api("PUT", "/api/presskits/{slug}/embargo", Who.EDITOR, "/api/presskits/no-such-kit/embargo", "{}"),
            new Api("DELETE", "/api/presskits/{slug}/embargo", Who.EDITOR, "/api/presskits/no-such-kit/embargo", null),
            new Api("PUT", "/api/pressroom", Who.EDITOR, "/api/pressroom", "{}"),
            // Administrators: the installation and the team.
            new Api("GET", "/api/admin/users", Who.ADMIN, "/api/admin/users", null),
            new Api("POST", "/api/admin/users", Who.ADMIN, "/api/admin/users", "{}"),
            new Api("PATCH", "/api/admin/users/{username}", Who.ADMIN, "/api/admin/users/no-such-account", "{}"),
            new Api("POST", "/api/admin/users/{username}/password-reset", Who.ADMIN, "/api/admin/users/no-such-account/password-reset", null),
            new Api("GET", "/api/admin/audit", Who.ADMIN, "/api/admin/audit", null),
            new Api("GET", "/api/admin/backups", Who.ADMIN, "/api/admin/backups", null),
            new Api("POST", "/api/admin/backups", Who.ADMIN, "/api/admin/backups", null),
            new Api("GET", "/api/admin/backups/{name}", Who.ADMIN, "/api/admin/backups/no-such-backup.zip", null),
            new Api("GET", "/api/admin/imports", Who.ADMIN, "/api/admin/imports", null),
            new Api("POST", "/api/admin/imports", Who.ADMIN, "/api/admin/imports", "{\"folder\": \"no-such-folder\"}"),
            new Api("GET", "/api/admin/imports/{batch}", Who.ADMIN, "/api/admin/imports/999999", null),
            new Api("GET", "/api/admin/reindex", Who.ADMIN, "/api/admin/reindex", null),
            new Api("POST", "/api/admin/reindex", Who.ADMIN, "/api/admin/reindex", null),
            // The metrics count staff-only documents; a scraper's token is the one other way in (ArchiveIT).
            new Api("GET", "/api/metrics", Who.ADMIN, "/api/metrics", null));

    /** Every staff page under /admin/ and the least role it needs (a query without data answers 404 or 400, not 403). */
    static final Map<String, Who> PAGES = Map.ofEntries(
            Map.entry("/admin/index.xhtml", Who.STAFF),
            Map.entry("/admin/upload.xhtml", Who.STAFF),
            Map.entry("/admin/documents.xhtml", Who.STAFF),
            Map.entry("/admin/documents-edit.xhtml", Who.STAFF),
            Map.entry("/admin/documents-text.xhtml", Who.STAFF),
            Map.entry("/admin/jobs.xhtml", Who.STAFF),
            Map.entry("/admin/import.xhtml", Who.STAFF),
            Map.entry("/admin/outlets.xhtml", Who.STAFF),
            Map.entry("/admin/password.xhtml", Who.STAFF),
            Map.entry("/admin/backup.xhtml", Who.STAFF),
            Map.entry("/admin/blog/posts.xhtml", Who.STAFF),
            Map.entry("/admin/blog/comments.xhtml", Who.STAFF),
            Map.entry("/admin/blog/edit.xhtml", Who.EDITOR),
            Map.entry("/admin/press/index.xhtml", Who.STAFF),
            Map.entry("/admin/press/kit.xhtml", Who.STAFF),
            Map.entry("/admin/press/add.xhtml", Who.STAFF),
            Map.entry("/admin/press/room.xhtml", Who.EDITOR),
            Map.entry("/admin/users.xhtml", Who.ADMIN),
            Map.entry("/admin/audit.xhtml", Who.ADMIN));

    private RoleTable() {
    }

    /** "METHOD /api/template" of every JAX-RS resource method in the built classes. */
    static TreeSet<String> apiMethodsInTheCode() throws IOException, ClassNotFoundException {
        TreeSet<String> found = new TreeSet<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        List<String> names;
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            names = files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().contains("$"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "")).toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, RoleTable.class.getClassLoader());
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(verb + " " + join("/api", root.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return found;
    }

    /** Every page under src/main/webapp/admin/. */
    static TreeSet<String> staffPagesInTheWebapp() throws IOException {
        java.nio.file.Path webapp = java.nio.file.Path.of("src", "main", "webapp");
        try (Stream<java.nio.file.Path> files = Files.walk(webapp.resolve("admin"))) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getAnnotation(HttpMethod.class).value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }
}
