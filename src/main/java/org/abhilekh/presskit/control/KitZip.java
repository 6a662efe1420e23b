package org.abhilekh.presskit.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a kit as a ZIP straight from the files on disk to the response, one buffer at a time, so
 * memory stays flat however large the kit is.
 *
 * <p>Files that are already compressed (PDF, JPEG, PNG, Office formats, ...: the caller decides, by media type) are
 * STORED: deflating them again costs CPU and saves nothing. STORED needs the CRC and size before the data; the CRC
 * comes from {@link StoredChecksums}, so only the first download of a file reads it twice. Other files are deflated.
 */
public final class KitZip {

    /** One file of the ZIP: its name inside the archive, where its bytes are, and whether they are compressed already. */
    public record Part(String entryName, Path file, boolean alreadyCompressed) {
    }

    private static final int BUFFER = 256 * 1024;

    private KitZip() {
    }

    public static void write(List<Part> parts, String readme, Instant modified, StoredChecksums checksums, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        FileTime time = FileTime.from(modified);
        Set<String> names = new HashSet<>();
        ZipEntry readmeEntry = new ZipEntry("README.txt");
        readmeEntry.setLastModifiedTime(time);
        names.add(readmeEntry.getName());
        zip.putNextEntry(readmeEntry);
        zip.write(readme.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        byte[] buffer = new byte[BUFFER];
        for (Part part : parts) {
            if (!names.add(part.entryName())) {
                throw new IllegalArgumentException("Two entries of the kit are named " + part.entryName());
            }
            ZipEntry entry = new ZipEntry(part.entryName());
            entry.setLastModifiedTime(time);
            if (part.alreadyCompressed()) {
                entry.setMethod(ZipEntry.STORED);
                long size = Files.size(part.file());
                entry.setSize(size);
                entry.setCompressedSize(size);
                entry.setCrc(checksums.crc32(part.file(), buffer));
            }
            zip.putNextEntry(entry);
            try (InputStream in = Files.newInputStream(part.file())) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    zip.write(buffer, 0, read);
                }
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
