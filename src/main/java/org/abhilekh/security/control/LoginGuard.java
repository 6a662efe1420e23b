package org.abhilekh.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.abhilekh.security.entity.AuditAction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login throttle as the application uses it, with its limits from the configuration, writing
 * every failure and lock to the audit trail. Locks live in memory: a restart lifts them, which costs
 * an attacker a restart they cannot cause.
 */
@ApplicationScoped
public class LoginGuard {

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "abhilekh.login.max-failures", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "abhilekh.login.max-failures-per-address", defaultValue = "30")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "abhilekh.login.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "abhilekh.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    private LoginThrottle throttle;

    @PostConstruct
    void configure() {
        throttle = new LoginThrottle(Clock.systemUTC(), maxPerAccount, maxPerAddress, Duration.ofMinutes(windowMinutes),
                Duration.ofMinutes(lockMinutes), 10_000);
    }

    public Optional<Duration> lockedFor(String username, String address) {
        return throttle.lockedFor(username, address);
    }

    /** Counts and records a failed login; answers how long the caller is now locked out, if at all. */
    public Optional<Duration> failed(String username, String address, String how) {
        String tried = username == null ? "" : username;
        audit.record(tried, AuditAction.LOGIN_FAILURE, "user " + tried, how + " from " + address);
        if (throttle.failed(tried, address) == LoginThrottle.Outcome.LOCKED) {
            audit.record(tried, AuditAction.LOGIN_LOCKOUT, "user " + tried,
                    "locked for " + lockMinutes + " minutes after repeated failures from " + address);
        }
        return throttle.lockedFor(tried, address);
    }

    public void succeeded(String username) {
        throttle.succeeded(username);
    }

    /** Whole minutes to wait, rounded up, for the message a person reads. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
