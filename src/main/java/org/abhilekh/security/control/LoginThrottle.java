package org.abhilekh.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed logins per account name and per client address. Too many failures for one account
 * within the window lock that account for a while; too many from one address lock that address,
 * whatever names it tries. A name is counted whether or not such an account exists, so a lock never
 * tells a stranger which names are real. A successful login clears the account's count (not the
 * address's, or an attacker with one account could wash their address clean between guesses).
 * Memory is bounded: the least recently touched names and addresses are forgotten first.
 */
public final class LoginThrottle {

    /** What one failure led to. */
    public enum Outcome {
        COUNTED, LOCKED
    }

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockFor;
    private final Map<String, Tally> accounts;
    private final Map<String, Tally> addresses;

    public LoginThrottle(Clock clock, int maxPerAccount, int maxPerAddress, Duration window, Duration lockFor, int maxTracked) {
        if (maxPerAccount < 1 || maxPerAddress < 1 || window.isNegative() || window.isZero() || lockFor.isNegative()
                || lockFor.isZero() || maxTracked < 1) {
            throw new IllegalArgumentException("Login limits must be positive");
        }
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockFor = lockFor;
        this.accounts = bounded(maxTracked);
        this.addresses = bounded(maxTracked);
    }

    /** How long the account or the address is still locked (the longer of the two), or empty. */
    public synchronized Optional<Duration> lockedFor(String account, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Tally tally : new Tally[] {accounts.get(key(account)), addresses.get(key(address))}) {
            if (tally != null && tally.lockedUntil != null && tally.lockedUntil.isAfter(now)) {
                Duration left = Duration.between(now, tally.lockedUntil);
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failed attempt; answers whether it locked the account or the address. */
    public synchronized Outcome failed(String account, String address) {
        Instant now = clock.instant();
        boolean accountLocked = accounts.computeIfAbsent(key(account), k -> new Tally()).fail(now, maxPerAccount);
        boolean addressLocked = addresses.computeIfAbsent(key(address), k -> new Tally()).fail(now, maxPerAddress);
        return accountLocked || addressLocked ? Outcome.LOCKED : Outcome.COUNTED;
    }

    public synchronized void succeeded(String account) {
        accounts.remove(key(account));
    }

    /** Names are compared without case or surrounding space, so "Admin " counts against "admin". */
    static String key(String value) {
        String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    private static Map<String, Tally> bounded(int maxTracked) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
                return size() > maxTracked;
            }
        };
    }

    private final class Tally {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        /** Answers true when this failure starts a lock. */
        boolean fail(Instant now, int max) {
            if (lockedUntil != null && !lockedUntil.isAfter(now)) {
                lockedUntil = null;
                failures.clear();
            }
            if (lockedUntil != null) {
                return false;
            }
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
                failures.removeFirst();
            }
            failures.addLast(now);
            if (failures.size() >= max) {
                lockedUntil = now.plus(lockFor);
                failures.clear();
                return true;
            }
            return false;
        }
    }
}
