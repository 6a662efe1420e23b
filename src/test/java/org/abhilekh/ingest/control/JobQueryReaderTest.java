package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.ingest.entity.JobStatus;
import org.abhilekh.platform.control.BadInputException;
import org.junit.jupiter.api.Test;

/** The job listing's parameters, as text from a URL: what is understood, and what is refused and how. */
class JobQueryReaderTest {

    @Test
    void everyFilterIsReadAndTheDefaultsAreTheFirstPageOf25() {
        assertEquals(new JobQueryReader.JobQuery(new JobLedger.Filter(null, null, null, null, null), 1, 25),
                JobQueryReader.read(null, null, null, null, null, null, null));
        assertEquals(new JobQueryReader.JobQuery(new JobLedger.Filter(null, null, null, null, null), 1, 25),
                JobQueryReader.read("", " ", "", "", "  ", "", ""));
        assertEquals(new JobQueryReader.JobQuery(new JobLedger.Filter(JobStatus.FAILED, JobSource.FOLDER_IMPORT, 50L, 7L,
                        "कतरन 2024.pdf"), 3, 100),
                JobQueryReader.read("failed", "folder-import", "50", "7", " कतरन 2024.pdf ", "3", "100"));
        assertEquals(new JobQueryReader.JobQuery(new JobLedger.Filter(null, null, null, null, null), 1_000_000, 1),
                JobQueryReader.read(null, null, null, null, null, "1000000", "1"));
    }

    @Test
    void nonsenseIsRefusedWithASentenceThatSaysWhatFits() {
        assertRefused("'status' must be one of queued, running, done, failed; got 'broken'.", "broken", null, null, null, null, null, null);
        assertRefused("'status' must be one of queued, running, done, failed; got 'FAILED'.", "FAILED", null, null, null, null, null, null);
        assertRefused("'source' must be one of upload, folder-import, retry, seed, recovered; got 'email'.",
                null, "email", null, null, null, null, null);
        assertRefused("'page' must be a whole number from 1 to 1000000; got 1000001.", null, null, null, null, null, "1000001", null);
        assertRefused("'page' must be a whole number from 1 to 1000000; got '99999999999999999999'.",
                null, null, null, null, null, "99999999999999999999", null);
        assertRefused("'page' must be a whole number from 1 to 1000000; got 0.", null, null, null, null, null, "0", null);
        assertRefused("'page' must be a whole number from 1 to 1000000; got 'two'.", null, null, null, null, null, "two", null);
        assertRefused("'size' must be a whole number from 1 to 100; got 101.", null, null, null, null, null, null, "101");
        assertRefused("'batch' must be a whole number from 1 to 2147483647; got '1; drop table ingest_job'.",
                null, null, "1; drop table ingest_job", null, null, null, null);
        assertRefused("'document' must be a document number; got '-4'.", null, null, null, "-4", null, null, null);
        assertRefused("'q' (part of a file name) is longer than 200 characters.", null, null, null, null, "x".repeat(201), null, null);
        assertRefused("'status' must be one of queued, running, done, failed; got '" + "y".repeat(40) + "…'.",
                "y".repeat(5000), null, null, null, null, null, null);
    }

    @Test
    void idsArePositiveWholeNumbersOnly() {
        assertEquals(Optional.of(42L), JobQueryReader.id("42"));
        assertEquals(Optional.empty(), JobQueryReader.id("0"));
        assertEquals(Optional.empty(), JobQueryReader.id("-1"));
        assertEquals(Optional.empty(), JobQueryReader.id("abc"));
        assertEquals(Optional.empty(), JobQueryReader.id("1e3"));
        assertEquals(Optional.empty(), JobQueryReader.id("99999999999999999999"));
        assertEquals(Optional.empty(), JobQueryReader.id("٤٢"));
        assertEquals(Optional.empty(), JobQueryReader.id(null));
    }

    @Test
    void aFileNameSearchMatchesItsWildcardsLiterally() {
        assertEquals("50\\%\\_off\\\\", JobLedger.likeLiteral("50%_off\\"));
    }

    private static void assertRefused(String message, String status, String source, String batch, String document, String q,
            String page, String size) {
        BadInputException refused = assertThrows(BadInputException.class,
                () -> JobQueryReader.read(status, source, batch, document, q, page, size));
        assertEquals(message, refused.getMessage());
    }
}
