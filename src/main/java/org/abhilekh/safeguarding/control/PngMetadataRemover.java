package org.abhilekh.safeguarding.control;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * PNG: a chunk filter. The copy keeps, byte for byte, the chunks that make up the image and how it looks: the critical
 * ones ({@code IHDR PLTE IDAT IEND}, and any unknown critical chunk, which a decoder needs), transparency, colour
 * space and gamma ({@code tRNS cHRM gAMA iCCP sBIT sRGB cICP mDCV cLLI}), background, histogram, suggested palette,
 * physical pixel size ({@code bKGD hIST sPLT pHYs}) and animation ({@code acTL fcTL fdAT}). It drops text
 * ({@code tEXt zTXt iTXt}: author, comment, software, dates, often XMP), EXIF ({@code eXIf}), the modification time
 * ({@code tIME}), every other ancillary chunk (private ones too: a chunk that is not known to be harmless is not kept)
 * and anything after {@code IEND}. Pixels are untouched: the image data chunks are not decoded.
 *
 * <p>When the EXIF said the image is turned, an {@code eXIf} chunk holding the orientation alone takes its place.
 *
 * <p>Hand-written because no library on the class path rewrites PNG chunks without decoding the image: Commons
 * Imaging (which also lists the EXIF fields here) writes PNGs only by encoding a picture again, and ImageIO the same.
 * A chunk filter is a loop over length, type, data and CRC; it streams, holding one chunk at a time.
 */
final class PngMetadataRemover implements MetadataRemover {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP",
            "sBIT", "sRGB", "cICP", "mDCV", "cLLI", "bKGD", "hIST", "sPLT", "pHYs", "acTL", "fcTL", "fdAT");
    private static final Set<String> TEXT = Set.of("tEXt", "zTXt", "iTXt");
    /** Metadata chunks are small; a larger one is skipped without being read into memory. */
    private static final int LARGEST_INSPECTED = 1 << 20;

    @Override
    public void copy(Original original, OutputStream target, RemovalReport findings) throws IOException {
        try (InputStream in = original.stream()) {
            copy(in, target, findings);
        }
    }

    static void copy(InputStream original, OutputStream target, RemovalReport findings) throws IOException {
        DataInputStream in = new DataInputStream(original);
        byte[] signature = new byte[SIGNATURE.length];
        in.readFully(signature);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new IOException("Not a PNG file: wrong signature");
        }
        target.write(SIGNATURE);
        boolean exifWritten = false;
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException e) {
                throw new IOException("PNG file ends without an IEND chunk", e);
            }
            if (length < 0) {
                throw new IOException("PNG chunk longer than 2 GiB");
            }
            byte[] typeBytes = new byte[4];
            in.readFully(typeBytes);
            String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
            boolean critical = Character.isUpperCase(type.charAt(0));
            if (KEPT.contains(type) || critical) {
                target.write(ByteBuffer.allocate(4).putInt(length).array());
                target.write(typeBytes);
                copyExactly(in, target, length + 4L);
            } else if (type.equals("eXIf") && length <= LARGEST_INSPECTED) {
                byte[] exif = in.readNBytes(length);
                skipExactly(in, 4);
                ExifFields.Summary summary = ExifFields.read(exif);
                summary.names().stream().filter(name -> !name.equals("EXIF Orientation")).forEach(findings::removed);
                if (summary.orientation() != ExifFields.NORMAL_ORIENTATION && !exifWritten) {
                    writeChunk(target, "eXIf", ExifFields.orientationOnly(summary.orientation()));
                    exifWritten = true;
                }
            } else {
                findings.removed(describe(type, in, length));
            }
            if (type.equals("IEND")) {
                if (in.read() >= 0) {
                    findings.removed("data after the end of the image");
                }
                return;
            }
        }
    }

    /** Names a dropped chunk (a text chunk by its keyword: {@code PNG tEXt Author}) and skips its data and CRC. */
    private static String describe(String type, DataInputStream in, int length) throws IOException {
        String name = "PNG " + type;
        long rest = length + 4L;
        if (TEXT.contains(type)) {
            byte[] head = in.readNBytes(Math.min(length, 80));
            rest -= head.length;
            int end = 0;
            while (end < head.length && head[end] != 0) {
                end++;
            }
            if (end > 0) {
                name += " " + new String(head, 0, end, StandardCharsets.ISO_8859_1);
            }
        }
        skipExactly(in, rest);
        return name;
    }

    private static void writeChunk(OutputStream target, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        target.write(ByteBuffer.allocate(4).putInt(data.length).array());
        target.write(typeBytes);
        target.write(data);
        target.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void copyExactly(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("PNG chunk cut short");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static void skipExactly(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("PNG chunk cut short");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
