package org.abhilekh.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes that a user name and password were verified. A program calling the API
 * with HTTP Basic sends its password with every request; without this, each call would pay the
 * deliberately slow password hash (about a third of a second of CPU), and an import of a thousand
 * files would spend most of its time proving the same password again.
 *
 * <p>It holds no password: only an HMAC of name and password under a key that exists in this process's
 * memory alone, and the stored hash the password was checked against, so a password change ends the
 * remembrance at once. Only successes are remembered; a wrong password always takes the slow path.
 */
public final class VerifiedPasswords {

    private record Remembered(String storedHash, Instant until) {
    }

    private final byte[] key = new byte[32];
    private final Duration lifetime;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public VerifiedPasswords(Duration lifetime, int capacity, Clock clock) {
        new SecureRandom().nextBytes(key);
        this.lifetime = lifetime;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** True if this pair was verified against exactly this stored hash within the lifetime. */
    public boolean isVerified(String username, char[] password, String storedHash) {
        Remembered entry = remembered.get(fingerprint(username, password));
        return entry != null && entry.storedHash().equals(storedHash) && clock.instant().isBefore(entry.until());
    }

    /** Notes a successful check of the slow hash. */
    public void remember(String username, char[] password, String storedHash) {
        if (remembered.size() >= capacity) {
            Instant now = clock.instant();
            remembered.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (remembered.size() >= capacity) {
                remembered.clear();
            }
        }
        remembered.put(fingerprint(username, password), new Remembered(storedHash, clock.instant().plus(lifetime)));
    }

    int size() {
        return remembered.size();
    }

    private String fingerprint(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
