package org.abhilekh.blog.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * At most {@code limit} events per key within a sliding window. Memory is bounded: beyond
 * {@code maxKeys} addresses the least recently seen is forgotten, which at worst lets a forgotten
 * address start afresh; it never blocks anyone wrongly. Kept in memory on purpose: a restart
 * forgetting counts is harmless, and comments need no shared store on one server.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent;

    public RateLimiter(int limit, Duration window, int maxKeys) {
        this.limit = limit;
        this.window = window;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * Records an event for the key if it is allowed; otherwise answers how many seconds until it
     * would be.
     */
    public synchronized OptionalLong tryAcquire(String key, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            long wait = Duration.between(now, times.peekFirst().plus(window)).toSeconds() + 1;
            return OptionalLong.of(Math.max(1, wait));
        }
        times.addLast(now);
        return OptionalLong.empty();
    }

    synchronized int trackedKeys() {
        return recent.size();
    }
}
