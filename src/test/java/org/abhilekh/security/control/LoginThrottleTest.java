package org.abhilekh.security.control;

import static org.abhilekh.security.control.HandClock.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.abhilekh.platform.entity.Tally;
import org.abhilekh.security.control.LoginThrottle.Failure;
import org.abhilekh.security.control.LoginThrottle.Limits;
import org.abhilekh.security.control.LoginThrottle.Wait;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Limits PAIR = new Limits(2, 5);
    private static final Limits ADDRESS = new Limits(10, 30);

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, PAIR, ADDRESS, Duration.ofSeconds(2), Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    private Optional<Tally> tally = Optional.empty();

    @Test
    void twoFailuresCostNothingThenEachOneDoublesTheWaitAndTheFifthLocksForFifteenMinutes() {
        List<Optional<Duration>> waits = new ArrayList<>();
        List<Boolean> locks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Failure failure = fail(PAIR);
            waits.add(failure.waitAfter().map(Wait::left));
            locks.add(failure.startedLock());
        }
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(Duration.ofSeconds(2)), Optional.of(Duration.ofSeconds(4)),
                Optional.of(Duration.ofMinutes(15))), waits);
        assertEquals(List.of(false, false, false, false, true), locks, "only the fifth starts the lock");
        assertEquals(Optional.of(new Wait(Duration.ofMinutes(15), true)), throttle.waitOf(tally, PAIR));
        assertEquals(START.plus(Duration.ofMinutes(15)), tally.orElseThrow().expiresAt(), "the lock ends the count");
        assertEquals(START, tally.orElseThrow().firstAt());
        assertEquals(START, tally.orElseThrow().lastAt());
    }

    @Test
    void aSlowDownIsAWaitNotALockAndEndsOnItsOwn() {
        fail(PAIR);
        fail(PAIR);
        fail(PAIR);
        assertEquals(Optional.of(new Wait(Duration.ofSeconds(2), false)), throttle.waitOf(tally, PAIR));
        clock.advance(Duration.ofMillis(1500));
        assertEquals(Optional.of(new Wait(Duration.ofMillis(500), false)), throttle.waitOf(tally, PAIR));
        clock.advance(Duration.ofMillis(500));
        assertEquals(Optional.empty(), throttle.waitOf(tally, PAIR), "at its end the next attempt may go ahead");
        assertTrue(throttle.counts(tally), "the failures still count");
    }

    @Test
    void theWaitIsCappedAtTheLock() {
        for (int i = 0; i < 29; i++) {
            fail(ADDRESS);
        }
        assertEquals(Optional.of(new Wait(Duration.ofMinutes(15), false)), throttle.waitOf(tally, ADDRESS),
                "2 s doubled nineteen times is far beyond the lock");
        assertEquals(Duration.ofSeconds(2), throttle.delay(1));
        assertEquals(Duration.ofSeconds(512), throttle.delay(9));
        assertEquals(Duration.ofMinutes(15), throttle.delay(10));
        assertEquals(Duration.ofMinutes(15), throttle.delay(500), "no overflow");
        Failure thirtieth = fail(ADDRESS);
        assertTrue(thirtieth.startedLock());
        assertEquals(Optional.of(new Wait(Duration.ofMinutes(15), true)), throttle.waitOf(tally, ADDRESS));
    }

    @Test
    void failuresAreForgottenAfterAQuietWindow() {
        fail(PAIR);
        fail(PAIR);
        clock.advance(Duration.ofMinutes(14));
        fail(PAIR);
        assertEquals(3, tally.orElseThrow().hits(), "fourteen quiet minutes are not enough");
        assertEquals(START, tally.orElseThrow().firstAt());
        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.counts(tally), "the quiet window starts when the 2 s wait ends");
        clock.advance(Duration.ofSeconds(2));
        assertFalse(throttle.counts(tally));
        assertEquals(Optional.empty(), throttle.waitOf(tally, PAIR));
        Failure fresh = fail(PAIR);
        assertEquals(1, fresh.tally().hits(), "a new count");
        assertEquals(Optional.empty(), fresh.waitAfter());
        assertEquals(clock.instant(), fresh.tally().firstAt());
    }

    @Test
    void aLockThatHasEndedStartsTheCountAfresh() {
        for (int i = 0; i < 5; i++) {
            fail(PAIR);
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertEquals(Optional.of(new Wait(Duration.ofSeconds(1), true)), throttle.waitOf(tally, PAIR));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.waitOf(tally, PAIR));
        Failure next = fail(PAIR);
        assertEquals(1, next.tally().hits());
        assertFalse(next.startedLock());
    }

    @Test
    void aFailureCountedWhileLockedDoesNotStartTheLockAgain() {
        for (int i = 0; i < 5; i++) {
            fail(PAIR);
        }
        clock.advance(Duration.ofMinutes(1));
        Failure late = fail(PAIR);
        assertFalse(late.startedLock(), "a password checked concurrently with the locking failure adds no second lock entry");
        assertEquals(Optional.of(new Wait(Duration.ofMinutes(15), true)), late.waitAfter());
    }

    @Test
    void aPairIsANameAtOneAddressAndNamesAreComparedWithoutCaseOrSpace() {
        assertEquals(LoginThrottle.pairKey("admin", "203.0.113.7"), LoginThrottle.pairKey(" Admin ", "203.0.113.7"));
        assertNotEquals(LoginThrottle.pairKey("admin", "203.0.113.7"), LoginThrottle.pairKey("admin", "198.51.100.9"));
        assertNotEquals(LoginThrottle.pairKey("admin", "203.0.113.7"), LoginThrottle.addressKey("203.0.113.7"));
        assertEquals(LoginThrottle.pairKey("", "203.0.113.7"), LoginThrottle.pairKey(null, "203.0.113.7"));
        String longName = "n".repeat(5000);
        assertTrue(LoginThrottle.pairKey(longName, "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff").length() <= 250, "fits the key column");
    }

    @Test
    void waitsAreToldInSecondsUnderAMinuteAndInWholeMinutesOtherwise() {
        Wait slowed = new Wait(Duration.ofMillis(1200), false);
        assertTrue(slowed.inSeconds());
        assertEquals(2, slowed.amount());
        assertEquals(2, slowed.retryAfterSeconds());
        Wait locked = new Wait(Duration.ofMinutes(15), true);
        assertFalse(locked.inSeconds());
        assertEquals(15, locked.amount());
        assertEquals(900, locked.retryAfterSeconds());
        Wait almost = new Wait(Duration.ofSeconds(61), false);
        assertEquals(2, almost.amount());
        assertEquals(120, almost.retryAfterSeconds(), "Retry-After agrees with the message");
        assertEquals(1, new Wait(Duration.ofMillis(1), false).seconds());
    }

    @Test
    void theLongerWaitWinsAndALockWinsATie() {
        Optional<Wait> two = Optional.of(new Wait(Duration.ofSeconds(2), false));
        Optional<Wait> lock = Optional.of(new Wait(Duration.ofSeconds(2), true));
        Optional<Wait> four = Optional.of(new Wait(Duration.ofSeconds(4), false));
        assertEquals(four, Wait.longest(two, four));
        assertEquals(four, Wait.longest(four, two));
        assertEquals(lock, Wait.longest(two, lock));
        assertEquals(lock, Wait.longest(lock, two));
        assertEquals(two, Wait.longest(Optional.empty(), two));
        assertEquals(Optional.empty(), Wait.longest(Optional.empty(), Optional.empty()));
    }

    @Test
    void nonsensicalLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(5, 5), "slowing down only at the lock");
        assertThrows(IllegalArgumentException.class, () -> new Limits(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(clock, PAIR, ADDRESS, Duration.ZERO, Duration.ofMinutes(1),
                Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(clock, PAIR, ADDRESS, Duration.ofSeconds(1), Duration.ZERO,
                Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(clock, PAIR, ADDRESS, Duration.ofSeconds(1),
                Duration.ofMinutes(1), Duration.ofMinutes(-1)));
    }

    private Failure fail(Limits limits) {
        Failure failure = throttle.failed(tally, limits);
        tally = Optional.of(failure.tally());
        return failure;
    }
}
