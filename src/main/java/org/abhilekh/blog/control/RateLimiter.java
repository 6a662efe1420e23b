package org.abhilekh.blog.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.abhilekh.platform.entity.Tally;
import org.abhilekh.platform.entity.TallyChange;

/**
 * At most {@code limit} events per key within a window that opens with the key's first event; once it
 * has passed, the next event opens a new one. A refused event is not counted. The decision works on a
 * stored {@link Tally}, so the counts live in the database and every instance shares them.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;

    public RateLimiter(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive limit and window");
        }
        this.limit = limit;
        this.window = window;
    }

    /**
     * Counts an event at {@code now} if it is allowed; otherwise answers how many seconds until it would
     * be, leaving the tally as it was.
     */
    public TallyChange<OptionalLong> tryAcquire(Optional<Tally> stored, Instant now) {
        Optional<Tally> current = stored.filter(tally -> tally.isLiveAt(now));
        if (current.isEmpty()) {
            return new TallyChange<>(counted(1, now, now.plus(window), now), OptionalLong.empty());
        }
        Tally tally = current.get();
        if (tally.hits() < limit) {
            return new TallyChange<>(counted(tally.hits() + 1, tally.firstAt(), tally.expiresAt(), now), OptionalLong.empty());
        }
        long wait = (Duration.between(now, tally.expiresAt()).toMillis() + 999) / 1000;
        return new TallyChange<>(tally, OptionalLong.of(Math.max(1, wait)));
    }

    private Tally counted(int hits, Instant first, Instant windowEnd, Instant now) {
        return new Tally(hits, first, now, hits >= limit ? windowEnd : null, windowEnd);
    }
}
