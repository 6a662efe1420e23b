package org.abhilekh.ingest.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.abhilekh.archive.entity.StoreOutcome;
import org.abhilekh.platform.control.AbhilekhException;

/**
 * Imports a folder tree: every file with, beside it, an optional sidecar {@code <file>.meta.json}
 * describing it (format in seed-content/README.md). A file whose sidecar is broken is reported and
 * skipped; the rest of the folder carries on. The top-level {@code blog/} folder holds the seed blog's
 * posts, which the blog feature loads itself; they are not archive documents.
 */
public final class FolderImport {

    public static final String SIDECAR_SUFFIX = ".meta.json";
    private static final Logger LOG = Logger.getLogger(FolderImport.class.getName());
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "tif", "tiff", "gif", "webp", "bmp");
    private static final Set<String> SKIPPED = Set.of("readme.md", ".ds_store", "thumbs.db");
    /** Top-level folders that are not archive content: seed press kits and blog posts, loaded by their own features. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("presskits", "blog");

    /** Stores one file; the archive's store operation in the application, anything in a test. */
    @FunctionalInterface
    public interface Store {
        StoreOutcome store(InputStream content, String name, String metadataJson, boolean image) throws IOException;
    }

    /** The outcome of one file. */
    public record Item(String path, StoreOutcome outcome, String problem) {
        public boolean failed() {
            return problem != null;
        }
    }

    /** The outcome of a whole folder. */
    public record Report(List<Item> items) {
        public long added() {
            return items.stream().filter(i -> !i.failed() && !i.outcome().duplicate()).count();
        }

        public long duplicates() {
            return items.stream().filter(i -> !i.failed() && i.outcome().duplicate()).count();
        }

        public long failed() {
            return items.stream().filter(Item::failed).count();
        }
    }

    private FolderImport() {
    }

    public static Report run(Path folder, Store store, Runnable beforeEachFile) throws IOException {
        List<Path> files = contentFiles(folder);
        List<Item> items = new ArrayList<>();
        for (Path file : files) {
            beforeEachFile.run();
            String relative = folder.relativize(file).toString();
            try {
                String sidecar = readSidecar(file);
                try (InputStream in = Files.newInputStream(file)) {
                    items.add(new Item(relative, store.store(in, file.getFileName().toString(), sidecar, isImage(file)), null));
                }
            } catch (AbhilekhException | IOException e) {
                LOG.warning(() -> "Not imported: " + relative + ": " + e.getMessage());
                items.add(new Item(relative, null, e.getMessage()));
            }
        }
        return new Report(List.copyOf(items));
    }

    /** The documents of a folder tree in import order: every file but sidecars, read-me files and kit material. */
    public static List<Path> contentFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(FolderImport::isContent)
                    .filter(file -> !SKIPPED_FOLDERS.contains(folder.relativize(file).getName(0).toString()))
                    .sorted().toList();
        }
    }

    private static boolean isContent(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(SIDECAR_SUFFIX) && !SKIPPED.contains(name) && !name.startsWith(".");
    }

    private static String readSidecar(Path file) throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName() + SIDECAR_SUFFIX);
        if (!Files.isRegularFile(sidecar)) {
            return null;
        }
        if (Files.size(sidecar) > org.abhilekh.archive.control.MetadataReader.MAX_JSON_CHARS * 4L) {
            throw new org.abhilekh.platform.control.BadInputException("The sidecar " + sidecar.getFileName() + " is too large.");
        }
        return Files.readString(sidecar, StandardCharsets.UTF_8);
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
