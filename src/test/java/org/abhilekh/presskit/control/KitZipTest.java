package org.abhilekh.presskit.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.abhilekh.ingest.boundary.FileFormats;
import org.abhilekh.safeguarding.control.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitZipTest {

    @TempDir
    Path temp;

    @Test
    void writesTheReadmeFirstThenEveryFileByteForByte() throws IOException {
        Path pdf = Path.of("seed-content/research/mica-supply-chain-children-koderma-giridih-2020.pdf");
        Path html = Path.of("seed-content/presskits/assets/press-release-kilns-to-classrooms-hi.html");
        Path random = temp.resolve("noise.png");
        byte[] noise = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(noise);
        Files.write(random, noise);
        Path zipFile = temp.resolve("kit.zip");
        try (OutputStream out = Files.newOutputStream(zipFile)) {
            KitZip.write(List.of(new KitZip.Part("01-study.pdf", pdf, true), new KitZip.Part("02-release.html", html, false),
                    new KitZip.Part("03-noise.png", random, true)), "Read me: झारखंड\n", Instant.parse("2025-06-12T04:30:00Z"),
                    new StoredChecksums(10), out);
        }
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = new ArrayList<>();
            Collections.list(zip.entries()).forEach(entry -> names.add(entry.getName()));
            assertEquals(List.of("README.txt", "01-study.pdf", "02-release.html", "03-noise.png"), names);
            assertEquals("Read me: झारखंड\n", new String(read(zip, "README.txt"), StandardCharsets.UTF_8));
            assertArrayEquals(Files.readAllBytes(pdf), read(zip, "01-study.pdf"));
            assertArrayEquals(Files.readAllBytes(html), read(zip, "02-release.html"));
            assertArrayEquals(noise, read(zip, "03-noise.png"));
            assertEquals(ZipEntry.STORED, zip.getEntry("01-study.pdf").getMethod(), "PDFs are not compressed again");
            assertEquals(ZipEntry.STORED, zip.getEntry("03-noise.png").getMethod());
            assertEquals(ZipEntry.DEFLATED, zip.getEntry("02-release.html").getMethod(), "text is compressed");
        }
    }

    @Test
    void storesJpegAndPdfByTheirMediaTypeDeflatesTextAndEveryEntryPassesItsCrcCheck() throws IOException {
        Path jpeg = Files.write(temp.resolve("kiln"), TestImages.fieldPhotoJpeg());
        Path pdf = Path.of("seed-content/research/mica-supply-chain-children-koderma-giridih-2020.pdf");
        Path text = Files.writeString(temp.resolve("notes"), "Brick kilns of Pakur, June 2025.\n".repeat(2_000));
        List<KitZip.Part> parts = List.of(part("01-kiln.jpg", jpeg, "image/jpeg"), part("02-study.pdf", pdf, "application/pdf"),
                part("03-notes.txt", text, "text/plain; charset=UTF-8"));
        StoredChecksums checksums = new StoredChecksums(10);
        byte[] first = zip(parts, checksums);

        Map<String, Integer> methods = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                // ZipInputStream throws at the end of an entry whose bytes do not match its CRC; the recorded CRC must match too.
                byte[] content = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(content);
                assertEquals(crc.getValue(), entry.getCrc(), entry.getName());
                methods.put(entry.getName(), entry.getMethod());
            }
        }
        assertEquals(Map.of("README.txt", ZipEntry.DEFLATED, "01-kiln.jpg", ZipEntry.STORED, "02-study.pdf", ZipEntry.STORED,
                "03-notes.txt", ZipEntry.DEFLATED), methods);
        assertEquals("README.txt", methods.keySet().iterator().next(), "the README comes first");
        assertEquals(2, checksums.size(), "the CRCs of the two stored files are remembered");
        assertArrayEquals(first, zip(parts, checksums), "the remembered CRCs give the same ZIP");
    }

    @Test
    void refusesTwoEntriesWithTheSameName() throws IOException {
        Path file = Files.writeString(temp.resolve("a.txt"), "a");
        assertThrows(IllegalArgumentException.class, () -> KitZip.write(
                List.of(new KitZip.Part("01-a.txt", file, false), new KitZip.Part("01-a.txt", file, false)), "", Instant.EPOCH,
                new StoredChecksums(10), OutputStream.nullOutputStream()));
    }

    private static KitZip.Part part(String name, Path file, String mediaType) {
        return new KitZip.Part(name, file, FileFormats.alreadyCompressed(mediaType));
    }

    private static byte[] zip(List<KitZip.Part> parts, StoredChecksums checksums) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitZip.write(parts, "Read me\n", Instant.parse("2025-06-12T04:30:00Z"), checksums, out);
        return out.toByteArray();
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
