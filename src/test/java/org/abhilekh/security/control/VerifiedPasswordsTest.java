package org.abhilekh.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), 3, clock);

    @Test
    void aRememberedPairIsVerifiedOnlyWithTheSamePasswordAndStoredHash() {
        verified.remember("admin", "correct horse battery".toCharArray(), "hash-1");

        assertTrue(verified.isVerified("admin", "correct horse battery".toCharArray(), "hash-1"));
        assertFalse(verified.isVerified("admin", "correct horse batterY".toCharArray(), "hash-1"), "another password");
        assertFalse(verified.isVerified("editor", "correct horse battery".toCharArray(), "hash-1"), "another user");
        assertFalse(verified.isVerified("admin", "correct horse battery".toCharArray(), "hash-2"), "the password was changed");
        assertFalse(verified.isVerified("admi", "ncorrect horse battery".toCharArray(), "hash-1"), "name and password are kept apart");
    }

    @Test
    void theRemembranceEndsAfterItsLifetime() {
        verified.remember("admin", "correct horse battery".toCharArray(), "hash-1");
        clock.now = clock.now.plus(Duration.ofMinutes(5)).minusSeconds(1);
        assertTrue(verified.isVerified("admin", "correct horse battery".toCharArray(), "hash-1"));
        clock.now = clock.now.plusSeconds(1);
        assertFalse(verified.isVerified("admin", "correct horse battery".toCharArray(), "hash-1"));
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        for (int i = 0; i < 10; i++) {
            verified.remember("user" + i, "password".toCharArray(), "hash");
        }
        assertTrue(verified.size() <= 3, "size " + verified.size());
        assertTrue(verified.isVerified("user9", "password".toCharArray(), "hash"), "the newest is kept");
        assertFalse(verified.isVerified("user0", "password".toCharArray(), "hash"), "the oldest made room");
        assertFalse(verified.isVerified("nobody", new char[0], "hash"));
    }
}
