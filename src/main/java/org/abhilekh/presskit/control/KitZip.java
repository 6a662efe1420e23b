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
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a kit as a ZIP straight from the files on disk to the response, one buffer at a time, so
 * memory stays flat however large the kit is.
 *
 * <p>Files that are already compressed (PDF, JPEG, PNG, Office formats, ...) are STORED: deflating
 * them again costs CPU and saves nothing. STORED needs the CRC and size before the data, so such a
 * file is read twice; the second read comes from the page cache. Text formats are deflated.
 */
public final class KitZip {

    /** One file of the ZIP: its name inside the archive and where its bytes are. */
    public record Part(String entryName, Path file) {
    }

    private static final Set<String> ALREADY_COMPRESSED = Set.of(
            "pdf", "jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "docx", "xlsx", "pptx", "odt", "ods", "odp",
            "zip", "gz", "mp3", "mp4", "m4a", "ogg", "epub");
    private static final int BUFFER = 64 * 1024;

    private KitZip() {
    }

    public static void write(List<Part> parts, String readme, Instant modified, OutputStream out) throws IOException {
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
            if (isCompressed(part.entryName())) {
                entry.setMethod(ZipEntry.STORED);
                long size = Files.size(part.file());
                entry.setSize(size);
                entry.setCompressedSize(size);
                entry.setCrc(crc(part.file(), buffer));
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

    static boolean isCompressed(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && ALREADY_COMPRESSED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static long crc(Path file, byte[] buffer) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                crc.update(buffer, 0, read);
            }
        }
        return crc.getValue();
    }
}
