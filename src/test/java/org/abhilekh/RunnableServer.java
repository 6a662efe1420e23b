package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The runnable jar started as the README starts it, on a data folder of its own, for the tests that treat it as an operator would. */
final class RunnableServer {

    private RunnableServer() {
    }

    /** Starts the jar {@code mvn package} built (the command files are inside it), its output appended to the log. */
    static Process start(Path data, int port, Path log, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS",
                "-Dabhilekh.data.dir=" + data,
                "-Dabhilekh.admin.password=" + Portal.ADMIN_PASSWORD));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", System.getProperty("abhilekh.runnable.jar"), "--port", Integer.toString(port)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** A polite stop (SIGTERM), as a service manager does; the server commits and closes on the way out. */
    static void stop(Process server) throws InterruptedException {
        if (!server.isAlive()) {
            return;
        }
        server.destroy();
        if (!server.waitFor(90, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
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
