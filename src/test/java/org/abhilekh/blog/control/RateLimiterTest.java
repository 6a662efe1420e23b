package org.abhilekh.blog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.abhilekh.platform.entity.Tally;
import org.abhilekh.platform.entity.TallyChange;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private final Map<String, Tally> stored = new HashMap<>();

    @Test
    void theSixthCommentWithinTenMinutesWaitsUntilTheWindowOfTheFirstHasPassed() {
        RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            assertTrue(acquire(limiter, "203.0.113.7", T0.plusSeconds(i * 60)).isEmpty(), "comment " + (i + 1));
        }
        assertEquals(300, acquire(limiter, "203.0.113.7", T0.plusSeconds(300)).getAsLong());
        assertEquals(1, acquire(limiter, "203.0.113.7", T0.plusMillis(599_500)).getAsLong(), "half a second is told as one");
        assertTrue(acquire(limiter, "198.51.100.1", T0.plusSeconds(300)).isEmpty(), "another address is not affected");
        assertTrue(acquire(limiter, "203.0.113.7", T0.plusSeconds(600)).isEmpty(), "the window has passed: a new one opens");
        assertEquals(1, stored.get("203.0.113.7").hits());
        assertEquals(T0.plusSeconds(1200), stored.get("203.0.113.7").expiresAt());
    }

    @Test
    void aRefusedCommentIsNotCountedAndTheFullWindowIsMarkedAsWaiting() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(10));
        acquire(limiter, "203.0.113.7", T0);
        assertEquals(null, stored.get("203.0.113.7").blockedUntil());
        acquire(limiter, "203.0.113.7", T0.plusSeconds(10));
        Tally full = stored.get("203.0.113.7");
        assertEquals(T0.plusSeconds(600), full.blockedUntil());
        TallyChange<OptionalLong> refused = limiter.tryAcquire(Optional.of(full), T0.plusSeconds(20));
        assertSame(full, refused.tally(), "stored as it was");
        assertEquals(580, refused.answer().getAsLong());
    }

    @Test
    void anExpiredTallyIsAsGoodAsNone() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(10));
        Tally old = new Tally(7, T0.minusSeconds(3600), T0.minusSeconds(3000), T0.minusSeconds(2400), T0.minusSeconds(2400));
        TallyChange<OptionalLong> fresh = limiter.tryAcquire(Optional.of(old), T0);
        assertTrue(fresh.answer().isEmpty());
        assertEquals(new Tally(1, T0, T0, T0.plusSeconds(600), T0.plusSeconds(600)), fresh.tally());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO));
    }

    private OptionalLong acquire(RateLimiter limiter, String key, Instant now) {
        TallyChange<OptionalLong> change = limiter.tryAcquire(Optional.ofNullable(stored.get(key)), now);
        stored.put(key, change.tally());
        return change.answer();
    }
}
