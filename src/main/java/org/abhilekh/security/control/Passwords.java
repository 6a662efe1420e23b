package org.abhilekh.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes by Jakarta Security's own {@link Pbkdf2PasswordHash}, configured as before: PBKDF2 with
 * HMAC-SHA256 at 600,000 iterations (OWASP's 2023 figure), a 16-byte random salt and a 32-byte key. Its stored
 * form, {@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>} in Base64, names algorithm and iterations, so a later
 * increase still verifies older hashes ({@link #needsRehash} says which to replace). Hashes in the format written
 * before ({@code pbkdf2-sha256$...}) still verify, through {@link LegacyPasswordHash}, until their next login
 * replaces them.
 */
@ApplicationScoped
public class Passwords {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");
    private static final String CURRENT = ALGORITHM + ":" + ITERATIONS + ":";

    private Pbkdf2PasswordHash pbkdf2;

    protected Passwords() {
    }

    @Inject
    public Passwords(Pbkdf2PasswordHash pbkdf2) {
        pbkdf2.initialize(PARAMETERS);
        this.pbkdf2 = pbkdf2;
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /** Whether the password matches the stored hash, in either format; false for anything unreadable. */
    public boolean verify(char[] password, String stored) {
        if (stored == null || stored.isEmpty()) {
            return false;
        }
        if (LegacyPasswordHash.isLegacy(stored)) {
            return LegacyPasswordHash.verify(password, stored);
        }
        try {
            return pbkdf2.verify(password, stored);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A stored hash that verified but is not in today's format and strength, so the next login replaces it. */
    public boolean needsRehash(String stored) {
        return stored != null && !stored.startsWith(CURRENT);
    }

    /** Spends the same time as a real check, so an unknown user name is not faster to reject than a known one. */
    public void burn(char[] password) {
        pbkdf2.generate(password);
    }
}
