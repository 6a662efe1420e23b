package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Starts the built WAR on Payara Micro as an operator would, stops it, and starts it again on the
 * same data folder: everything is still there, searchable, and nothing was imported twice.
 */
class RestartIT {

    private final Path dataFolder = Path.of("target", "it-restart-data").toAbsolutePath();
    private final Path log = Path.of("target", "it-restart.log").toAbsolutePath();

    @Test
    void aSecondStartKeepsEverythingAndImportsNothingTwice() throws Exception {
        deleteRecursively(dataFolder);
        // The log is appended to by both starts; a log left by an earlier run would count its imports too.
        Files.deleteIfExists(log);
        int port = freePort();
        Portal portal = new Portal(URI.create("http://localhost:" + port + "/").toURL());

        List<String> before;
        int publicBefore;
        Process first = start(port);
        try {
            portal.awaitReady();
            before = everyDocument(portal);
            publicBefore = portal.search("", false, "size=1").getInt("total");
        } finally {
            stop(first);
        }
        assertEquals(35 + 5, before.size(), "the seed archive and the five public seed blog posts are in once");
        assertEquals(31 + 5, publicBefore);

        Process second = start(port);
        try {
            portal.awaitReady();
            assertEquals(before, everyDocument(portal), "the same documents, each once");
            assertEquals(publicBefore, portal.search("", false, "size=1").getInt("total"));
            assertEquals(1, portal.search("Koderma mica supply chain", false).getJsonArray("hits").size());
        } finally {
            stop(second);
        }
        String output = Files.readString(log);
        assertEquals(1, output.split("Seed archive imported", -1).length - 1, "the seed import ran on the first start only");
        assertEquals(1, output.split("Seed blog imported", -1).length - 1, "the seed blog too");
    }

    private Process start(int port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector"));
        // The database of this run (pom.xml: H2 in the data folder, or a fresh PostgreSQL schema).
        command.addAll(List.of(System.getProperty("it.launched.server.options", "").trim().split("\\s+")));
        command.removeIf(String::isEmpty);
        command.addAll(List.of(
                "-Dabhilekh.data.dir=" + dataFolder,
                "-Dabhilekh.admin.password=" + Portal.ADMIN_PASSWORD,
                "-jar", System.getProperty("payara.micro.jar"),
                "--deploy", System.getProperty("abhilekh.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nohazelcast"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** A polite stop (SIGTERM), as a service manager does; the server commits and closes on the way out. */
    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(90, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Every document a staff member can find, as "id title", sorted. */
    private static List<String> everyDocument(Portal portal) throws Exception {
        TreeSet<String> all = new TreeSet<>();
        int total = portal.search("", true, "size=1").getInt("total");
        for (int page = 1; (page - 1) * 100 < total; page++) {
            JsonObject result = portal.search("", true, "size=100", "page=" + page);
            result.getJsonArray("hits").getValuesAs(JsonObject.class)
                    .forEach(hit -> all.add(hit.getJsonNumber("id") + " " + hit.getString("title")));
        }
        assertEquals(total, all.size(), "no document is listed twice");
        return List.copyOf(all);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        assertTrue(Files.notExists(folder));
    }
}
