package org.abhilekh.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.abhilekh.platform.control.Tallies;
import org.abhilekh.platform.entity.Tally;
import org.abhilekh.platform.entity.TallyChange;
import org.abhilekh.security.control.LoginGuard.Admission;
import org.abhilekh.security.control.LoginThrottle.Wait;
import org.abhilekh.security.entity.AuditAction;
import org.junit.jupiter.api.Test;

/**
 * The guard's decisions with its tallies in a map and its audit trail in a list: what the database and
 * the trail would hold, without a container.
 */
class LoginGuardTest {

    private static final String A = "203.0.113.7";
    private static final String B = "198.51.100.9";

    private record Entry(String actor, AuditAction action, String target, String details) {
    }

    private final HandClock clock = new HandClock();
    private final Map<String, Tally> stored = new LinkedHashMap<>();
    private final List<Entry> trail = new ArrayList<>();
    private final LoginGuard guard = guard();

    @Test
    void aStrangersFailuresFromOneAddressLockTheAdministratorOutThereOnly() {
        assertEquals(List.of(Optional.<Duration>empty(), Optional.<Duration>empty(), Optional.of(Duration.ofSeconds(2)),
                Optional.of(Duration.ofSeconds(4)), Optional.of(Duration.ofMinutes(15))), hammer("admin", A, 5));
        Admission fromA = guard.admit("admin", A, "HTTP Basic");
        assertEquals(Optional.of(new Wait(Duration.ofMinutes(15), true)), fromA.refusal(), "even the right password waits at A");
        Admission fromB = guard.admit("admin", B, "HTTP Basic");
        assertTrue(fromB.admitted(), "the administrator logs in from anywhere else");
        assertFalse(fromB.pairHasFailures());
        assertTrue(guard.admit("meera", A, "login page").admitted(), "other names from A are not locked by admin's pair");
    }

    @Test
    void anAttemptDuringASlowDownIsRefusedUncheckedAuditedAndCounted() {
        failures("admin", A, 3);
        trail.clear();
        Admission refused = guard.admit("admin", A, "HTTP Basic");
        assertEquals(Optional.of(new Wait(Duration.ofSeconds(4), false)), refused.refusal(), "counted as the fourth failure");
        assertEquals(List.of(new Entry("admin", AuditAction.LOGIN_THROTTLED, "user admin",
                "HTTP Basic from " + A + ": refused unchecked, this name from this address must wait 2 s")), trail);
        assertEquals(4, stored.get(LoginThrottle.pairKey("admin", A)).hits());
        assertEquals(3, stored.get(LoginThrottle.addressKey(A)).hits(), "the address was not waiting: not counted there");

        trail.clear();
        Admission locking = guard.admit("admin", A, "HTTP Basic");
        assertEquals(Optional.of(new Wait(Duration.ofMinutes(15), true)), locking.refusal());
        assertEquals(List.of(AuditAction.LOGIN_THROTTLED, AuditAction.LOGIN_LOCKOUT), actions());
        assertEquals("locked this name from " + A + " for 15 minutes after 5 failures", trail.get(1).details());

        trail.clear();
        for (int i = 0; i < 100; i++) {
            assertFalse(guard.admit("admin", A, "HTTP Basic").admitted());
        }
        assertEquals(List.of(), trail, "refusals during a lock fill neither the trail nor the table");
        assertEquals(5, stored.get(LoginThrottle.pairKey("admin", A)).hits());
    }

    @Test
    void everyCheckedFailureIsAuditedWithNameAndAddress() {
        guard.failed("Meera", A, "login page");
        assertEquals(List.of(new Entry("Meera", AuditAction.LOGIN_FAILURE, "user Meera", "login page from " + A)), trail);
        guard.failed(null, A, "HTTP Basic");
        assertEquals(new Entry("", AuditAction.LOGIN_FAILURE, "user ", "HTTP Basic from " + A), trail.get(1));
    }

    @Test
    void oneAddressSprayingManyNamesIsSlowedThenLockedButOnlyThere() {
        int name = 0;
        for (; name < 10; name++) {
            assertEquals(Optional.empty(), guard.failed("user" + name, A, "HTTP Basic"), "one failure each, ten for the address");
        }
        assertEquals(Optional.of(new Wait(Duration.ofSeconds(2), false)), guard.failed("user" + name++, A, "HTTP Basic"));
        Admission fresh = guard.admit("someone-new", A, "HTTP Basic");
        assertEquals(Optional.of(new Wait(Duration.ofSeconds(4), false)), fresh.refusal(),
                "a name never tried waits too, and the attempt counts for the address");
        assertEquals("HTTP Basic from " + A + ": refused unchecked, this address must wait 2 s", trail.getLast().details());
        assertFalse(stored.containsKey(LoginThrottle.pairKey("someone-new", A)), "its pair was not the one waiting");
        while (stored.get(LoginThrottle.addressKey(A)).hits() < 30) {
            Tally address = stored.get(LoginThrottle.addressKey(A));
            clock.advance(Duration.between(clock.instant(), address.blockedUntil()));
            assertTrue(guard.admit("user" + name, A, "HTTP Basic").admitted(), "a patient sprayer waits out each slow-down");
            guard.failed("user" + name++, A, "HTTP Basic");
        }
        assertEquals(Optional.of(new Wait(Duration.ofMinutes(15), true)), guard.admit("admin", A, "HTTP Basic").refusal());
        assertEquals("locked the address " + A + ", whatever name for 15 minutes after 30 failures",
                trail.stream().filter(e -> e.action() == AuditAction.LOGIN_LOCKOUT).findFirst().orElseThrow().details());
        assertTrue(guard.admit("admin", B, "HTTP Basic").admitted(), "the address lock never reaches another address");
        assertTrue(guard.admit("user3", B, "HTTP Basic").admitted());
    }

