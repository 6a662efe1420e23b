package org.abhilekh.archive.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.abhilekh.platform.control.PayloadTooLargeException;

/**
 * Content-addressed storage of original files: a file's name is the sha256 of its bytes, so the
 * same bytes are stored once. A blob is written to a temporary file, forced to disk and then moved
 * into place atomically, so a crash leaves either no blob or a whole one.
 */
public class BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path incoming;

    public BlobStore(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        this.incoming = Files.createDirectories(root.resolve("incoming"));
    }

    /** A blob that has been written and synced but not yet given its final name. */
    public record Staged(Path file, String sha256, long size) {
    }

    /** Copies the stream to a durable temporary file, hashing on the way; fails past {@code maxBytes}. */
    public Staged stage(InputStream in, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                size = copyAtMost(in, out, maxBytes);
            }
            force(temp);
            return new Staged(temp, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Gives a staged blob its content address; if the same bytes are already stored, the copy is dropped. */
    public Path commit(Staged staged) throws IOException {
        Path target = pathOf(staged.sha256());
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.deleteIfExists(staged.file());
            return target;
        }
        try {
            Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(staged.file());
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The blob store folder must be on a file system that supports atomic moves", e);
        }
        force(target.getParent());
        return target;
    }

    public void discard(Staged staged) throws IOException {
        Files.deleteIfExists(staged.file());
    }

    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Removes the bytes with this address, if stored; a malformed address removes nothing. */
    public void delete(String sha256) throws IOException {
        Optional<Path> path = find(sha256);
        if (path.isPresent()) {
            Files.deleteIfExists(path.get());
        }
    }

    public boolean isWritable() {
        return Files.isDirectory(root) && Files.isWritable(root);
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw new PayloadTooLargeException("The file is larger than the limit of " + maxBytes + " bytes.");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static void force(Path path) throws IOException {
        boolean directory = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
            // Some file systems cannot sync a directory; the file itself is already on disk.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
