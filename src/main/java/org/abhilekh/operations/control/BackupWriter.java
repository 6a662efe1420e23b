package org.abhilekh.operations.control;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.abhilekh.operations.entity.BackupManifest;
import org.abhilekh.platform.control.BackupPart;

/**
 * Writes one consistent backup as a ZIP: every table's rows as JSON lines ({@code rows/<table>.jsonl}),
 * each feature's {@link BackupPart} in its folder (the index's files of one commit under {@code index/},
 * the blobs the rows name under {@code blobs/}) and {@code manifest.json} last, so a ZIP without a
 * manifest is recognisably incomplete.
 *
 * <p>Consistency: all tables are read in one REPEATABLE READ transaction whose first statement counts
 * the rows of every table at once, which fixes the snapshot for all of them (H2 takes a table's snapshot
 * when a statement first touches it; PostgreSQL at the first statement). That statement is the backup's
 * moment: it runs while every part holds its files still (the index its commit lock, right after a
 * commit), so the index snapshot and the rows agree on which revisions are indexed. Writers are never
 * blocked: the database serves the snapshot from its row versions, and the index only defers its next
 * commit for the length of one counting query.
 *
 * <p>Tables are discovered through JDBC metadata, so tables added by later migrations are included
 * without a change here; Flyway's own history is not copied (the restore lets Flyway build the schema)
 * but gives the schema version.
 */
public final class BackupWriter {

    /** Columns with this name (or ending in {@code _sha256}) hold a content address, which the parts are told. */
    private static final Pattern ADDRESS_COLUMN = Pattern.compile("(.*_)?sha256");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final DataSource dataSource;
    private final Path dataFolder;
    private final List<BackupPart> parts;

    /**
     * @param dataFolder the installation's data folder, where the parts find their files
     * @param parts      one part per folder the manifest has a place for; a folder without its part is
     *                   left empty (no index: the restore rebuilds it)
     */
    public BackupWriter(DataSource dataSource, Path dataFolder, List<BackupPart> parts) {
        Set<String> folders = new HashSet<>();
        for (BackupPart part : parts) {
            if (!BackupManifest.PART_FOLDERS.contains(part.folder()) || !folders.add(part.folder())) {
                throw new IllegalArgumentException("The backup format has no place for a part named " + part.folder()
                        + " (or has it twice); a new part needs a new format version.");
            }
        }
        this.dataSource = dataSource;
        this.dataFolder = dataFolder;
        this.parts = List.copyOf(parts);
    }

