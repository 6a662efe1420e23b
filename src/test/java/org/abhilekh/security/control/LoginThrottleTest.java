package org.abhilekh.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    /** A clock the test moves by hand: no sleeps, no timing. */
    private static final class HandClock extends Clock {
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 12, Duration.ofMinutes(15), Duration.ofMinutes(15), 100);

    @Test
    void theFifthFailureLocksTheAccountForFifteenMinutesEvenFromAnotherAddress() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginThrottle.Outcome.COUNTED, throttle.failed("meera", "10.0.0.1"));
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Optional.empty(), throttle.lockedFor("meera", "10.0.0.1"));
        assertEquals(LoginThrottle.Outcome.LOCKED, throttle.failed("meera", "10.0.0.1"));
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("meera", "10.0.0.1"));
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("Meera ", "192.0.2.7"), "same account, any case, any address");
        assertEquals(Optional.empty(), throttle.lockedFor("arjun", "192.0.2.7"), "other accounts are not affected");
        clock.advance(Duration.ofMinutes(14));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.lockedFor("meera", "10.0.0.1"));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.lockedFor("meera", "10.0.0.1"));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("meera", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15));
        assertEquals(LoginThrottle.Outcome.COUNTED, throttle.failed("meera", "10.0.0.1"));
        assertEquals(Optional.empty(), throttle.lockedFor("meera", "10.0.0.1"));
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("meera", "10.0.0.1");
        }
        throttle.succeeded("meera");
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginThrottle.Outcome.COUNTED, throttle.failed("meera", "10.0.0.1"));
        }
        for (int i = 0; i < 3; i++) {
            throttle.failed("name" + i, "10.0.0.1");
        }
        assertEquals(LoginThrottle.Outcome.LOCKED, throttle.failed("anyone", "10.0.0.1"), "the 12th failure from the address");
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("ravi", "10.0.0.1"), "every name from that address");
        assertEquals(Optional.empty(), throttle.lockedFor("ravi", "10.0.0.2"));
    }

    @Test
    void unknownAndKnownNamesAreCountedAlike() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("no-such-person", "10.0.0.9");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("no-such-person", "10.0.0.9"));
    }

    @Test
    void failuresDuringALockDoNotExtendIt() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("meera", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(10));
        assertEquals(LoginThrottle.Outcome.COUNTED, throttle.failed("meera", "10.0.0.3"));
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.lockedFor("meera", "10.0.0.3"));
    }

    @Test
    void hostileNamesAreBoundedAndMemoryForgetsTheOldest() {
        LoginThrottle small = new LoginThrottle(clock, 2, 1000, Duration.ofMinutes(15), Duration.ofMinutes(15), 3);
        small.failed("x".repeat(100_000), "a");
        small.failed("x".repeat(100) + "different tail", "b");
        assertEquals(Optional.of(Duration.ofMinutes(15)), small.lockedFor("x".repeat(100), "c"), "names compare on their first 100 characters");
        small.failed("", "d");
        small.failed(null, "e");
        assertEquals(Optional.of(Duration.ofMinutes(15)), small.lockedFor("", "f"), "an empty and a missing name are one name");
        for (int i = 0; i < 5; i++) {
            small.failed("other" + i, "g" + i);
        }
        assertEquals(Optional.empty(), small.lockedFor("x".repeat(100), "h"), "forgotten after 3 newer names");
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(clock, 0, 5, Duration.ofMinutes(1), Duration.ofMinutes(1), 10));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(clock, 5, 5, Duration.ZERO, Duration.ofMinutes(1), 10));
    }
}
