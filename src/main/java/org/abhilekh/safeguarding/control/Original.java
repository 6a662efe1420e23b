package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.input.CloseShieldInputStream;

/**
 * The original file, read only. A format that can be cleaned as a stream reads {@link #stream()}; one whose library
 * wants a file (PDF, the Office containers) asks for {@link #file()}, and a caller's stream is then spooled to a
 * temporary file first, so the document is never held in memory whole. Temporary files are the caller's private
 * copies (created owner-only by {@link Files#createTempFile}) and are deleted on {@link #close()}.
 */
final class Original implements AutoCloseable {

    private final Path path;
    private InputStream stream;
    private Path spooled;
    private final List<Path> temporary = new ArrayList<>();

    private Original(Path path, InputStream stream) {
        this.path = path;
        this.stream = stream;
    }

    static Original of(Path path) {
        return new Original(path, null);
    }

    /** The caller's stream, which is read but left open. */
    static Original of(InputStream stream) {
        return new Original(null, CloseShieldInputStream.wrap(stream));
    }

    /** The original as a stream; call once. */
    InputStream stream() throws IOException {
        if (path != null) {
            return Files.newInputStream(path);
        }
        if (spooled != null) {
            return Files.newInputStream(spooled);
        }
        InputStream once = stream;
        stream = InputStream.nullInputStream();
        return once;
    }

    /** The original as a file, not to be written to. */
    Path file() throws IOException {
        if (path != null) {
            return path;
        }
        if (spooled == null) {
            spooled = temporaryFile();
            try (InputStream in = stream) {
                Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
            }
            stream = InputStream.nullInputStream();
        }
        return spooled;
    }

    /**
     * A copy of the original that may be changed in place, for libraries that open a file for writing (POI's
     * containers); the original itself is never opened for writing.
     */
    Path writableCopy() throws IOException {
        Path copy = temporaryFile();
        Files.copy(file(), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private Path temporaryFile() throws IOException {
        Path file = Files.createTempFile("public-copy-", ".tmp");
        temporary.add(file);
        return file;
    }

    @Override
    public void close() {
        UncheckedIOException failure = null;
        for (Path file : temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                if (failure == null) {
                    failure = new UncheckedIOException("Could not delete the temporary copy " + file, e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
