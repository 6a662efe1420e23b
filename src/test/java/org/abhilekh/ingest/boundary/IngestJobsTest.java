package org.abhilekh.ingest.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.abhilekh.ingest.control.BoundedJobQueue;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.platform.control.BusyException;
import org.junit.jupiter.api.Test;

/**
 * A full queue refuses an upload with 503 before anything is read or stored. The queue here has two places
 * and no worker, so the two jobs in it stay; the archive and the job table are absent, so any attempt to
 * store would fail differently than with the refusal this test expects.
 */
class IngestJobsTest {

    @Test
    void aFullQueueRefusesBeforeReadingOrStoringAnything() throws Exception {
        IngestQueue queue = new IngestQueue();
        queue.capacity = 2;
        queue.workers = 0;
        queue.start();
        for (long job = 1; job <= 2; job++) {
            try (BoundedJobQueue.Slot slot = queue.tryReserve().orElseThrow()) {
                slot.fill(job);
            }
        }
        IngestJobs ingestJobs = new IngestJobs();
        ingestJobs.queue = queue;
        AtomicInteger bytesRead = new AtomicInteger();
        InputStream content = new ByteArrayInputStream("A clipping about brick kilns.".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                bytesRead.addAndGet(length);
                return super.read(buffer, offset, length);
            }

            @Override
            public synchronized int read() {
                bytesRead.incrementAndGet();
                return super.read();
            }
        };

        BusyException refused = assertThrows(BusyException.class,
                () -> ingestJobs.accept(content, "kilns.txt", null, false, JobSource.UPLOAD, "admin", null));

        assertEquals("Many files are waiting to be read. Nothing was stored; send the file again in a minute.", refused.getMessage());
        assertEquals(60, refused.retryAfterSeconds());
        assertEquals(503, refused.status());
        assertEquals(0, bytesRead.get(), "not a byte of the upload was read");
    }
}
