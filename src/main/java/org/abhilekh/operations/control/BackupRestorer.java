package org.abhilekh.operations.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.abhilekh.operations.entity.BackupManifest;
import org.abhilekh.platform.control.BackupPart;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Restores a backup into an empty data folder, offline, before the server is started on it: the
 * command {@code bin/abhilekh-restore} runs this class with the application's own classes and libraries.
 *
 * <p>Order, so that a refusal leaves nothing behind: check that the folder is empty; check every entry
 * name (no {@code ../}, nothing unlisted), the manifest's format and schema version, and the size and
 * sha256 of every file against the manifest, all before writing anything. Then let Flyway build the
 * schema up to the backup's version, load every table in one transaction (parents before children,
 * found through the foreign keys), move each {@code <table>_seq} sequence past the highest id, migrate
 * to the application's current version, and let each {@link BackupPart} put its files back (the
 * archive its blobs, search its index, which it keeps only when it passes its checksums). Any failure
 * after the first write empties the folder again.
 *
 * <p>Decision: a restore before start-up rather than one the server performs at its first start. The
 * operator learns at the command whether the backup is usable, the server starts as after any stop,
 * and a backup of an older schema version is upgraded by the same migrations as a live installation.
 */
public final class BackupRestorer {

    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.flywaydb");

    /** Where to restore to; the database defaults to the embedded H2 inside the data folder. */
    public record Target(Path dataFolder, String databaseUrl, String user, String password) {

        /** Reads the same settings as the server: ABHILEKH_DB_URL, _USER, _PASSWORD. */
        public static Target of(Path dataFolder, Map<String, String> environment) {
            Path folder = dataFolder.toAbsolutePath().normalize();
            String url = environment.getOrDefault("ABHILEKH_DB_URL",
                    "jdbc:h2:file:" + folder.resolve("db").resolve("abhilekh") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            return new Target(folder, url, environment.getOrDefault("ABHILEKH_DB_USER", "abhilekh"),
                    environment.getOrDefault("ABHILEKH_DB_PASSWORD", "abhilekh"));
        }
    }

    /** What was restored, and what the parts have to tell the operator. */
    public record Outcome(String schemaVersion, int tables, long rows, int blobs, List<String> notes) {
    }

    private final List<BackupPart> parts;

