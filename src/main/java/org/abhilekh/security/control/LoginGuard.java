package org.abhilekh.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.abhilekh.platform.control.Tallies;
import org.abhilekh.platform.entity.Tally;
import org.abhilekh.platform.entity.TallyChange;
import org.abhilekh.security.control.LoginThrottle.Failure;
import org.abhilekh.security.control.LoginThrottle.Limits;
import org.abhilekh.security.control.LoginThrottle.Wait;
import org.abhilekh.security.entity.AuditAction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login throttle as the application uses it: limits from the configuration, tallies in the database
 * (shared by every instance, kept across restarts), and every failure, slow-down refusal and lock written
 * to the audit trail and the log with the name tried and the client address, never the password.
 *
 * <p>Known and unknown names take exactly the same path here (the same reads, writes and audit entries);
 * only the password check itself, elsewhere, looks the name up, and it costs one hash either way.
 */
@ApplicationScoped
public class LoginGuard {

    /** Whether an attempt may go ahead; if not, how long it must wait. */
    public record Admission(Optional<Wait> refusal, boolean pairHasFailures) {
        public boolean admitted() {
            return refusal.isEmpty();
        }
    }

    private static final Logger LOG = Logger.getLogger(LoginGuard.class.getName());

    @Inject
    AuditTrail audit;

    @Inject
    Tallies tallies;

    @Inject
    @ConfigProperty(name = "abhilekh.login.max-failures", defaultValue = "5")
    int maxPerPair;

    @Inject
    @ConfigProperty(name = "abhilekh.login.max-failures-per-address", defaultValue = "30")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "abhilekh.login.slow-down-after", defaultValue = "2")
    int slowDownAfter;

    @Inject
    @ConfigProperty(name = "abhilekh.login.slow-down-after-per-address", defaultValue = "10")
    int slowDownAfterPerAddress;

    @Inject
    @ConfigProperty(name = "abhilekh.login.slow-down-seconds", defaultValue = "2")
    int slowDownSeconds;

    @Inject
    @ConfigProperty(name = "abhilekh.login.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "abhilekh.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    Clock clock = Clock.systemUTC();

    private LoginThrottle throttle;

    @PostConstruct
    void configure() {
        throttle = new LoginThrottle(clock, new Limits(slowDownAfter, maxPerPair),
                new Limits(slowDownAfterPerAddress, maxPerAddress), Duration.ofSeconds(slowDownSeconds),
                Duration.ofMinutes(windowMinutes), Duration.ofMinutes(lockMinutes));
    }

    /**
     * Asks before any password is checked. A locked pair or address is refused quietly (the lock was
     * audited when it began). During a slow-down the attempt is refused unchecked, audited, and counted as
     * a failure of whatever made it wait, which may start a lock.
     */
    public Admission admit(String username, String address, String how) {
        String tried = username == null ? "" : username;
        String pairKey = LoginThrottle.pairKey(tried, address);
        String addressKey = LoginThrottle.addressKey(address);
        Map<String, Tally> stored = tallies.read(pairKey, addressKey);
        Optional<Tally> pair = Optional.ofNullable(stored.get(pairKey));
        Optional<Wait> pairWait = throttle.waitOf(pair, throttle.perPair());
        Optional<Wait> addressWait = throttle.waitOf(Optional.ofNullable(stored.get(addressKey)), throttle.perAddress());
        Optional<Wait> wait = Wait.longest(pairWait, addressWait);
        if (wait.isEmpty()) {
            return new Admission(Optional.empty(), throttle.counts(pair));
        }
        if (pairWait.filter(Wait::locked).isPresent() || addressWait.filter(Wait::locked).isPresent()) {
            LOG.fine(() -> "Login refused while locked: user '" + printable(tried) + "' from " + address + " (" + how + ")");
            return new Admission(wait, true);
        }
        audit.record(tried, AuditAction.LOGIN_THROTTLED, "user " + tried,
                how + " from " + address + ": refused unchecked, " + (pairWait.isPresent() ? "this name from this address" : "this address")
                        + " must wait " + wait.get().seconds() + " s");
        LOG.info(() -> "Login refused unchecked during a slow-down: user '" + printable(tried) + "' from " + address + " (" + how + ")");
        Optional<Wait> now = Optional.empty();
        if (pairWait.isPresent()) {
            now = Wait.longest(now, count(tried, address, pairKey, throttle.perPair(), true));
        }
        if (addressWait.isPresent()) {
            now = Wait.longest(now, count(tried, address, addressKey, throttle.perAddress(), false));
        }
        return new Admission(now.or(() -> wait), true);
    }

    /** Counts and records a password that did not match; answers how long the next attempt must wait, if at all. */
    public Optional<Wait> failed(String username, String address, String how) {
        String tried = username == null ? "" : username;
        audit.record(tried, AuditAction.LOGIN_FAILURE, "user " + tried, how + " from " + address);
        LOG.info(() -> "Login failed: user '" + printable(tried) + "' from " + address + " (" + how + ")");
        Optional<Wait> pair = count(tried, address, LoginThrottle.pairKey(tried, address), throttle.perPair(), true);
        Optional<Wait> ofAddress = count(tried, address, LoginThrottle.addressKey(address), throttle.perAddress(), false);
        return Wait.longest(pair, ofAddress);
    }

    /** A successful login clears its pair's failures (never the address's: one account must not wash an address clean). */
    public void succeeded(String username, String address, Admission admission) {
        if (admission.pairHasFailures()) {
            tallies.forget(LoginThrottle.pairKey(username == null ? "" : username, address));
        }
    }

    private Optional<Wait> count(String tried, String address, String key, Limits limits, boolean pair) {
        Failure failure = tallies.change(key, stored -> {
            Failure result = throttle.failed(stored, limits);
            return new TallyChange<>(result.tally(), result);
        });
        if (failure.startedLock()) {
            String whose = pair ? "this name from " + address : "the address " + address + ", whatever name";
            audit.record(tried, AuditAction.LOGIN_LOCKOUT, "user " + tried, "locked " + whose + " for " + lockMinutes
                    + " minutes after " + failure.tally().hits() + " failures");
            LOG.warning(() -> "Login locked for " + lockMinutes + " minutes: " + (pair ? "user '" + printable(tried) + "' from " + address
                    : "address " + address + " (last tried user '" + printable(tried) + "')") + " after " + failure.tally().hits() + " failures");
        }
        return failure.waitAfter();
    }

    /** A name as typed, safe for one log line. */
    static String printable(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints().limit(100).forEach(c -> safe.appendCodePoint(Character.isISOControl(c) || c == '\'' ? '?' : c));
        return safe.toString();
    }
}