    /** Writes the backup to {@code target} (through a temporary file beside it, renamed when complete). */
    public BackupManifest write(Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            BackupManifest manifest;
            try (OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(file, 1 << 16))) {
                // Most blobs (PDF, JPEG, DOCX) are compressed already; the fastest level costs little on them.
                zip.setLevel(Deflater.BEST_SPEED);
                manifest = writeInto(zip);
                zip.finish();
                zip.flush();
                file.flush();
            }
            try (var channel = java.nio.channels.FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (SQLException e) {
            throw new IOException("The database could not be read for the backup: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private BackupManifest writeInto(ZipOutputStream zip) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            List<BackupTable> tables = BackupTable.discover(connection);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return readAll(connection, tables, zip);
            } finally {
                // The connection goes back to a pool that others use at their own settings.
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private BackupManifest readAll(Connection connection, List<BackupTable> tables, ZipOutputStream zip) throws IOException, SQLException {
        long[][] counted = new long[1][];
        SQLException[] failed = new SQLException[1];
        String[] createdAt = new String[1];
        Runnable fixSnapshot = () -> {
            try {
                createdAt[0] = Instant.now().toString();
                counted[0] = countAll(connection, tables);
            } catch (SQLException e) {
                failed[0] = e;
            }
        };
        Map<String, PartOutput> outputs = new HashMap<>();
        for (String folder : BackupManifest.PART_FOLDERS) {
            outputs.put(folder, new PartOutput(zip, folder));
        }
        Runnable moment = () -> {
            fixSnapshot.run();
            outputs.values().forEach(PartOutput::momentPassed);
        };
        try {
            holdAround(parts, outputs, moment);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        String schemaVersion = schemaVersion(connection, tables);
        List<BackupManifest.Table> dumped = new ArrayList<>();
        SortedSet<String> named = new TreeSet<>();
        for (int i = 0; i < tables.size(); i++) {
            BackupTable table = tables.get(i);
            if (table.name().equals(FLYWAY_HISTORY)) {
                continue;
            }
            dumped.add(dump(connection, table, counted[0][i], zip, named));
        }
        outputs.values().forEach(PartOutput::rowsRead);
        for (BackupPart part : parts) {
            part.writeAfterRows(outputs.get(part.folder()), dataFolder, Collections.unmodifiableSortedSet(named));
        }
        var metadata = connection.getMetaData();
        PartOutput index = outputs.get(BackupManifest.INDEX);
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, createdAt[0], schemaVersion,
                metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion(), dumped,
                outputs.get(BackupManifest.BLOBS).files(), new BackupManifest.Index(index.atMoment(), index.files()));
        zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
        BackupFormat.writeManifest(manifest, new NonClosing(zip));
        zip.closeEntry();
        return manifest;
    }

    /**
     * Runs the moment inside every part's hold, the first part outermost, each holding while the ones after
     * it hold too; a part that does not run the moment exactly once is a mistake in that part.
     */
    private static void holdAround(List<BackupPart> parts, Map<String, PartOutput> outputs, Runnable moment) throws IOException {
        if (parts.isEmpty()) {
            moment.run();
            return;
        }
        BackupPart part = parts.getFirst();
        int[] runs = new int[1];
        part.writeAtMoment(outputs.get(part.folder()), () -> {
            if (++runs[0] == 1) {
                try {
                    holdAround(parts.subList(1, parts.size()), outputs, moment);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        if (runs[0] != 1) {
            throw new IllegalStateException("The backup part " + part.folder() + " ran the backup's moment " + runs[0] + " times, not once.");
        }
    }

    /** One statement that touches every table fixes the transaction's snapshot of all of them at once. */
    private static long[] countAll(Connection connection, List<BackupTable> tables) throws SQLException {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(tables.get(i).quoted()).append(')');
        }
        long[] counts = new long[tables.size()];
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql.toString())) {
            result.next();
            for (int i = 0; i < counts.length; i++) {
                counts[i] = result.getLong(i + 1);
            }
        }
        return counts;
    }

    private static String schemaVersion(Connection connection, List<BackupTable> tables) throws SQLException {
        BackupTable history = tables.stream().filter(table -> table.name().equals(FLYWAY_HISTORY)).findFirst()
                .orElseThrow(() -> new SQLException("The database has no Flyway history: it was not created by Abhilekh"));
        String highest = "0";
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from " + history.quoted())) {
            while (result.next()) {
                String version = result.getString("version");
                if (version != null && result.getBoolean("success") && BackupFormat.compareVersions(version, highest) > 0) {
                    highest = version;
                }
            }
        }
        return highest;
    }

    private BackupManifest.Table dump(Connection connection, BackupTable table, long expected, ZipOutputStream zip, Set<String> named)
            throws IOException, SQLException {
        String path = "rows/" + table.name() + ".jsonl";
        zip.putNextEntry(new ZipEntry(path));
        DigestingStream out = new DigestingStream(zip);
        List<BackupManifest.Column> columns = new ArrayList<>();
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet result = statement.executeQuery("select * from " + table.quoted() + table.orderBy());
                 JsonGenerator json = new JsonFactory().setRootValueSeparator(null).createGenerator(out, JsonEncoding.UTF8)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                ResultSetMetaData meta = result.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(new BackupManifest.Column(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnTypeName(i)));
                }
                while (result.next()) {
                    json.writeStartArray();
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = writeValue(json, result, i, meta.getColumnType(i));
                        if (value instanceof String text && ADDRESS_COLUMN.matcher(columns.get(i - 1).name()).matches()
                                && SHA256.matcher(text.strip()).matches()) {
                            named.add(text.strip());
                        }
                    }
                    json.writeEndArray();
                    json.writeRaw('\n');
                    rows++;
                }
            }
        }
        zip.closeEntry();
        if (rows != expected) {
            throw new SQLException("Table " + table.name() + " changed during the backup (" + expected + " rows counted, "
                    + rows + " read): the database did not keep a snapshot");
        }
        return new BackupManifest.Table(table.name(), columns, rows, new BackupManifest.StoredFile(path, out.count(), out.sha256()));
    }

    /** Writes one value in the portable form the restore reads back; answers it when it is text. */
    private static Object writeValue(JsonGenerator json, ResultSet result, int column, int type) throws IOException, SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = result.getLong(column);
                if (result.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
                return null;
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = result.getBoolean(column);
                if (result.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
                return null;
            }
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                java.math.BigDecimal value = result.getBigDecimal(column);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
                return null;
            }
            case Types.DATE -> {
                java.sql.Date value = result.getDate(column);
                json.writeString(value == null ? null : value.toLocalDate().toString());
                return null;
            }
            case Types.TIMESTAMP -> {
                Timestamp value = result.getTimestamp(column);
                json.writeString(value == null ? null : value.toLocalDateTime().toString());
                return null;
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
                json.writeString(value == null ? null : value.toString());
                return null;
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] value = result.getBytes(column);
                json.writeString(value == null ? null : Base64.getEncoder().encodeToString(value));
                return null;
            }
            default -> {
                String value = result.getString(column);
                json.writeString(value);
                return value;
            }
        }
    }

    /** Adds one file to the ZIP and answers its size and sha256. */
    private static BackupManifest.StoredFile put(ZipOutputStream zip, String path, InputStream bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        DigestingStream out = new DigestingStream(zip);
        bytes.transferTo(out);
        zip.closeEntry();
        return new BackupManifest.StoredFile(path, out.count(), out.sha256());
    }

    /** A part's folder of the backup: the files written into it, and whether all were written at the moment. */
    private static final class PartOutput implements BackupPart.Output {
        private final ZipOutputStream zip;
        private final String folder;
        private final List<BackupManifest.StoredFile> files = new ArrayList<>();
        private boolean momentPassed;
        private boolean rowsRead;
        private boolean writtenOutsideMoment;

        PartOutput(ZipOutputStream zip, String folder) {
            this.zip = zip;
            this.folder = folder;
        }

        @Override
        public String add(String name, InputStream bytes) throws IOException {
            String path = folder + "/" + name;
            if (!BackupFormat.isSafeEntryName(path)) {
                throw new IOException("A backup cannot hold a file named " + path + ": the restore would refuse it.");
            }
            BackupManifest.StoredFile stored = put(zip, path, bytes);
            files.add(stored);
            writtenOutsideMoment |= !momentPassed || rowsRead;
            return stored.sha256();
        }

        void momentPassed() {
            momentPassed = true;
        }

        void rowsRead() {
            rowsRead = true;
        }

        List<BackupManifest.StoredFile> files() {
            return files;
        }

        /** Files that agree with the rows: some were written, all of them by the part holding the moment, after it. */
        boolean atMoment() {
            return !files.isEmpty() && !writtenOutsideMoment;
        }
    }
}
