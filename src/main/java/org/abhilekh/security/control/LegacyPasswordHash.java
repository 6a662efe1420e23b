package org.abhilekh.security.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The hashes written before {@link Passwords} used Jakarta Security's {@code Pbkdf2PasswordHash}:
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} in Base64, PBKDF2 with HMAC-SHA256 and a 32-byte key. They are
 * only verified, once each: a login that passes with one replaces it with the new format. Kept by hand because
 * no library reads this format; it can go once no stored hash starts with {@code pbkdf2-sha256$}.
 */
final class LegacyPasswordHash {

    private static final String PREFIX = "pbkdf2-sha256$";
    private static final int KEY_BITS = 256;

    private LegacyPasswordHash() {
    }

    static boolean isLegacy(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    static boolean verify(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !isLegacy(stored)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
