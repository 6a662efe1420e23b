package org.abhilekh.presskit.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
            KitZip.write(List.of(new KitZip.Part("01-study.pdf", pdf), new KitZip.Part("02-release.html", html),
                    new KitZip.Part("03-noise.png", random)), "Read me: झारखंड\n", Instant.parse("2025-06-12T04:30:00Z"), out);
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
    void refusesTwoEntriesWithTheSameName() throws IOException {
        Path file = Files.writeString(temp.resolve("a.txt"), "a");
        assertThrows(IllegalArgumentException.class, () -> KitZip.write(
                List.of(new KitZip.Part("01-a.txt", file), new KitZip.Part("01-a.txt", file)), "", Instant.EPOCH,
                OutputStream.nullOutputStream()));
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
