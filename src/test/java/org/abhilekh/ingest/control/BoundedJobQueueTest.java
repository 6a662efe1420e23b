package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** The bounded queue: places are taken before storing, refused when full, and freed when a worker takes a job. */
class BoundedJobQueueTest {

    @Test
    void aFullQueueRefusesAtOnceWhileTheWorkerIsBusyAndHasRoomAgainWhenItTakesTheNextJob() throws Exception {
        BoundedJobQueue queue = new BoundedJobQueue(1);
        BlockingQueue<Long> taken = new LinkedBlockingQueue<>();
        CountDownLatch extractionMayEnd = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                taken.add(queue.take());
                extractionMayEnd.await();
                taken.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        try {
            try (BoundedJobQueue.Slot slot = queue.tryReserve().orElseThrow()) {
                slot.fill(1);
            }
            assertEquals(1L, taken.take(), "the worker took job 1 and is busy with it");
            try (BoundedJobQueue.Slot slot = queue.tryReserve().orElseThrow()) {
                slot.fill(2);
            }
            assertTrue(queue.tryReserve().isEmpty(), "job 2 waits in the only place: a third file is refused");
            assertTrue(queue.tryReserve().isEmpty(), "and again, without waiting");
            assertTrue(queue.holds(2));

            extractionMayEnd.countDown();
            assertEquals(2L, taken.take());
            BoundedJobQueue.Slot free = queue.tryReserve().orElseThrow();
            free.close();
            assertFalse(queue.holds(2));
        } finally {
            worker.interrupt();
            worker.join();
        }
    }

    @Test
    void aPlaceNotFilledIsGivenBackAndAJobIsHeldOnce() throws Exception {
        BoundedJobQueue queue = new BoundedJobQueue(2);
        queue.tryReserve().orElseThrow().close();
        try (BoundedJobQueue.Slot first = queue.tryReserve().orElseThrow(); BoundedJobQueue.Slot second = queue.tryReserve().orElseThrow()) {
            assertTrue(queue.tryReserve().isEmpty());
            first.fill(7);
            second.fill(7);
            assertThrows(IllegalStateException.class, () -> first.fill(8));
        }
        assertEquals(1, queue.waiting(), "job 7 is held once; the second place was given back");
        queue.tryReserve().orElseThrow().close();
        assertEquals(7L, queue.take());
        List<BoundedJobQueue.Slot> both = List.of(queue.tryReserve().orElseThrow(), queue.tryReserve().orElseThrow());
        assertTrue(queue.tryReserve().isEmpty());
        both.forEach(BoundedJobQueue.Slot::close);
        assertEquals(0, queue.waiting());
    }

    @Test
    void aCapacityBelowOneIsAConfigurationMistake() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new BoundedJobQueue(0));
        assertEquals("abhilekh.ingest.queue-capacity must be at least 1; got 0", refused.getMessage());
    }
}
