package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedRefreshTest {

    private final SharedRefresh shared = new SharedRefresh();
    private final AtomicInteger refreshes = new AtomicInteger();

    @Test
    void callersWhoAskWhileARefreshRunsShareTheNextOne() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Thread first = Thread.ofPlatform().start(() -> refresh(() -> {
            refreshes.incrementAndGet();
            firstStarted.countDown();
            await(releaseFirst);
        }));
        assertEquals(true, firstStarted.await(10, TimeUnit.SECONDS));
        List<Thread> later = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            later.add(Thread.ofPlatform().start(() -> refresh(refreshes::incrementAndGet)));
        }
        while (shared.waiting() < 3) {
            Thread.onSpinWait();
        }
        releaseFirst.countDown();
        first.join();
        for (Thread thread : later) {
            thread.join();
        }
        assertEquals(2, refreshes.get(), "the three who asked during the first refresh are answered by one more, not three");
    }

    @Test
    void aCallerAloneAlwaysGetsARefreshOfItsOwn() throws IOException {
        shared.refresh(refreshes::incrementAndGet);
        shared.refresh(refreshes::incrementAndGet);

        assertEquals(2, refreshes.get());
    }

    @Test
    void aFailedRefreshAnswersNobody() throws IOException {
        assertThrows(IOException.class, () -> shared.refresh(() -> {
            throw new IOException("disk gone");
        }));

        shared.refresh(refreshes::incrementAndGet);
        assertEquals(1, refreshes.get(), "the next caller refreshes again");
    }

    private void refresh(SharedRefresh.Refresh refresh) {
        try {
            shared.refresh(refresh);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
