package org.abhilekh.operations.control;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
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

    private static final ObjectMapper JSON = new ObjectMapper();
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
        try (ZipFile zip = open(backup)) {
            Map<String, ZipEntry> entries = entries(zip);
            BackupManifest manifest = manifest(zip, entries);
            Map<String, BackupManifest.StoredFile> listed = listed(manifest);
            for (String name : entries.keySet()) {
                if (!name.equals(BackupManifest.FILE) && !listed.containsKey(name)) {
                    throw new BackupRefusedException("The backup holds " + name + ", which its manifest does not list.");
                }
            }
            for (BackupManifest.StoredFile file : listed.values()) {
                verify(zip, entries.get(file.path()), file);
            }
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

    private static ZipFile open(Path backup) {
        try {
            return new ZipFile(backup.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BackupRefusedException("The file " + backup.getFileName() + " is not a complete backup: it is not a readable"
                    + " ZIP (truncated or damaged in transfer?). Copy it again from where it was made.", e);
        } catch (IOException e) {
            throw new BackupRefusedException("The backup " + backup + " cannot be opened: " + e.getMessage(), e);
        }
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) {
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!BackupFormat.isSafeEntryName(entry.getName())) {
                throw new BackupRefusedException("The backup holds an entry named \"" + printable(entry.getName())
                        + "\", which no Abhilekh backup contains (a path that could escape the data folder?). Nothing was restored.");
            }
            if (entries.put(entry.getName(), entry) != null) {
                throw new BackupRefusedException("The backup holds " + entry.getName() + " twice. Nothing was restored.");
            }
        }
        return entries;
    }

    private static BackupManifest manifest(ZipFile zip, Map<String, ZipEntry> entries) throws IOException {
        ZipEntry entry = entries.get(BackupManifest.FILE);
        if (entry == null) {
            throw new BackupRefusedException("The backup has no manifest.json: it is incomplete or not an Abhilekh backup.");
        }
        BackupManifest manifest;
        try (InputStream in = new LimitedStream(zip.getInputStream(entry), BackupFormat.MAX_MANIFEST_BYTES, BackupManifest.FILE)) {
            manifest = BackupFormat.readManifest(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BackupRefusedException("The backup's manifest.json cannot be read: " + e.getOriginalMessage(), e);
        }
        if (manifest == null || !BackupManifest.FORMAT.equals(manifest.format())) {
            throw new BackupRefusedException("The manifest does not describe an Abhilekh backup.");
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new BackupRefusedException("The backup was made by a newer version of Abhilekh (backup format "
                    + manifest.formatVersion() + "; this version reads up to " + BackupManifest.FORMAT_VERSION
                    + "). Restore it with that version or a later one.");
        }
        if (manifest.formatVersion() < 1 || manifest.schemaVersion() == null || !manifest.schemaVersion().matches("\\d{1,9}(\\.\\d{1,9}){0,3}")
                || manifest.tables() == null || manifest.blobs() == null || manifest.index() == null || manifest.index().files() == null) {
            throw new BackupRefusedException("The manifest is incomplete (format version, schema version, tables, blobs and index are required).");
        }
        return manifest;
    }

    /** Every file the manifest lists, by path, after checking each path and each blob's name. */
    private static Map<String, BackupManifest.StoredFile> listed(BackupManifest manifest) {
        Map<String, BackupManifest.StoredFile> files = new LinkedHashMap<>();
        Set<String> tables = new HashSet<>();
        for (BackupManifest.Table table : manifest.tables()) {
            if (table.name() == null || table.file() == null || table.columns() == null || table.columns().isEmpty()
                    || !tables.add(table.name()) || !("rows/" + table.name() + ".jsonl").equals(table.file().path())) {
                throw new BackupRefusedException("The manifest describes a table incompletely or twice: " + printable(String.valueOf(table.name())));
            }
            add(files, table.file());
        }
        for (String folder : BackupManifest.PART_FOLDERS) {
            for (BackupManifest.StoredFile file : manifest.files(folder)) {
                if (file != null && file.path() != null && !file.path().startsWith(folder + "/")) {
                    throw new BackupRefusedException("The manifest lists " + printable(file.path()) + " among the " + folder + " files.");
                }
                add(files, file);
            }
        }
        for (BackupManifest.StoredFile blob : manifest.blobs()) {
            if (!blob.path().equals("blobs/" + blob.sha256())) {
                throw new BackupRefusedException("The blob " + blob.path() + " is listed with another sha256 (" + blob.sha256() + ").");
            }
        }
        return files;
    }

    private static void add(Map<String, BackupManifest.StoredFile> files, BackupManifest.StoredFile file) {
        if (file == null || !BackupFormat.isSafeEntryName(file.path()) || file.path().equals(BackupManifest.FILE)
                || file.sha256() == null || !file.sha256().matches("[0-9a-f]{64}") || file.size() < 0) {
            throw new BackupRefusedException("The manifest lists a file with an unusable name, size or sha256: "
                    + printable(file == null ? "null" : String.valueOf(file.path())));
        }
        if (files.put(file.path(), file) != null) {
            throw new BackupRefusedException("The manifest lists " + file.path() + " twice.");
        }
    }

    /** Reads the whole entry once: its size and sha256 must be those the manifest lists. */
    private static void verify(ZipFile zip, ZipEntry entry, BackupManifest.StoredFile file) throws IOException {
        if (entry == null) {
            throw new BackupRefusedException("The backup lacks " + file.path() + ", which its manifest lists: it is incomplete.");
        }
        MessageDigest digest = BackupFormat.sha256Digest();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                size += read;
                if (size > file.size()) {
                    throw new BackupRefusedException(file.path() + " is larger than its manifest says (" + file.size() + " bytes): the backup is damaged.");
                }
                digest.update(buffer, 0, read);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new BackupRefusedException(file.path() + " cannot be read from the backup (" + e.getMessage() + "): the ZIP is damaged.", e);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (size != file.size() || !sha256.equals(file.sha256())) {
            throw new BackupRefusedException(file.path() + " does not match its manifest (sha256 " + sha256 + ", expected "
                    + file.sha256() + "): the backup is damaged. Nothing was restored.");
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
            rows = loadRows(connection, zip, entries, manifest);
            advanceSequences(connection);
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

    /** Loads every table in one transaction, parents before children. */
    private static long loadRows(Connection connection, ZipFile zip, Map<String, ZipEntry> entries, BackupManifest manifest)
            throws SQLException, IOException {
        Map<String, String> actualNames = tableNames(connection);
        Map<String, BackupManifest.Table> byName = new TreeMap<>();
        for (BackupManifest.Table table : manifest.tables()) {
            if (!actualNames.containsKey(table.name())) {
                throw new BackupRefusedException("The backup holds a table " + printable(table.name()) + " that schema version "
                        + manifest.schemaVersion() + " does not have: the manifest does not match its rows.");
            }
            byName.put(table.name(), table);
        }
        connection.setAutoCommit(false);
        long rows = 0;
        try {
            for (String name : parentsFirst(connection, actualNames, byName.keySet())) {
                rows += loadTable(connection, actualNames.get(name), byName.get(name), zip, entries.get(byName.get(name).file().path()));
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        return rows;
    }

    private static Map<String, String> tableNames(Connection connection) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (ResultSet result = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String name = result.getString("TABLE_NAME");
                names.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return names;
    }

    /** Orders tables so every table comes after those its foreign keys point to. */
    static List<String> parentsFirst(Connection connection, Map<String, String> actualNames, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String table : tables) {
            Set<String> references = new TreeSet<>();
            try (ResultSet keys = connection.getMetaData().getImportedKeys(null, connection.getSchema(), actualNames.get(table))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table) && tables.contains(parent)) {
                        references.add(parent);
                    }
                }
            }
            parents.put(table, references);
        }
        List<String> order = new ArrayList<>();
        while (!parents.isEmpty()) {
            String next = parents.entrySet().stream().filter(entry -> order.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new BackupRefusedException("The tables refer to each other in a circle: " + parents.keySet()));
            order.add(next);
            parents.remove(next);
        }
        return order;
    }

    private static long loadTable(Connection connection, String actualName, BackupManifest.Table table, ZipFile zip, ZipEntry entry)
            throws SQLException, IOException {
        Map<String, Integer> types = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet empty = statement.executeQuery("select * from " + quote(actualName) + " where 1 = 0")) {
            ResultSetMetaData meta = empty.getMetaData();
            Map<String, String> columnNames = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
                columnNames.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnLabel(i));
            }
            for (BackupManifest.Column column : table.columns()) {
                if (!types.containsKey(column.name())) {
                    throw new BackupRefusedException("The backup's table " + table.name() + " has a column " + printable(column.name())
                            + " that the schema does not have.");
                }
            }
            StringBuilder sql = new StringBuilder("insert into ").append(quote(actualName)).append(" (");
            for (int i = 0; i < table.columns().size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(quote(columnNames.get(table.columns().get(i).name())));
            }
            sql.append(") values (").append("?, ".repeat(table.columns().size() - 1)).append("?)");
            long rows = 0;
            try (PreparedStatement insert = connection.prepareStatement(sql.toString());
                 InputStream in = zip.getInputStream(entry);
                 JsonParser lines = JSON.createParser(in)) {
                while (lines.nextToken() != null) {
                    JsonNode row = JSON.readTree(lines);
                    rows++;
                    if (!row.isArray() || row.size() != table.columns().size()) {
                        throw new BackupRefusedException("Row " + rows + " of table " + table.name() + " does not have "
                                + table.columns().size() + " values.");
                    }
                    for (int i = 0; i < row.size(); i++) {
                        BackupManifest.Column column = table.columns().get(i);
                        bind(insert, i + 1, types.get(column.name()), row.get(i), table.name() + "." + column.name() + " in row " + rows);
                    }
                    insert.addBatch();
                    if (rows % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            if (rows != table.rows()) {
                throw new BackupRefusedException("Table " + table.name() + " has " + rows + " rows in the backup, its manifest says " + table.rows() + ".");
            }
            return rows;
        }
    }

    /** Binds one value as the target column's type wants it, whatever database the backup came from. */
    static void bind(PreparedStatement statement, int index, int type, JsonNode value, String where) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, type);
            return;
        }
        try {
            switch (type) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                    if (!value.isIntegralNumber()) {
                        throw new BackupRefusedException("The value of " + where + " is not a whole number.");
                    }
                    statement.setLong(index, value.longValue());
                }
                case Types.BOOLEAN, Types.BIT -> {
                    if (!value.isBoolean()) {
                        throw new BackupRefusedException("The value of " + where + " is not true or false.");
                    }
                    statement.setBoolean(index, value.booleanValue());
                }
                case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> statement.setBigDecimal(index, value.decimalValue());
                case Types.DATE -> statement.setDate(index, java.sql.Date.valueOf(LocalDate.parse(value.textValue())));
                case Types.TIMESTAMP -> statement.setTimestamp(index, java.sql.Timestamp.valueOf(LocalDateTime.parse(value.textValue())));
                case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(index, OffsetDateTime.parse(value.textValue()));
                case Types.TIME -> statement.setTime(index, java.sql.Time.valueOf(LocalTime.parse(value.textValue())));
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> statement.setBytes(index, Base64.getDecoder().decode(value.textValue()));
                default -> {
                    if (!value.isTextual()) {
                        throw new BackupRefusedException("The value of " + where + " is not text.");
                    }
                    statement.setString(index, value.textValue());
                }
            }
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw new BackupRefusedException("The value of " + where + " cannot be read as " + java.sql.JDBCType.valueOf(type).getName() + ".", e);
        }
    }

    /**
     * Moves every sequence named {@code <table>_seq} past the highest id of its table, leaving room for
     * a block of ids as the JPA provider takes them (it reads a value as the top of its next block).
     */
    private static void advanceSequences(Connection connection) throws SQLException {
        Map<String, String> tables = tableNames(connection);
        Map<String, Long> sequences = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select sequence_name, increment from information_schema.sequences where sequence_schema = ?")) {
            query.setString(1, connection.getSchema());
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    sequences.put(result.getString(1), Long.parseLong(result.getString(2).strip()));
                }
            }
        }
        for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
            String name = sequence.getKey().toLowerCase(Locale.ROOT);
            if (!name.endsWith("_seq") || !tables.containsKey(name.substring(0, name.length() - 4))) {
                continue;
            }
            long highest;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select coalesce(max(id), 0) from " + quote(tables.get(name.substring(0, name.length() - 4))))) {
                result.next();
                highest = result.getLong(1);
            }
            long increment = Math.max(1, sequence.getValue());
            long restart = (highest / increment + 2) * increment;
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter sequence " + quote(sequence.getKey()) + " restart with " + restart);
            }
        }
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

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A name from the ZIP as it may be shown: control characters replaced, length bounded. */
    private static String printable(String name) {
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
    private static final class LimitedStream extends java.io.FilterInputStream {
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
