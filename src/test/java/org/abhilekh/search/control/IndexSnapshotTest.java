package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.abhilekh.search.entity.IndexableDocument;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index on disk: a held commit can be copied whole while the writer carries on; damage is found by checksums. */
class IndexSnapshotTest {

    private static final IndexConfiguration CONFIGURATION = IndexConfiguration.load(Path.of("index-config"));

    @TempDir
    Path temp;

    @Test
    void aHeldCommitIsCopiedWholeWhileTheIndexChangesAndMerges() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("copy"));
        try (LuceneIndex index = new LuceneIndex(FSDirectory.open(temp.resolve("live")), CONFIGURATION)) {
            index.index(document(1, "Children in the mica belt"));
            index.index(document(2, "Bonded families freed from Pakur kilns"));
            index.commit();
            try (HeldCommit held = index.holdLastCommit()) {
                for (int id = 3; id < 60; id++) {
                    index.index(document(id, "Later document " + id));
                    index.commit();
                }
                index.remove("document", 1);
                index.commit();
                held.copy((name, length, bytes) -> {
                    long copied = Files.copy(bytes, copy.resolve(name));
                    assertEquals(length, copied, name);
                });
            }
            index.refresh();
            assertEquals(58, index.documentCount());
        }
        try (FSDirectory directory = FSDirectory.open(copy)) {
            assertEquals(Optional.empty(), LuceneIndex.damage(directory));
        }
        try (LuceneIndex restored = new LuceneIndex(FSDirectory.open(copy), CONFIGURATION)) {
            assertEquals(2, restored.documentCount(), "the copy holds exactly the held commit");
        }
    }

    @Test
    void aFlippedByteIsFoundAsDamage() throws IOException {
        Path folder = temp.resolve("index");
        try (LuceneIndex index = new LuceneIndex(FSDirectory.open(folder), CONFIGURATION)) {
            for (int id = 1; id < 20; id++) {
                index.index(document(id, "Document number " + id + " about brick kilns"));
            }
            index.commit();
        }
        Path largest;
        try (Stream<Path> files = Files.list(folder)) {
            largest = files.filter(path -> !path.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(IndexSnapshotTest::size)).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0xff);
        }
        try (FSDirectory directory = FSDirectory.open(folder)) {
            Optional<String> damage = LuceneIndex.damage(directory);
            assertTrue(damage.isPresent(), "a changed byte in " + largest.getFileName() + " is noticed");
        }
    }

    @Test
    void aFolderWithoutACommitIsNoIndex() throws IOException {
        try (FSDirectory directory = FSDirectory.open(Files.createDirectories(temp.resolve("empty")))) {
            assertEquals(Optional.of("no index commit was found"), LuceneIndex.damage(directory));
        }
    }

    @Test
    void anIndexFromBeforeKeyedEntriesIsToBeRebuiltAndACurrentOneIsNot() throws IOException {
        Path old = temp.resolve("old");
        try (FSDirectory directory = FSDirectory.open(old);
             org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
            entry.add(new org.apache.lucene.document.StringField("id", "-3", org.apache.lucene.document.Field.Store.YES));
            writer.addDocument(entry);
            writer.commit();
        }
        assertEquals(Optional.empty(), LuceneIndex.damage(old), "whole, only older");
        assertEquals(Optional.of("unmarked"), LuceneIndex.olderFormat(old, CONFIGURATION));

        Path current = temp.resolve("current");
        try (LuceneIndex index = LuceneIndex.open(current, CONFIGURATION)) {
            index.index(document(1, "Children in the mica belt"));
        }
        assertEquals(Optional.empty(), LuceneIndex.olderFormat(current, CONFIGURATION), "closing commits, with the format marked");
        try (LuceneIndex reopened = LuceneIndex.open(current, CONFIGURATION)) {
            assertEquals(1, reopened.documentCount());
        }
    }

    @Test
    void anIndexWhoseSpellingFieldHasPositionsIsToBeRebuiltSinceLuceneWouldRefuseItsNextEntry(@TempDir Path configFolder) throws IOException {
        try (var files = Files.list(Path.of("index-config"))) {
            for (Path file : files.toList()) {
                Files.copy(file, configFolder.resolve(file.getFileName()));
            }
        }
        Path fields = configFolder.resolve("fields.json");
        Files.writeString(fields, Files.readString(fields).replace(", \"wordsOnly\": true", ""));
        IndexConfiguration before = IndexConfiguration.load(configFolder);
        Path written = temp.resolve("spelling-with-positions");
        try (LuceneIndex index = LuceneIndex.open(written, before)) {
            index.index(document(1, "Children in the mica belt"));
        }
        assertEquals(Optional.empty(), LuceneIndex.olderFormat(written, before));
        assertEquals(Optional.of("field spell indexed with DOCS_AND_FREQS_AND_POSITIONS where DOCS is configured"),
                LuceneIndex.olderFormat(written, CONFIGURATION));
    }

    private static IndexableDocument document(long id, String title) {
        return new IndexableDocument(id, 1, "document", title, null, title + " in Jharkhand", Map.of("meta", "", "outlet", "", "author", ""),
                LocalDate.of(2024, 1, 1), true, "/archive/document.xhtml?id=" + id,
                Map.of("type", List.of("research-paper"), "language", List.of("en")));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
