package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.IngestStatus;
import org.abhilekh.archive.entity.StoreOutcome;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder import over the real seed archive and over a folder with broken sidecars. */
class FolderImportTest {

    @TempDir
    Path folder;

    /** Reads each description as the archive does and keeps it. */
    private static final class Described implements FolderImport.Store {
        final List<DocumentMetadata> items = new ArrayList<>();

        @Override
        public StoreOutcome store(InputStream content, String name, String metadataJson, boolean image) throws IOException {
            DocumentMetadata metadata = MetadataReader.read(metadataJson, name, image);
            content.transferTo(java.io.OutputStream.nullOutputStream());
            items.add(metadata);
            return new StoreOutcome(items.size(), false, IngestStatus.PENDING, metadata.title());
        }
    }

    @Test
    void everySeedItemHasAValidSidecarAndTheMixIsAsDocumented() throws IOException {
        Described store = new Described();
        FolderImport.Report report = FolderImport.run(Path.of("seed-content"), store, () -> { });

        assertEquals(List.of(), report.items().stream().filter(FolderImport.Item::failed).map(i -> i.path() + ": " + i.problem()).toList());
        assertEquals(35, report.added());
        assertEquals(Map.of("press-clipping", 12L, "research-paper", 5L, "training-module", 5L, "panel-notes", 6L,
                "policy-document", 5L, "photo", 2L), count(store, m -> m.type().code()));
        assertEquals(Map.of("en", 19L, "hi", 15L, "mixed", 1L), count(store, DocumentMetadata::language));
        assertEquals(Map.of("public", 31L, "staff", 4L), count(store, m -> m.visibility().code()));
        assertTrue(store.items.stream().allMatch(m -> m.date() != null && m.summary() != null && !m.tags().isEmpty()));
    }

    @Test
    void aBrokenSidecarFailsAloneAndTheRestIsImported() throws IOException {
        Files.writeString(folder.resolve("good.txt"), "Children rescued at Hatia station.");
        Files.writeString(folder.resolve("good.txt.meta.json"), "{\"title\": \"Hatia rescue\", \"type\": \"press-clipping\", \"visibility\": \"public\", \"outlet\": \"Ranchi Samachar\", \"medium\": \"print\"}");
        Files.writeString(folder.resolve("broken.txt"), "Some text.");
        Files.writeString(folder.resolve("broken.txt.meta.json"), "{\"title\": \"Broken\", ");
        Files.writeString(folder.resolve("typo.txt"), "Other text.");
        Files.writeString(folder.resolve("typo.txt.meta.json"), "{\"titel\": \"Typo\"}");
        Files.write(folder.resolve("latin1.txt"), "x".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("latin1.txt.meta.json"), new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xE9, '"', '}'});
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/no-sidecar.html"), "<p>Undescribed</p>");
        Files.writeString(folder.resolve("README.md"), "# not a document");
        Files.writeString(folder.resolve(".hidden"), "not a document");
        AtomicInteger waits = new AtomicInteger();

        Described store = new Described();
        FolderImport.Report report = FolderImport.run(folder, store, waits::incrementAndGet);

