package org.abhilekh.security.control;

import java.security.SecureRandom;

/**
 * Passwords an administrator hands over once (the first administrator's, a new colleague's, a reset):
 * 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I), about 116 bits.
 */
public final class OneTimePassword {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    public static String generate() {
        StringBuilder result = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            result.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return result.toString();
    }
}
