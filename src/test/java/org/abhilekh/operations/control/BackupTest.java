package org.abhilekh.operations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.abhilekh.archive.control.BlobBackupPart;
import org.abhilekh.operations.entity.BackupManifest;
import org.abhilekh.platform.control.BackupPart;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup writer and the offline restore on real H2 databases built by the real migrations: a
 * restored database answers exactly as the original, and every kind of broken or hostile backup is
 * refused with a reason and leaves the target folder as empty as it was.
 */
class BackupTest {

    private static final String HINDI = "बाल श्रम के विरुद्ध अभियान";
    /**
     * Made from the rows below by the backup writer as it was before features wrote their own parts (format 1),
     * with a two-document index held at the moment: what an installation's existing backups look like.
     */
    private static final Path FORMAT_1 = Path.of("src/test/resources/backups/format-1-with-index.zip");

    @TempDir
    Path temp;

    private Path source;
    private JdbcDataSource sourceDatabase;
    private final List<String> blobs = new ArrayList<>();

    @BeforeEach
    void anArchiveWithEveryKindOfRow() throws Exception {
        source = temp.resolve("source");
        sourceDatabase = database(source);
        Flyway.configure().dataSource(sourceDatabase).locations("classpath:db/migration").load().migrate();
        String report = blob("Koderma mica report, 2024".getBytes(StandardCharsets.UTF_8));
        String logo = blob(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        try (Connection connection = sourceDatabase.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into document (id, title, doc_type, doc_date, language, visibility, sha256, original_name, media_type, size_bytes, summary, metadata_json, text_truncated, revision, indexed_revision, created_at, updated_at) values (1, 'Mica mines and children', 'research-paper', date '2024-03-01', 'en', 'public', '"
                    + report + "', 'mica.pdf', 'application/pdf', 25, 'A summary', '{\"title\":\"Mica\"}', false, 3, 3,"
                    + " timestamp '2024-03-01 10:15:30.123456', timestamp '2024-03-02 11:00:00')");
            sql.execute("insert into document (id, title, doc_type, doc_date, language, visibility, sha256, original_name, media_type, size_bytes, summary, metadata_json, text_truncated, revision, indexed_revision, created_at, updated_at) values (51, '" + HINDI + "', 'press-clipping', null, 'hi', 'staff', '" + logo
                    + "', 'scan.png', 'image/png', 8, null, null, true, 1, 0,"
                    + " timestamp '2024-04-01 09:00:00', timestamp '2024-04-01 09:00:00')");
            // Where each document's reading stands is its jobs' (schema 15 carries it over from the format-1 fixture's documents).
            sql.execute("insert into ingest_job (id, document_id, open_document_id, file_name, source, status, reason, attempts, created_by, created_at, started_at, finished_at)"
                    + " values (100, 1, null, 'mica.pdf', 'RECOVERED', 'DONE', null, 1, 'system', timestamp '2024-03-01 10:15:30.123456', timestamp '2024-03-01 10:15:30.123456', timestamp '2024-03-02 11:00:00')");
            sql.execute("insert into ingest_job (id, document_id, open_document_id, file_name, source, status, reason, attempts, created_by, created_at, started_at, finished_at)"
                    + " values (150, 51, null, 'scan.png', 'RECOVERED', 'FAILED', 'No text could be read', 1, 'system', timestamp '2024-04-01 09:00:00', timestamp '2024-04-01 09:00:00', timestamp '2024-04-01 09:00:00')");
            sql.execute("insert into document_text values (1, 'Line one\nLine \"two\" \\ with " + HINDI + "')");
            sql.execute("insert into app_user (id, username, password_hash, roles, must_change_password, created_at) values (1, 'admin', 'pbkdf2$600000$c2FsdA==$aGFzaA==', 'admin', false, timestamp '2024-01-01 00:00:00')");
            sql.execute("insert into app_setting values ('seed.imported', '2024-01-01T00:00:00Z')");
            sql.execute("insert into blog_post values (1, 'kilns', 'From kilns', 'Excerpt', '# Body\n\n" + HINDI + "', null, null, ',news,',"
                    + " ',kilns,', 'Staff', 'en', 'PUBLISHED', timestamp '2024-05-01 08:00:00', 2, timestamp '2024-05-01 08:00:00', timestamp '2024-05-02 08:00:00')");
            sql.execute("insert into blog_old_slug values ('old-kilns', 1)");
            sql.execute("insert into blog_post_revision values (1, 1, 1, 'From kilns', null, 'first', 'DRAFT', 'admin', timestamp '2024-05-01 08:00:00')");
            sql.execute("insert into blog_comment (id, post_id, parent_id, author_name, author_email, author_website, body, status, held_reason, created_at) values (1, 1, null, 'Asha', 'asha@example.org', null, 'Thank you', 'APPROVED', null, timestamp '2024-05-03 08:00:00')");
            sql.execute("insert into blog_comment (id, post_id, parent_id, author_name, author_email, author_website, body, status, held_reason, created_at) values (2, 1, 1, 'Ravi', 'ravi@example.org', 'https://example.org', 'Reply', 'PENDING', 'first comment', timestamp '2024-05-03 09:00:00')");
            sql.execute("insert into press_kit values (1, 'kilns-2025', 'Kilns kit', null, null, 'token', 4, timestamp '2024-06-01 00:00:00', timestamp '2024-06-01 00:00:00', true, null)");
            sql.execute("insert into press_kit_item values (1, 1, 1, 'DOCUMENT', 1, null, null, null, null, null, null, null, null, null, null)");
            sql.execute("insert into press_kit_item values (2, 1, 2, 'ASSET', null, 'Logo', date '2025-01-01', 'logo.png', '" + logo
                    + "', 'image/png', 8, 'Our logo', 'JCRF', 'CC BY 4.0',"
                    + " '[{\"kind\":\"person-in-file-metadata\",\"excerpt\":\"Asha\",\"where\":\"file metadata: Author\"}]')");
            sql.execute("insert into audit_entry values (1, timestamp '2024-06-01 00:00:00', 'admin', 'BACKUP', null, 'details')");
            // Changed from what its migration seeded: the restore must bring back these words, not the seeded ones.
            sql.execute("update press_room_text set about_en = 'Words an editor wrote', version = 2");
            sql.execute("delete from press_room_contact where id = 2");
        }
    }

    @Test
    void aRestoredArchiveHoldsExactlyWhatWasBackedUp() throws Exception {
        Path backup = temp.resolve("backup.zip");
        BackupManifest manifest = writer(sourceDatabase, source).write(backup);

        assertEquals(Flyway.configure().dataSource(sourceDatabase).locations("classpath:db/migration").load().info().current()
                .getVersion().getVersion(), manifest.schemaVersion());
        assertEquals("{app_setting=1, app_user=1, audit_entry=1, blog_comment=2, blog_old_slug=1, blog_post=1, blog_post_revision=1,"
                + " document=2, document_text=1, ingest_job=2, press_kit=1, press_kit_item=2, press_room_contact=1, press_room_text=1}",
                counts(manifest).toString(), "tables with rows (the press room's from its migration)");
        assertEquals(blobs.stream().sorted().toList(), manifest.blobs().stream().map(BackupManifest.StoredFile::sha256).toList());
        assertFalse(manifest.index().consistent(), "no index, nothing to be consistent with");

        Path restored = temp.resolve("restored");
        BackupRestorer.Outcome outcome = new BackupRestorer().restore(backup, target(restored));
        assertEquals(18, outcome.rows());
        assertEquals(2, outcome.blobs());
        for (String sha256 : blobs) {
            Path copy = restored.resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
            assertEquals(sha256, sha256(Files.readAllBytes(copy)));
        }
        assertEquals(everyRow(sourceDatabase), everyRow(database(restored)), "every row of every table, value for value");

        // Sequences moved past the restored ids: the next id handed out is above the highest one restored.
        try (Connection connection = database(restored).getConnection(); Statement sql = connection.createStatement();
             ResultSet next = sql.executeQuery("select next value for document_seq")) {
            next.next();
            assertTrue(next.getLong(1) - 49 > 51, "the next block of document ids starts after 51, got " + next.getLong(1));
        }
    }

    @Test
    void aBackupOfTheRestoreIsTheSameBackup() throws Exception {
        Path first = temp.resolve("first.zip");
        BackupManifest original = writer(sourceDatabase, source).write(first);
        Path restored = temp.resolve("restored");
        new BackupRestorer().restore(first, target(restored));
        BackupManifest again = writer(database(restored), restored).write(temp.resolve("second.zip"));
        assertEquals(original.tables(), again.tables(), "same tables, columns, counts and the same bytes in every rows file");
        assertEquals(original.blobs(), again.blobs());
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        Path backup = goodBackup();
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(backup, "is not a complete backup: it is not a readable ZIP (truncated or damaged in transfer?)");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path backup = Files.write(temp.resolve("empty.zip"), new byte[0]);
        assertRefused(backup, "is not a complete backup");
    }

    @Test
    void aManifestFromANewerVersionIsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> name.equals("manifest.json")
                ? new String(bytes, StandardCharsets.UTF_8).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2").getBytes(StandardCharsets.UTF_8)
                : bytes, null);
        assertRefused(backup, "The backup was made by a newer version of Abhilekh (backup format 2; this version reads up to 1)");
    }

    @Test
    void aSchemaNewerThanTheMigrationsIsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> name.equals("manifest.json")
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"schemaVersion\" : \"[0-9.]+\"", "\"schemaVersion\" : \"999\"")
                        .getBytes(StandardCharsets.UTF_8)
                : bytes, null);
        assertRefused(backup, "The backup's database is at schema version 999, newer than this version of Abhilekh knows");
    }

    @Test
    void aBlobThatDoesNotMatchItsSha256IsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> {
            if (name.startsWith("blobs/")) {
                byte[] changed = bytes.clone();
                changed[0] ^= 1;
                return changed;
            }
            return bytes;
        }, null);
        assertRefused(backup, "does not match its manifest");
    }

    @Test
    void aRowsFileThatWasEditedIsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> name.equals("rows/app_user.jsonl")
                ? new String(bytes, StandardCharsets.UTF_8).replace("admin", "admim").getBytes(StandardCharsets.UTF_8)
                : bytes, null);
        assertRefused(backup, "rows/app_user.jsonl does not match its manifest");
    }

    @Test
    void anEntryThatClimbsOutOfTheFolderIsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> bytes, "../../escaped.txt");
        assertRefused(backup, "The backup holds an entry named \"../../escaped.txt\", which no Abhilekh backup contains");
        assertFalse(Files.exists(temp.resolve("escaped.txt")));
    }

    @Test
    void anAbsoluteEntryNameIsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> bytes, "/tmp/abhilekh-escaped.txt");
        assertRefused(backup, "which no Abhilekh backup contains");
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> bytes, "blobs/" + "a".repeat(64));
        assertRefused(backup, "The backup holds blobs/" + "a".repeat(64) + ", which its manifest does not list.");
    }

    @Test
    void aBackupWithoutManifestIsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> name.equals("manifest.json") ? null : bytes, null);
        assertRefused(backup, "The backup has no manifest.json: it is incomplete or not an Abhilekh backup.");
    }

    @Test
    void aManifestThatIsNotJsonIsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> name.equals("manifest.json")
                ? "{\"format\": \"abhilekh-backup\", ".getBytes(StandardCharsets.UTF_8) : bytes, null);
        assertRefused(backup, "The backup's manifest.json cannot be read");
    }

    @Test
    void aMissingListedFileIsRefused() throws Exception {
        Path backup = rewrite(goodBackup(), (name, bytes) -> name.equals("rows/blog_comment.jsonl") ? null : bytes, null);
        assertRefused(backup, "The backup lacks rows/blog_comment.jsonl, which its manifest lists: it is incomplete.");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws Exception {
        Path backup = goodBackup();
        Path folder = Files.createDirectories(temp.resolve("in-use"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        BackupRefusedException refused = assertThrows(BackupRefusedException.class,
                () -> new BackupRestorer().restore(backup, target(folder)));
        assertTrue(refused.getMessage().startsWith("The folder " + folder + " is not empty."), refused.getMessage());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("notes.txt")), left.toList());
        }
    }

    @Test
    void theCommandSaysWhatItDidAndWhatItRefused() throws Exception {
        Path backup = goodBackup();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path folder = temp.resolve("by-command");
        int status = BackupRestorer.run(new String[] {backup.toString(), folder.toString()}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Restored 18 rows in "), out.toString(StandardCharsets.UTF_8));

        status = BackupRestorer.run(new String[] {backup.toString(), folder.toString()}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Restore refused: The folder "), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, BackupRestorer.run(new String[] {backup.toString()}, Map.of(), new PrintStream(out), new PrintStream(err)));
    }

    @Test
    void aBackupMadeBeforeThePartsRestoresWithItsIndex() throws Exception {
        Path restored = temp.resolve("restored");
        BackupRestorer.Outcome outcome = new BackupRestorer().restore(FORMAT_1, target(restored));
        assertEquals(14, outcome.rows());
        assertEquals(List.of("Index restored from the backup's snapshot."), outcome.notes());
        for (String sha256 : blobs) {
            Path copy = restored.resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
            assertEquals(sha256, sha256(Files.readAllBytes(copy)));
        }
        // The fixture is of schema 12; columns added since come back empty and tables added since hold what their migrations
        // put in, so only the fixture's own tables and columns are compared.
        Map<String, Set<String>> columns = fixtureColumns();
        assertEquals(everyRow(sourceDatabase, columns), everyRow(database(restored), columns), "the same rows as the archive it was made from");
        assertEquals("gen-1", Files.readString(restored.resolve("index").resolve("current")));
        assertTrue(Files.isRegularFile(restored.resolve("index").resolve("gen-1").resolve("segments_1")));
    }

    @Test
    void theBackupHasTheSameEntriesAndBytesAsBeforeTheParts() throws Exception {
        Path backup = goodBackup();
        try (ZipFile zip = new ZipFile(backup.toFile()); ZipFile old = new ZipFile(FORMAT_1.toFile())) {
            BackupManifest now = BackupFormat.readManifest(zip.getInputStream(zip.getEntry(BackupManifest.FILE)));
            BackupManifest before = BackupFormat.readManifest(old.getInputStream(old.getEntry(BackupManifest.FILE)));
            List<String> oldEntries = entryNames(old).stream().filter(name -> !name.startsWith("index/")).toList();
            assertEquals(folders(oldEntries), folders(entryNames(zip)), "rows, then blobs, then the manifest");
            assertEquals(before.blobs(), now.blobs());
            // Later migrations change the rows; until the first of them, they are the same bytes.
            if (before.schemaVersion().equals(now.schemaVersion())) {
                assertEquals(oldEntries, entryNames(zip));
                assertEquals(before.tables(), now.tables(), "every rows file holds the same bytes");
            }
        }
    }

    @Test
    void filesHeldAtTheMomentAgreeWithTheRowsAndAnIndexThatDoesNotOpenIsLeftToTheServer() throws Exception {
        Path backup = temp.resolve("index.zip");
        List<String> order = new ArrayList<>();
        BackupPart index = new TestPart("index") {
            @Override
            public void writeAtMoment(Output into, Runnable moment) throws IOException {
                order.add("hold");
                moment.run();
                order.add("copy");
                into.add("segments_1", new java.io.ByteArrayInputStream("not an index".getBytes(StandardCharsets.UTF_8)));
            }
        };
        BackupPart blobStore = new TestPart("blobs") {
            @Override
            public void writeAfterRows(Output into, Path dataFolder, java.util.SortedSet<String> named) {
                order.add("blobs named " + named.size());
            }
        };
        BackupManifest manifest = new BackupWriter(sourceDatabase, source, List.of(blobStore, index)).write(backup);
        assertEquals(List.of("hold", "copy", "blobs named 2"), order);
        assertTrue(manifest.index().consistent());

        Path restored = temp.resolve("restored");
        BackupRestorer.Outcome outcome = new BackupRestorer().restore(backup, target(restored));
        assertEquals(1, outcome.notes().size(), outcome.notes().toString());
        assertTrue(outcome.notes().getFirst().startsWith("The backup's index snapshot does not open ("), outcome.notes().toString());
        assertFalse(Files.exists(restored.resolve("index")), "the server finds no index and rebuilds it");
    }

    @Test
    void filesWrittenAfterTheRowsAreNotTakenForTheMoment() throws Exception {
        Path backup = temp.resolve("late.zip");
        BackupPart late = new TestPart("index") {
            @Override
            public void writeAfterRows(Output into, Path dataFolder, java.util.SortedSet<String> named) throws IOException {
                into.add("segments_1", new java.io.ByteArrayInputStream(new byte[] {1}));
            }
        };
        assertFalse(new BackupWriter(sourceDatabase, source, List.of(late)).write(backup).index().consistent());
        BackupRestorer.Outcome outcome = new BackupRestorer().restore(backup, target(temp.resolve("restored")));
        assertEquals(List.of("The backup's index snapshot was not taken at the database's snapshot: the server rebuilds the index at its first start."),
                outcome.notes());

        BackupPart early = new TestPart("index") {
            @Override
            public void writeAtMoment(Output into, Runnable moment) throws IOException {
                into.add("segments_1", new java.io.ByteArrayInputStream(new byte[] {1}));
                moment.run();
            }
        };
        assertFalse(new BackupWriter(sourceDatabase, source, List.of(early)).write(temp.resolve("early.zip")).index().consistent());
    }

    @Test
    void aManifestThatListsAFileInAnotherPartsFolderIsRefused() throws Exception {
        Path backup = rewrite(FORMAT_1, (name, bytes) -> name.equals("manifest.json")
                ? new String(bytes, StandardCharsets.UTF_8).replace("\"path\" : \"index/segments_1\"", "\"path\" : \"blobs/segments_1\"")
                        .getBytes(StandardCharsets.UTF_8)
                : bytes, null);
        assertRefused(backup, "The manifest lists blobs/segments_1 among the index files.");
    }

    @Test
    void aPartMustRunTheMomentOnceAndNameItsFilesPlainly() {
        BackupPart skips = new TestPart("index") {
            @Override
            public void writeAtMoment(Output into, Runnable moment) {
            }
        };
        assertThrows(IllegalStateException.class, () -> new BackupWriter(sourceDatabase, source, List.of(skips)).write(temp.resolve("a.zip")));
        BackupPart climbs = new TestPart("index") {
            @Override
            public void writeAtMoment(Output into, Runnable moment) throws IOException {
                moment.run();
                into.add("../escaped", new java.io.ByteArrayInputStream(new byte[] {1}));
            }
        };
        IOException refused = assertThrows(IOException.class, () -> new BackupWriter(sourceDatabase, source, List.of(climbs)).write(temp.resolve("b.zip")));
        assertTrue(refused.getMessage().contains("cannot hold a file named index/../escaped"), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("b.zip")));
        assertThrows(IllegalArgumentException.class, () -> new BackupWriter(sourceDatabase, source, List.of(new TestPart("thumbnails"))));
    }

    @Test
    void aBlobTheRowsNameThatIsMissingFailsTheBackup() throws Exception {
        String missing = blobs.getFirst();
        Files.delete(source.resolve("blobs").resolve(missing.substring(0, 2)).resolve(missing.substring(2, 4)).resolve(missing));
        Path backup = temp.resolve("incomplete.zip");
        IOException failed = assertThrows(IOException.class, () -> writer(sourceDatabase, source).write(backup));
        assertTrue(failed.getMessage().startsWith("The blob " + missing + " that the database refers to is missing"), failed.getMessage());
        assertFalse(Files.exists(backup));
    }

    @Test
    void filesNoPartCanPutBackAreRefusedBeforeAnythingIsWritten() {
        Path folder = temp.resolve("no-parts");
        BackupRefusedException refused = assertThrows(BackupRefusedException.class,
                () -> new BackupRestorer(List.of()).restore(FORMAT_1, target(folder)));
        assertEquals("The backup holds blobs files, which this installation cannot restore.", refused.getMessage());
        assertFalse(Files.exists(folder));
    }

    private Path goodBackup() throws IOException {
        Path backup = temp.resolve("good.zip");
        writer(sourceDatabase, source).write(backup);
        return backup;
    }

    /** A backup written as the server writes it without an index: the rows and the blobs they name. */
    private static BackupWriter writer(JdbcDataSource database, Path dataFolder) {
        return new BackupWriter(database, dataFolder, List.of(new BlobBackupPart()));
    }

    private static List<String> entryNames(ZipFile zip) {
        return zip.stream().map(ZipEntry::getName).toList();
    }

    /** The folders of the entries in their order, each once: [rows, blobs, manifest.json]. */
    private static List<String> folders(List<String> entries) {
        List<String> folders = new ArrayList<>();
        for (String entry : entries) {
            String folder = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            if (folders.isEmpty() || !folders.getLast().equals(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /** A part with a folder and nothing to write or restore, for the writer's side of the contract. */
    private static class TestPart implements BackupPart {
        private final String folder;

        TestPart(String folder) {
            this.folder = folder;
        }

        @Override
        public String folder() {
            return folder;
        }

        @Override
        public Optional<String> restore(Input from, Path dataFolder) {
            return Optional.empty();
        }
    }

    private void assertRefused(Path backup, String expected) {
        Path folder = temp.resolve("target-" + System.nanoTime());
        BackupRefusedException refused = assertThrows(BackupRefusedException.class,
                () -> new BackupRestorer().restore(backup, target(folder)));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        assertFalse(Files.exists(folder), "nothing was written: " + folder);
    }

    interface Change {
        byte[] apply(String name, byte[] bytes);
    }

    /** A copy of the backup with entries changed (null drops one) and an extra entry added. */
    private Path rewrite(Path backup, Change change, String extraEntry) throws IOException {
        Path changed = temp.resolve("changed-" + System.nanoTime() + ".zip");
        try (ZipFile zip = new ZipFile(backup.toFile()); OutputStream file = Files.newOutputStream(changed);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = change.apply(entry.getName(), in.readAllBytes());
                }
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            if (extraEntry != null) {
                out.putNextEntry(new ZipEntry(extraEntry));
                out.write("surprise".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return changed;
    }

    private String blob(byte[] bytes) throws IOException {
        String sha256 = sha256(bytes);
        Path file = Files.createDirectories(source.resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4))).resolve(sha256);
        Files.write(file, bytes);
        blobs.add(sha256);
        return sha256;
    }

    private static BackupRestorer.Target target(Path folder) {
        return BackupRestorer.Target.of(folder, Map.of());
    }

    private static JdbcDataSource database(Path folder) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(BackupRestorer.Target.of(folder, Map.of()).databaseUrl());
        h2.setUser("abhilekh");
        h2.setPassword("abhilekh");
        return h2;
    }

    private static Map<String, Long> counts(BackupManifest manifest) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        manifest.tables().stream().filter(table -> table.rows() > 0).forEach(table -> counts.put(table.name(), table.rows()));
        return counts;
    }

    /** The columns of each table as the format-1 fixture's manifest lists them, in upper case as JDBC labels them. */
    private static Map<String, Set<String>> fixtureColumns() throws IOException {
        try (ZipFile zip = new ZipFile(FORMAT_1.toFile());
             jakarta.json.JsonReader reader = jakarta.json.Json.createReader(zip.getInputStream(zip.getEntry("manifest.json")))) {
            Map<String, Set<String>> columns = new LinkedHashMap<>();
            for (jakarta.json.JsonObject table : reader.readObject().getJsonArray("tables").getValuesAs(jakarta.json.JsonObject.class)) {
                columns.put(table.getString("name"), table.getJsonArray("columns").getValuesAs(jakarta.json.JsonObject.class).stream()
                        .map(column -> column.getString("name").toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet()));
            }
            return columns;
        }
    }

    /** Every row of every application table as text, ordered, for a whole comparison. */
    private static Map<String, List<String>> everyRow(JdbcDataSource database) throws SQLException {
        return everyRow(database, null);
    }

    /** The same, with only these tables and columns of each (all, when null). */
    private static Map<String, List<String>> everyRow(JdbcDataSource database, Map<String, Set<String>> only) throws SQLException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        try (Connection connection = database.getConnection()) {
            for (BackupTable table : BackupTable.discover(connection)) {
                if (table.name().equals(BackupWriter.FLYWAY_HISTORY) || only != null && !only.containsKey(table.name())) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (Statement sql = connection.createStatement();
                     ResultSet result = sql.executeQuery("select * from " + table.quoted() + table.orderBy())) {
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                            String label = result.getMetaData().getColumnLabel(i);
                            if (only == null || only.getOrDefault(table.name(), Set.of()).contains(label.toUpperCase(java.util.Locale.ROOT))) {
                                row.append(label).append('=').append(result.getString(i)).append(';');
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                all.put(table.name(), rows);
            }
        }
        return all;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