    /** A restorer with the parts the application lists for {@link ServiceLoader}, as the command uses it. */
    public BackupRestorer() {
        this(ServiceLoader.load(BackupPart.class, BackupRestorer.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList());
    }

    public BackupRestorer(List<BackupPart> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * {@code BackupRestorer <backup.zip> <empty data folder>}. Exit status 0 when restored, 1 when the
     * backup or the target was refused (the reason on standard error), 2 for wrong arguments.
     */
    public static void main(String[] args) {
        // Flyway reports every migration; the operator needs the outcome, not the steps.
        QUIET.setLevel(java.util.logging.Level.WARNING);
        // A command-line tool: its console is where the operator reads the outcome.
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("Usage: abhilekh-restore <backup.zip> <empty data folder>");
            return 2;
        }
        try {
            Outcome outcome = new BackupRestorer().restore(Path.of(args[0]), Target.of(Path.of(args[1]), environment));
            out.println("Restored " + outcome.rows() + " rows in " + outcome.tables() + " tables (schema version "
                    + outcome.schemaVersion() + ") and " + outcome.blobs() + " stored files into " + Path.of(args[1]).toAbsolutePath());
            outcome.notes().forEach(out::println);
            out.println("Start the server with ABHILEKH_DATA_DIR=" + Path.of(args[1]).toAbsolutePath().normalize());
            return 0;
        } catch (BackupRefusedException e) {
            err.println("Restore refused: " + e.getMessage());
            return 1;
        }
    }

    public Outcome restore(Path backup, Target target) {
        requireEmpty(target.dataFolder());
        if (!Files.isRegularFile(backup)) {
            throw new BackupRefusedException("There is no backup file at " + backup.toAbsolutePath() + ".");
        }
        try (ZipFile zip = BackupContents.open(backup)) {
            BackupContents contents = BackupContents.check(zip);
            Map<String, ZipEntry> entries = contents.entries();
            BackupManifest manifest = contents.manifest();
            for (String folder : BackupManifest.PART_FOLDERS) {
                if (!manifest.files(folder).isEmpty() && parts.stream().noneMatch(part -> part.folder().equals(folder))) {
                    throw new BackupRefusedException("The backup holds " + folder + " files, which this installation cannot restore.");
                }
            }
            boolean created = !Files.exists(target.dataFolder());
            try {
                Files.createDirectories(target.dataFolder());
                return write(zip, entries, manifest, target);
            } catch (IOException | SQLException | RuntimeException e) {
                clear(target.dataFolder(), created, e);
                if (e instanceof BackupRefusedException refused) {
                    throw refused;
                }
                throw new BackupRefusedException("The restore failed and was undone: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new BackupRefusedException("The backup could not be read: " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new BackupRefusedException(folder + " is a file; restore into an empty folder.");
        }
        try (Stream<Path> children = Files.list(folder)) {
            if (children.findAny().isPresent()) {
                throw new BackupRefusedException("The folder " + folder + " is not empty. A restore never mixes with existing data:"
                        + " choose a new or empty folder, and point ABHILEKH_DATA_DIR at it.");
            }
        } catch (IOException e) {
            throw new BackupRefusedException("The folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
    }

    private Outcome write(ZipFile zip, Map<String, ZipEntry> entries, BackupManifest manifest, Target target)
            throws IOException, SQLException {
        String latest = latestVersion(flyway(target).load());
        if (BackupFormat.compareVersions(manifest.schemaVersion(), latest) > 0) {
            throw new BackupRefusedException("The backup's database is at schema version " + manifest.schemaVersion()
                    + ", newer than this version of Abhilekh knows (" + latest + "). Restore it with the version that made it.");
        }
        Flyway upToBackup = flyway(target).target(MigrationVersion.fromVersion(manifest.schemaVersion())).load();
        if (upToBackup.info().applied().length > 0) {
            throw new BackupRefusedException("The database at " + target.databaseUrl() + " already holds Abhilekh tables. Restore into a new,"
                    + " empty database (for PostgreSQL: dropdb and createdb it first).");
        }
        upToBackup.migrate();
        long rows;
        try (Connection connection = DriverManager.getConnection(target.databaseUrl(), target.user(), target.password())) {
            rows = BackupRows.load(connection, zip, entries, manifest);
            BackupRows.advanceSequences(connection);
        }
        flyway(target).load().migrate();
        List<String> notes = new ArrayList<>();
        for (BackupPart part : parts) {
            part.restore(new PartInput(zip, entries, manifest, part.folder()), target.dataFolder()).ifPresent(notes::add);
        }
        return new Outcome(manifest.schemaVersion(), manifest.tables().size(), rows, manifest.blobs().size(), notes);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(Target target) {
        return Flyway.configure(BackupRestorer.class.getClassLoader())
                .dataSource(target.databaseUrl(), target.user(), target.password())
                .locations("classpath:db/migration");
    }

    private static String latestVersion(Flyway flyway) {
        String latest = "0";
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getVersion() != null && BackupFormat.compareVersions(migration.getVersion().getVersion(), latest) > 0) {
                latest = migration.getVersion().getVersion();
            }
        }
        return latest;
    }

    /** Empties the folder that was empty before the restore began (and removes it if the restore made it). */
    private static void clear(Path folder, boolean created, Exception cause) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    for (Path child : children.toList()) {
                        delete(child);
                    }
                }
                if (created) {
                    Files.delete(folder);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            cause.addSuppressed(e);
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    /** A name from the ZIP as it may be shown: control characters replaced, length bounded. */
    static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 200 ? shown.substring(0, 200) + "..." : shown;
    }

    /** A part's files in the checked backup, by the names the part gave them. */
    private record PartInput(ZipFile zip, Map<String, ZipEntry> entries, BackupManifest manifest, String folder) implements BackupPart.Input {

        @Override
        public List<String> names() {
            return manifest.files(folder).stream().map(file -> file.path().substring(folder.length() + 1)).toList();
        }

        @Override
        public InputStream open(String name) throws IOException {
            return zip.getInputStream(entries.get(folder + "/" + name));
        }

        @Override
        public boolean atMoment() {
            return manifest.atMoment(folder);
        }
    }

    /** Stops reading past a limit, so a hostile entry cannot be made to fill memory. */
    static final class LimitedStream extends java.io.FilterInputStream {
        private final long limit;
        private final String name;
        private long read;

        LimitedStream(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BackupRefusedException(name + " is larger than any backup's manifest can be.");
            }
        }
    }
}
