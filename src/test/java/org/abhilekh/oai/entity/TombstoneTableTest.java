package org.abhilekh.oai.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The tombstone table as the migrations make it on H2: one row per document, found by when it was withdrawn. */
class TombstoneTableTest {

    @Test
    void oneTombstonePerDocumentFoundByWhenItWasWithdrawn() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:oai-tombstones-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into oai_tombstone (document_id, doc_type, deleted_at) values (5, 'press-clipping', timestamp '2026-03-01 10:00:00')");
            sql.execute("insert into oai_tombstone (document_id, doc_type, deleted_at) values (3, 'photo', timestamp '2026-03-02 10:00:00')");
            assertThrows(SQLException.class, () -> sql.execute(
                    "insert into oai_tombstone (document_id, doc_type, deleted_at) values (5, 'photo', timestamp '2026-03-03 10:00:00')"),
                    "a document has one tombstone");
            List<Long> since = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select document_id from oai_tombstone where deleted_at >= timestamp '2026-03-01 12:00:00'"
                    + " order by document_id")) {
                while (rows.next()) {
                    since.add(rows.getLong(1));
                }
            }
            assertEquals(List.of(3L), since);
            try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, "OAI_TOMBSTONE", false, false)) {
                List<String> columns = new ArrayList<>();
                while (indexes.next()) {
                    columns.add(indexes.getString("COLUMN_NAME"));
                }
                assertEquals(true, columns.contains("DELETED_AT"), "withdrawals are found by time: " + columns);
            }
        }
    }
}
