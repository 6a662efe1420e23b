package org.abhilekh.operations.control;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.abhilekh.operations.entity.BackupManifest;

/**
 * A backup's rows put into a freshly migrated database: every table in one transaction, parents before children,
 * each value bound by its column's type, then the sequences moved past the ids restored.
 */
final class BackupRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BackupRows() {
    }

    /** Loads every table in one transaction, parents before children. */
    static long load(Connection connection, ZipFile zip, Map<String, ZipEntry> entries, BackupManifest manifest)
            throws SQLException, IOException {
        Map<String, String> actualNames = tableNames(connection);
        Map<String, BackupManifest.Table> byName = new TreeMap<>();
        for (BackupManifest.Table table : manifest.tables()) {
            if (!actualNames.containsKey(table.name())) {
                throw new BackupRefusedException("The backup holds a table " + BackupRestorer.printable(table.name()) + " that schema version "
                        + manifest.schemaVersion() + " does not have: the manifest does not match its rows.");
            }
            byName.put(table.name(), table);
        }
        connection.setAutoCommit(false);
        long rows = 0;
        try {
            List<String> order = parentsFirst(connection, actualNames, byName.keySet());
            // Some migrations seed rows (the press room's words); the backup's rows are the truth and replace them.
            try (Statement statement = connection.createStatement()) {
                for (String name : order.reversed()) {
                    statement.executeUpdate("delete from " + quote(actualNames.get(name)));
                }
            }
            for (String name : order) {
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
                    throw new BackupRefusedException("The backup's table " + table.name() + " has a column " + BackupRestorer.printable(column.name())
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
    static void advanceSequences(Connection connection) throws SQLException {
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

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
