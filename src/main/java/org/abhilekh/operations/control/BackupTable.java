package org.abhilekh.operations.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A table as the database names it, with its primary key for a stable row order. */
public record BackupTable(String name, String quoted, List<String> primaryKey) {

    public String orderBy() {
        return primaryKey.isEmpty() ? " order by 1"
                : " order by " + String.join(", ", primaryKey.stream().map(BackupTable::quote).toList());
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Every ordinary table of the application's schema, sorted by name. */
    public static List<BackupTable> discover(Connection connection) throws SQLException {
        var metadata = connection.getMetaData();
        String schema = connection.getSchema();
        List<BackupTable> tables = new ArrayList<>();
        try (ResultSet result = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String name = result.getString("TABLE_NAME");
                tables.add(new BackupTable(name.toLowerCase(Locale.ROOT), quote(name), primaryKey(metadata, schema, name)));
            }
        }
        tables.sort(java.util.Comparator.comparing(BackupTable::name));
        return tables;
    }

    private static List<String> primaryKey(java.sql.DatabaseMetaData metadata, String schema, String table) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (ResultSet result = metadata.getPrimaryKeys(null, schema, table)) {
            while (result.next()) {
                columns.add(new String[] {Integer.toString(result.getInt("KEY_SEQ")), result.getString("COLUMN_NAME")});
            }
        }
        columns.sort(java.util.Comparator.comparingInt(column -> Integer.parseInt(column[0])));
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(column -> names.add(column[1]));
        return List.copyOf(names);
    }
}