        assertEquals(2, report.added());
        assertEquals(3, report.failed());
        Map<String, String> problems = report.items().stream().filter(FolderImport.Item::failed)
                .collect(Collectors.toMap(FolderImport.Item::path, FolderImport.Item::problem));
        assertTrue(problems.get("broken.txt").contains("not valid JSON"), problems.toString());
        assertTrue(problems.get("typo.txt").contains("Unknown metadata field(s) [titel]"), problems.toString());
        assertEquals("The sidecar latin1.txt.meta.json is not UTF-8 text; save it as UTF-8.", problems.get("latin1.txt"));
        assertEquals(List.of("Hatia rescue", "no sidecar"), store.items.stream().map(DocumentMetadata::title).toList());
        assertEquals(5, waits.get(), "the import waits for room before every file");
    }

    @Test
    void linksAreRefusedAsItemsAndNeverFollowed() throws IOException {
        Path root = Files.createDirectories(folder.resolve("import"));
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "server secret");
        Files.writeString(outside.resolve("secret-sidecar.json"), "{\"title\": \"Stolen\"}");
        Path batch = Files.createDirectories(root.resolve("batch"));
        Files.writeString(batch.resolve("real.txt"), "A real clipping.");
        Files.createSymbolicLink(batch.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.writeString(batch.resolve("described.txt"), "Described by a link.");
        Files.createSymbolicLink(batch.resolve("described.txt.meta.json"), outside.resolve("secret-sidecar.json"));
        Files.createSymbolicLink(batch.resolve("linked-folder"), outside);
        List<String> seen = new ArrayList<>();

        Described store = new Described();
        FolderImport.Report report = FolderImport.run(batch, store, () -> { }, item -> seen.add(item.path()));

        assertEquals(List.of("described.txt", "link.txt", "linked-folder", "real.txt"), seen);
        assertEquals(List.of("real.txt"), report.items().stream().filter(i -> !i.failed()).map(FolderImport.Item::path).toList());
        Map<String, String> problems = report.items().stream().filter(FolderImport.Item::failed)
                .collect(Collectors.toMap(FolderImport.Item::path, FolderImport.Item::problem));
        assertEquals(Map.of(
                "described.txt", "Its sidecar described.txt.meta.json is a link; copy the sidecar itself into the folder.",
                "link.txt", "It is a link to somewhere else; copy the file itself into the folder.",
                "linked-folder", "It is a link to somewhere else; copy the file itself into the folder."), problems);
    }

    @Test
    void onlyFoldersInsideTheImportRootAreAccepted() throws IOException {
        Path root = Files.createDirectories(folder.resolve("import"));
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Path inside = Files.createDirectories(root.resolve("press 2024/हिंदी कतरनें"));
        Files.writeString(root.resolve("a-file.txt"), "not a folder");
        Files.createSymbolicLink(root.resolve("escape"), outside);

        assertEquals(inside.toRealPath(), FolderImport.resolveUnder(root, "press 2024/हिंदी कतरनें"));
        assertEquals(inside.toRealPath(), FolderImport.resolveUnder(root, inside.toString()));
        assertEquals(inside.toRealPath(), FolderImport.resolveUnder(root, "./press 2024/./हिंदी कतरनें/"));
        assertEquals(root.toRealPath(), FolderImport.resolveUnder(root, "."));

        assertRefused(BadInputException.class, "The folder name may not contain '..'; name a folder inside the import folder " + root + ".",
                root, "../outside");
        assertRefused(BadInputException.class, "The folder name may not contain '..'; name a folder inside the import folder " + root + ".",
                root, "press 2024/../../outside");
        assertRefused(ForbiddenException.class, "Only folders inside the import folder " + root + " may be imported.", root, outside.toString());
        assertRefused(ForbiddenException.class, "Only folders inside the import folder " + root + " may be imported.", root, "/etc");
        assertRefused(ForbiddenException.class, "\"escape\" leads outside the import folder " + root
                + " (through a link); only folders inside it may be imported.", root, "escape");
        assertRefused(BadInputException.class, "There is no folder \"missing\" inside the import folder " + root + ".", root, "missing");
        assertRefused(BadInputException.class, "\"a-file.txt\" is a file, not a folder; name the folder that holds the files.",
                root, "a-file.txt");
        assertRefused(BadInputException.class, "Say which folder to import, as a path inside the import folder " + root + ".", root, " ");
        assertRefused(BadInputException.class, "The folder name is too long or holds control characters.", root, "press\u0000");
        assertRefused(BadInputException.class, "The folder name is too long or holds control characters.", root, "x".repeat(1001));
        assertRefused(BadInputException.class, "The import folder " + folder.resolve("none") + " does not exist on the server; create it"
                + " and put the folders to import inside it.", folder.resolve("none"), "x");
    }

    private static void assertRefused(Class<? extends AbhilekhException> type, String message, Path root, String name) {
        AbhilekhException refused = assertThrows(type, () -> FolderImport.resolveUnder(root, name));
        assertEquals(message, refused.getMessage());
    }

    private static Map<String, Long> count(Described store, java.util.function.Function<DocumentMetadata, String> key) {
        return new TreeMap<>(store.items.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
    }
}
