package org.abhilekh.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.abhilekh.platform.entity.Tally;

/**
 * Decides, from stored tallies and the clock, whether a login attempt must wait, and what a failure
 * changes. Two things are counted: a name tried from one client address (the <em>pair</em>) and an address
 * whatever names it tries. After a few failures ({@link Limits#slowDownAfter}) each further failure makes
 * the next attempt wait, twice as long each time, starting at {@code firstDelay} and never longer than the
 * lock; at {@link Limits#maxFailures} the key is locked for {@code lockFor}. An attempt made while a key
 * must wait counts as one more failure of that key without a password being checked, so a client that
 * ignores Retry-After reaches the lock sooner and never pays for a hash. A lock ends the count; otherwise
 * it is forgotten once {@code window} has passed since the last failure and its wait (so a patient client
 * that waits out every slow-down still reaches the lock).
 *
 * <p>A lock never reaches beyond its key: a name locked at one address can still log in from another.
 * Names are counted whether or not such an account exists, so no answer tells real names from made-up ones.
 */
public final class LoginThrottle {

    /** When a key's failures start to slow it down, and when they lock it. */
    public record Limits(int slowDownAfter, int maxFailures) {
        public Limits {
            if (slowDownAfter < 0 || maxFailures < 1 || slowDownAfter >= maxFailures) {
                throw new IllegalArgumentException("Login limits need 0 <= slow-down-after < max-failures, got "
                        + slowDownAfter + " and " + maxFailures);
            }
        }
    }

    /** How long an attempt must wait, and whether that is a lock or a slow-down. */
    public record Wait(Duration left, boolean locked) {

        /** Whole seconds, rounded up. */
        public long seconds() {
            return Math.max(1, (left.toMillis() + 999) / 1000);
        }

        /** Under a minute a wait is told in seconds, otherwise in whole minutes, rounded up. */
        public boolean inSeconds() {
            return seconds() < 60;
        }

        public long minutes() {
            return (seconds() + 59) / 60;
        }

        /** The figure a person reads, in seconds or minutes as {@link #inSeconds()} says. */
        public long amount() {
            return inSeconds() ? seconds() : minutes();
        }

        /** Retry-After agrees with the message: the seconds, or the minutes in seconds. */
        public long retryAfterSeconds() {
            return inSeconds() ? seconds() : minutes() * 60;
        }

        /** The longer of two waits, a lock winning a tie. */
        public static Optional<Wait> longest(Optional<Wait> one, Optional<Wait> other) {
            if (one.isEmpty() || other.isEmpty()) {
                return one.isPresent() ? one : other;
            }
            int order = one.get().left().compareTo(other.get().left());
            return order > 0 || order == 0 && one.get().locked() ? one : other;
        }
    }

    /** A failure's result: the tally to store, the wait it imposes, and whether it started a lock. */
    public record Failure(Tally tally, Optional<Wait> waitAfter, boolean startedLock) {
    }

    private static final int MAX_KEY_PART_CHARS = 100;

    private final Clock clock;
    private final Limits perPair;
    private final Limits perAddress;
    private final Duration firstDelay;
    private final Duration window;
    private final Duration lockFor;

    public LoginThrottle(Clock clock, Limits perPair, Limits perAddress, Duration firstDelay, Duration window, Duration lockFor) {
        if (firstDelay.isNegative() || firstDelay.isZero() || window.isNegative() || window.isZero() || lockFor.isNegative()
                || lockFor.isZero()) {
            throw new IllegalArgumentException("Login delays, window and lock must be positive");
        }
        this.clock = clock;
        this.perPair = perPair;
        this.perAddress = perAddress;
        this.firstDelay = firstDelay;
        this.window = window;
        this.lockFor = lockFor;
    }

    public Limits perPair() {
        return perPair;
    }

    public Limits perAddress() {
        return perAddress;
    }

    public Duration lockFor() {
        return lockFor;
    }

    /** The wait a stored tally imposes now, if any. */
    public Optional<Wait> waitOf(Optional<Tally> stored, Limits limits) {
        Instant now = clock.instant();
        return live(stored, now).filter(tally -> tally.blockedUntil() != null && tally.blockedUntil().isAfter(now))
                .map(tally -> new Wait(Duration.between(now, tally.blockedUntil()), tally.hits() >= limits.maxFailures()));
    }

    /** Whether a stored tally still holds failures (a successful login then clears it). */
    public boolean counts(Optional<Tally> stored) {
        return live(stored, clock.instant()).isPresent();
    }

    /** One more failure of a key: checked and wrong, or attempted while the key had to wait. */
    public Failure failed(Optional<Tally> stored, Limits limits) {
        Instant now = clock.instant();
        Optional<Tally> current = live(stored, now);
        boolean wasLocked = current.map(tally -> tally.hits() >= limits.maxFailures()).orElse(false);
        int hits = current.map(Tally::hits).orElse(0) + 1;
        Instant first = current.map(Tally::firstAt).orElse(now);
        Instant blockedUntil;
        Instant expiresAt;
        if (hits >= limits.maxFailures()) {
            blockedUntil = now.plus(lockFor);
            expiresAt = blockedUntil;
        } else if (hits > limits.slowDownAfter()) {
            blockedUntil = now.plus(delay(hits - limits.slowDownAfter()));
            expiresAt = blockedUntil.plus(window);
        } else {
            blockedUntil = null;
            expiresAt = now.plus(window);
        }
        Tally after = new Tally(hits, first, now, blockedUntil, expiresAt);
        Optional<Wait> wait = blockedUntil == null ? Optional.empty()
                : Optional.of(new Wait(Duration.between(now, blockedUntil), hits >= limits.maxFailures()));
        return new Failure(after, wait, hits >= limits.maxFailures() && !wasLocked);
    }

    /** The wait after the n-th failure past the free ones: firstDelay, doubled for each further one, at most the lock. */
    Duration delay(int beyondFree) {
        int doublings = Math.min(beyondFree - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(lockFor) > 0 ? lockFor : delay;
    }

    /** A name tried from one address. */
    public static String pairKey(String name, String address) {
        return "login.pair " + part(address) + " " + normalized(name);
    }

    /** An address, whatever names it tries. */
    public static String addressKey(String address) {
        return "login.address " + part(address);
    }

    /** Names are compared without case or surrounding space, so "Admin " counts against "admin". */
    static String normalized(String name) {
        return part(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static String part(String value) {
        String text = value == null ? "" : value;
        return text.length() > MAX_KEY_PART_CHARS ? text.substring(0, MAX_KEY_PART_CHARS) : text;
    }

    private static Optional<Tally> live(Optional<Tally> stored, Instant now) {
        return stored.filter(tally -> tally.isLiveAt(now));
    }
}
