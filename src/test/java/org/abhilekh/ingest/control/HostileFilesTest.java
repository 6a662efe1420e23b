package org.abhilekh.ingest.control;

import static org.abhilekh.ingest.control.TextExtractorTest.CONFIG;
import static org.abhilekh.ingest.control.TextExtractorTest.testDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.abhilekh.ingest.entity.Extraction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files built to hurt readers (Tika's own zip bombs, quines, memory-eating compressors, encrypted files,
 * and some made here) go through the same extraction the ingest worker runs, with the server's default
 * limits: each fails alone with a reason a person can act on, never an OutOfMemoryError, never hanging.
 */
class HostileFilesTest {

    private static final String PASSWORD = "The file is password-protected. Open it, save a copy without a password, and upload that.";
    private static final String NESTED = "The file has files nested inside files more than 5 levels deep (an archive that holds"
            + " itself, or a zip bomb). Unpack it and upload the documents themselves.";
    private static final String MEMORY = "Unpacking the file would need more memory than the limit for one file: it is damaged or"
            + " built to exhaust memory (a compression bomb). Unpack it on a computer and upload the documents inside.";

    private static TextExtractor extractor;

    @TempDir
    Path temp;

    @BeforeAll
    static void configure() throws IOException {
        extractor = new TextExtractor(CONFIG, ExtractionLimits.withTextLimit(ExtractionLimits.DEFAULT_MAX_TEXT_CHARS), Optional.empty());
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "droste.zip | application/zip | " + NESTED,
            "quine.gz | application/gzip | " + NESTED,
            "testZ_oom.Z | application/x-compress | " + MEMORY,
            "testLZMA_oom | application/x-lzma | " + MEMORY,
            "testWORD_protected_passtika.docx | application/x-tika-ooxml-protected | " + PASSWORD,
            "testODTEncrypted.odt | application/vnd.oasis.opendocument.text | " + PASSWORD,
            "full_encrypted.7z | application/x-7z-compressed | " + PASSWORD,
            "testZipEncrypted.zip | application/zip | Part of the file is password-protected (encrypted.txt). " + PASSWORD,
    })
    void tikasHostileFilesFailWithAReason(String file, String mediaType, String reason) {
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(testDocument(file)));
        assertEquals(reason, e.getMessage());
        assertEquals(mediaType, e.mediaType());
    }

    @Test
    void aPdfThatNeedsAPasswordToOpenFailsWithAReason() throws Exception {
        Path locked = Pdfs.passwordProtected("Minutes of the district task force on child labour.", temp.resolve("locked.pdf"));
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(locked));
        assertEquals(PASSWORD, e.getMessage());
        assertEquals("application/pdf", e.mediaType());
    }

    @Test
    void aPdfLockedOnlyAgainstEditingIsReadAsUsual() throws Exception {
        assertTrue(extractor.extract(testDocument("testPDF_protected.pdf")).text().contains("RETHINKING THE FINANCIAL NETWORK"));
    }

    private static final String RATIO = "The archive expands more than 100 times its size (a zip bomb), so reading it was"
            + " stopped. Unpack it on a computer and upload the documents inside.";

    @Test
    void anArchiveThatExpandsFarBeyondItsSizeFails() throws Exception {
        Path bomb = bomb(temp.resolve("bomb.zip"));
        assertTrue(Files.size(bomb) < 400_000, "a bomb: " + Files.size(bomb));
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(bomb));
        assertEquals(RATIO, e.getMessage());
    }

    @Test
    void aBombInsideAnArchiveFailsTheWholeArchive() throws Exception {
        Path bomb = bomb(temp.resolve("inner.zip"));
        Path outer = temp.resolve("outer.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(outer))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("Survey registers from the field.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("registers.zip"));
            zip.write(Files.readAllBytes(bomb));
            zip.closeEntry();
        }
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(outer));
        assertEquals(RATIO, e.getMessage());
    }

    private static Path bomb(Path bomb) throws IOException {
        byte[] line = "all work and no play makes a dull archive\n".getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("register.txt"));
            for (int i = 0; i < 40_000_000 / line.length; i++) {
                zip.write(line);
            }
            zip.closeEntry();
        }
        return bomb;
    }

    @Test
    void anArchiveOfTooManyFilesFails() throws Exception {
        Path many = temp.resolve("many.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 30; i++) {
                zip.putNextEntry(new ZipEntry("note-" + i + ".txt"));
                zip.write(("Note number " + i + " from the field visit.").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        try (TextExtractor limited = new TextExtractor(CONFIG, new ExtractionLimits(1_000_000, Duration.ofSeconds(120), 20, 5), Optional.empty())) {
            ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> limited.extract(many));
            assertEquals("The file holds more than 20 files inside it (archive entries, attachments or embedded objects), the most"
                    + " Abhilekh reads from one upload. Split it into smaller parts and upload those.", e.getMessage());
        }
        Extraction all = extractor.extract(many);
        assertTrue(all.text().contains("Note number 29 from the field visit."), "under the default limit every entry is read");
    }

    @Test
    void aFileThatTakesLongerThanTheTimeLimitFailsAndItsThreadAndOcrProcessEnd() throws Exception {
        Set<Long> tesseractsBefore = tesseractProcesses();
        try (TextExtractor hurried = new TextExtractor(CONFIG, new ExtractionLimits(1_000_000, Duration.ofMillis(200), 1000, 5), Optional.empty(), 1)) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> hurried.extract(
                        Path.of("seed-content/clippings/jharkhand-darpan-2021-11-03-koderma-dhibra-children.jpg")));
                assertEquals("Reading the file took longer than 0.2 s, the time limit for one file, and was stopped. If it is a very"
                        + " long scan, split it into parts.", e.getMessage(), "attempt " + attempt + " on the pool's one thread");
                assertTrue(awaitNoRunningParse(hurried), "attempt " + attempt + ": the stopped parse gave its thread back");
                Set<Long> left = tesseractProcesses();
                left.removeAll(tesseractsBefore);
                awaitExit(left);
                left.removeIf(pid -> ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true));
                assertEquals(Set.of(), left, "attempt " + attempt + ": no Tesseract process outlives the stopped parse");
            }
        }
        assertTrue(extractor.extract(testDocument("testPDF.pdf")).text().contains("Apache Tika"), "the next file is read as usual");
    }

    @Test
    void aParseThatIgnoresBeingStoppedHoldsOneThreadAndWhenAllAreHeldTheNextFileIsRefusedAtOnce() throws Exception {
        Path note = Files.writeString(temp.resolve("note.txt"), "A field note.");
        StuckParser.released = false;
        try (TextExtractor stuck = new TextExtractor(Path.of("src/test/resources/ingest/stuck-tika-config.xml"),
                new ExtractionLimits(1_000_000, Duration.ofMillis(200), 1000, 5), Optional.empty(), 2)) {
            for (int held = 1; held <= 2; held++) {
                ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> stuck.extract(note));
                assertTrue(e.getMessage().startsWith("Reading the file took longer than 0.2 s"), e.getMessage());
                assertEquals(held, stuck.runningParses(), "the parse ignored being stopped and still holds its thread");
            }
            ExtractionFailedException refused = assertThrows(ExtractionFailedException.class, () -> stuck.extract(note));
            assertEquals("The file could not be read now: every reading thread is still held by a file that ran past its time limit"
                    + " and could not be stopped. An administrator must restart the server; then retry this job.", refused.getMessage());
            assertEquals(2, stuck.runningParses(), "refused, not started: the pool stays at its bound");
            StuckParser.released = true;
            assertTrue(awaitNoRunningParse(stuck), "released, the held threads end");
            assertEquals("", stuck.extract(note).text(), "and the next file gets a thread again");
        } finally {
            StuckParser.released = true;
        }
    }

    private static boolean awaitNoRunningParse(TextExtractor extractor) throws InterruptedException {
        for (int i = 0; i < 200 && extractor.runningParses() > 0; i++) {
            Thread.sleep(50);
        }
        return extractor.runningParses() == 0;
    }

    /**
     * A killed process is alive until the system has ended it, which on a busy machine takes a moment after the kill:
     * wait for that, up to a second, so only a process that was never stopped remains. Reading this scan takes
     * Tesseract about five seconds, so one left running is still alive after the wait.
     */
    private static void awaitExit(Set<Long> pids) throws Exception {
        for (Long pid : pids) {
            java.util.Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isPresent()) {
                try {
                    process.get().onExit().get(1, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    return;
                }
            }
        }
    }

    private static Set<Long> tesseractProcesses() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.isAlive() && process.info().command().orElse("").endsWith("tesseract"))
                .map(ProcessHandle::pid).collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }

    @Test
    void aHostileFileInsideAnEmailFailsTheEmail() throws Exception {
        Path mail = temp.resolve("forwarded.eml");
        byte[] droste = Files.readAllBytes(testDocument("droste.zip"));
        try (OutputStream out = Files.newOutputStream(mail)) {
            out.write(("From: field@example.org\r\nTo: office@example.org\r\nSubject: Survey files\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
                    + "Survey files attached.\r\n--b1\r\nContent-Type: application/zip; name=\"survey.zip\"\r\n"
                    + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"survey.zip\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(java.util.Base64.getMimeEncoder().encode(droste));
            out.write("\r\n--b1--\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(mail));
        assertEquals(NESTED, e.getMessage());
        assertEquals("message/rfc822", e.mediaType());
    }
}