    @Test
    void aSuccessClearsItsPairButNotTheAddress() {
        failures("admin", A, 2);
        Admission admission = guard.admit("admin", A, "login page");
        assertTrue(admission.admitted());
        assertTrue(admission.pairHasFailures());
        guard.succeeded("admin", A, admission);
        assertFalse(stored.containsKey(LoginThrottle.pairKey("admin", A)));
        assertEquals(2, stored.get(LoginThrottle.addressKey(A)).hits(), "one valid account does not wash the address clean");
        assertEquals(Optional.empty(), guard.failed("admin", A, "login page"), "the pair starts again from nothing");
    }

    @Test
    void aSuccessWithoutEarlierFailuresWritesNothing() {
        Admission admission = guard.admit("admin", A, "HTTP Basic");
        guard.succeeded("admin", A, admission);
        assertEquals(Map.of(), stored);
    }

    @Test
    void theWindowAndTheLockEndOnTheirOwn() {
        hammer("admin", A, 5);
        clock.advance(Duration.ofMinutes(15));
        Admission after = guard.admit("admin", A, "HTTP Basic");
        assertTrue(after.admitted(), "a lock ends after fifteen minutes, restart or not: it is stored");
        assertFalse(after.pairHasFailures(), "and its count with it");
    }

    @Test
    void aKnownAndAnUnknownNameGetTheSameAnswersAndTheSameTrail() {
        List<Object> known = transcript("admin", A);
        List<Object> unknown = transcript("no-such-person", B);
        assertEquals(known.size(), unknown.size());
        assertEquals(known.toString().replace("admin", "NAME").replace(A, "ADDRESS"),
                unknown.toString().replace("no-such-person", "NAME").replace(B, "ADDRESS"));
    }

    /** Everything the guard answers and audits for six wrong passwords in a row and one more try. */
    private List<Object> transcript(String name, String address) {
        trail.clear();
        List<Object> seen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Admission admission = guard.admit(name, address, "login page");
            seen.add(admission);
            if (admission.admitted()) {
                seen.add(guard.failed(name, address, "login page"));
            }
        }
        seen.addAll(trail);
        return seen;
    }

    /** Attempts with a wrong password, as fast as a script sends them; answers each one's wait. */
    private List<Optional<Duration>> hammer(String name, String address, int attempts) {
        List<Optional<Duration>> waits = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Admission admission = guard.admit(name, address, "HTTP Basic");
            Optional<Wait> wait = admission.admitted() ? guard.failed(name, address, "HTTP Basic") : admission.refusal();
            waits.add(wait.map(Wait::left));
        }
        return waits;
    }

    private void failures(String name, String address, int count) {
        for (int i = 0; i < count; i++) {
            guard.failed(name, address, "HTTP Basic");
        }
    }

    private List<AuditAction> actions() {
        return trail.stream().map(Entry::action).toList();
    }

    private LoginGuard guard() {
        LoginGuard guard = new LoginGuard();
        guard.tallies = new Tallies() {
            @Override
            public Map<String, Tally> read(String... keys) {
                Map<String, Tally> found = new LinkedHashMap<>();
                for (String key : keys) {
                    if (stored.containsKey(key)) {
                        found.put(key, stored.get(key));
                    }
                }
                return found;
            }

            @Override
            public <R> R change(String key, Function<Optional<Tally>, TallyChange<R>> decide) {
                TallyChange<R> change = decide.apply(Optional.ofNullable(stored.get(key)));
                if (change.tally() == null) {
                    stored.remove(key);
                } else {
                    stored.put(key, change.tally());
                }
                return change.answer();
            }

            @Override
            public void forget(String key) {
                stored.remove(key);
            }
        };
        guard.audit = new AuditTrail() {
            @Override
            public void record(String actor, AuditAction action, String target, String details) {
                trail.add(new Entry(actor, action, target, details));
            }
        };
        guard.maxPerPair = 5;
        guard.maxPerAddress = 30;
        guard.slowDownAfter = 2;
        guard.slowDownAfterPerAddress = 10;
        guard.slowDownSeconds = 2;
        guard.windowMinutes = 15;
        guard.lockMinutes = 15;
        guard.clock = clock;
        guard.configure();
        return guard;
    }
}
