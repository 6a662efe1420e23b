package org.abhilekh.platform.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * A counter under one key, as the database keeps it for rate limits and login throttling: how many
 * events, the first and the last, until when the key must wait ({@code blockedUntil}, null when it need
 * not), and when the counter no longer matters and may be deleted ({@code expiresAt}). What the numbers
 * mean is the caller's: the logic that decides also decides when its tally expires.
 */
public record Tally(int hits, Instant firstAt, Instant lastAt, Instant blockedUntil, Instant expiresAt) {

    public Tally {
        Objects.requireNonNull(firstAt);
        Objects.requireNonNull(lastAt);
        Objects.requireNonNull(expiresAt);
    }

    /** Whether this tally still counts at {@code now}; an expired one is as good as none. */
    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
