package org.abhilekh.operations.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Passes bytes on to the ZIP while counting them and computing their sha256. */
final class DigestingStream extends FilterOutputStream {
    private final MessageDigest digest = BackupFormat.sha256Digest();
    private long count;

    DigestingStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        count += length;
    }

    @Override
    public void close() {
        // The ZIP entry is closed by its owner.
    }

    long count() {
        return count;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
