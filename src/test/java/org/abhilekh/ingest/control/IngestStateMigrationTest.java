package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Upgrading in place: where each document stood, kept on the document until schema 14, is its jobs' from 15 on. */
class IngestStateMigrationTest {

    @Test
    void whatOnlyTheDocumentKnewIsCarriedIntoItsJobs() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ingest-state-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("14").load().migrate();
        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
            document(sql, 1, "DONE", null);
            document(sql, 2, "FAILED", "The file is password-protected");
            document(sql, 3, "PENDING", null);
            document(sql, 4, "FAILED", "Too large");
            document(sql, 5, "DONE", null);
            // Document 4's job ended without the reason its document kept; document 5 has a job that agrees with it.
            job(sql, 1, 4, "FAILED", null);
            job(sql, 2, 5, "DONE", null);

            Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

            assertEquals(List.of("1 RECOVERED DONE null", "2 RECOVERED FAILED The file is password-protected",
                    "4 UPLOAD FAILED Too large", "5 UPLOAD DONE null"), latestJobs(sql));
            try (ResultSet columns = connection.getMetaData().getColumns(null, null, "DOCUMENT", "INGEST_STATUS")) {
                assertFalse(columns.next(), "the document no longer keeps its own status");
            }
        }
    }

    private static void document(Statement sql, long id, String status, String error) throws SQLException {
        sql.execute("insert into document (id, title, doc_type, language, visibility, sha256, original_name, size_bytes, ingest_status,"
                + " ingest_error, text_truncated, revision, indexed_revision, created_at, updated_at) values (" + id + ", 'Document " + id
                + "', 'research-paper', 'en', 'staff', '" + String.valueOf(id).repeat(64).substring(0, 64) + "', 'file" + id + ".pdf', 10, '"
                + status + "', " + (error == null ? "null" : "'" + error + "'") + ", false, 2, 2, timestamp '2024-01-01 00:00:00',"
                + " timestamp '2024-01-02 00:00:00')");
    }

    private static void job(Statement sql, long id, long document, String status, String reason) throws SQLException {
        sql.execute("insert into ingest_job (id, document_id, file_name, source, status, reason, attempts, created_by, created_at)"
                + " values (" + id + ", " + document + ", 'file" + document + ".pdf', 'UPLOAD', '" + status + "', "
                + (reason == null ? "null" : "'" + reason + "'") + ", 1, 'admin', timestamp '2024-01-01 00:00:00')");
    }

    private static List<String> latestJobs(Statement sql) throws SQLException {
        List<String> jobs = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select j.document_id, j.source, j.status, j.reason from ingest_job j where j.id ="
                + " (select max(k.id) from ingest_job k where k.document_id = j.document_id) order by j.document_id")) {
            while (rows.next()) {
                jobs.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4));
            }
        }
        return jobs;
    }
}
