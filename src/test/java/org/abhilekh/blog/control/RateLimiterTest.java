package org.abhilekh.blog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void theSixthCommentWithinTenMinutesWaitsUntilTheFirstFallsOutOfTheWindow() {
        RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(10), 100);
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.tryAcquire("203.0.113.7", T0.plusSeconds(i * 60)).isEmpty(), "comment " + (i + 1));
        }
        assertEquals(301, limiter.tryAcquire("203.0.113.7", T0.plusSeconds(300)).getAsLong());
        assertTrue(limiter.tryAcquire("198.51.100.1", T0.plusSeconds(300)).isEmpty(), "another address is not affected");
        assertTrue(limiter.tryAcquire("203.0.113.7", T0.plusSeconds(600)).isEmpty(), "the first has left the window");
        assertEquals(61, limiter.tryAcquire("203.0.113.7", T0.plusSeconds(600)).getAsLong());
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentAddress() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(10), 3);
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("10.0.0." + i, T0);
        }
        assertEquals(3, limiter.trackedKeys());
        assertTrue(limiter.tryAcquire("10.0.0.0", T0).isEmpty(), "a forgotten address starts afresh");
        assertTrue(limiter.tryAcquire("10.0.0.9", T0).isPresent(), "a remembered one is still limited");
    }
}
