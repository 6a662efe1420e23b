package org.abhilekh.ingest.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.StoreOutcome;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ForbiddenException;

/**
 * Imports a folder tree: every file with, beside it, an optional sidecar {@code <file>.meta.json}
 * describing it (format in seed-content/README.md). A file whose sidecar is broken is reported and
 * skipped; the rest of the folder carries on. The top-level {@code blog/} folder holds the seed blog's
 * posts, which the blog feature loads itself; they are not archive documents.
 *
 * <p>Links are never followed: a symbolic link in the folder is refused as an item of its own, and files
 * are opened without following links, so an import cannot read anything outside the folder it was given.
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
        return run(folder, store, beforeEachFile, item -> { });
    }

    /** Imports the folder, telling {@code afterEachFile} the outcome of each file as soon as it is known. */
    public static Report run(Path folder, Store store, Runnable beforeEachFile, Consumer<Item> afterEachFile) throws IOException {
        List<Path> files = contentFiles(folder);
        List<Item> items = new ArrayList<>();
        for (Path file : files) {
            beforeEachFile.run();
            String relative = folder.relativize(file).toString();
            Item item;
            try {
                if (Files.isSymbolicLink(file)) {
                    throw new BadInputException("It is a link to somewhere else; copy the file itself into the folder.");
                }
                String sidecar = readSidecar(file);
                try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                    item = new Item(relative, store.store(in, file.getFileName().toString(), sidecar, isImage(file)), null);
                }
            } catch (AbhilekhException | IOException e) {
                LOG.warning(() -> "Not imported: " + relative + ": " + e.getMessage());
                item = new Item(relative, null, e instanceof NoSuchFileException
                        ? "The file was removed from the folder before it was read." : e.getMessage());
            }
            items.add(item);
            afterEachFile.accept(item);
        }
        return new Report(List.copyOf(items));
    }

    /**
     * The documents of a folder tree in import order: every file but sidecars, read-me files and kit material.
     * Symbolic links are listed (and refused by {@link #run}), never followed.
     */
    public static List<Path> contentFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path))
                    .filter(FolderImport::isContent)
                    .filter(file -> !SKIPPED_FOLDERS.contains(folder.relativize(file).getName(0).toString()))
                    .sorted().toList();
        }
    }

    /**
     * The folder a caller named, if it lies inside {@code root}: a relative name is taken from the root, an
     * absolute one must point into it. {@code ..} is refused outright, and the real path (links resolved)
     * must still be inside the root, so a link cannot lead out of it. 400 for a name that is no folder here,
     * 403 for a folder outside the root.
     */
    public static Path resolveUnder(Path root, String name) throws IOException {
        if (name == null || name.isBlank()) {
            throw new BadInputException("Say which folder to import, as a path inside the import folder " + root + ".");
        }
        if (name.length() > 1000 || name.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException("The folder name is too long or holds control characters.");
        }
        Path given;
        try {
            given = Path.of(name.strip());
        } catch (InvalidPathException e) {
            throw new BadInputException("\"" + name + "\" is not a folder name this server understands.", e);
        }
        for (Path part : given) {
            if (part.toString().equals("..")) {
                throw new BadInputException("The folder name may not contain '..'; name a folder inside the import folder " + root + ".");
            }
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (NoSuchFileException e) {
            throw new BadInputException("The import folder " + root + " does not exist on the server; create it and put the folders"
                    + " to import inside it.", e);
        }
        Path candidate = given.isAbsolute() ? given.normalize() : root.resolve(given).normalize();
        if (!candidate.startsWith(root) && !candidate.startsWith(realRoot)) {
            throw new ForbiddenException("Only folders inside the import folder " + root + " may be imported.");
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            throw new BadInputException("There is no folder \"" + name.strip() + "\" inside the import folder " + root + ".", e);
        }
        if (!real.startsWith(realRoot)) {
            throw new ForbiddenException("\"" + name + "\" leads outside the import folder " + root + " (through a link); only folders"
                    + " inside it may be imported.");
        }
        if (!Files.isDirectory(real)) {
            throw new BadInputException("\"" + name + "\" is a file, not a folder; name the folder that holds the files.");
        }
        return real;
    }

    private static boolean isContent(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(SIDECAR_SUFFIX) && !SKIPPED.contains(name) && !name.startsWith(".");
    }

    private static String readSidecar(Path file) throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName() + SIDECAR_SUFFIX);
        if (Files.isSymbolicLink(sidecar)) {
            throw new BadInputException("Its sidecar " + sidecar.getFileName() + " is a link; copy the sidecar itself into the folder.");
        }
        if (!Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.size(sidecar) > MetadataReader.MAX_JSON_CHARS * 4L) {
            throw new BadInputException("The sidecar " + sidecar.getFileName() + " is too large.");
        }
        try (InputStream in = Files.newInputStream(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("The sidecar " + sidecar.getFileName() + " is not UTF-8 text; save it as UTF-8.", e);
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
