package org.abhilekh.presskit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * Who may see a kit, and the preview tokens that open an embargoed one early. A draft is for staff alone, token or
 * not: the token reaches people outside the organisation, so it opens only what an editor published. A token is 32 random
 * bytes (256 bits) in base64url, so it cannot be guessed; it is compared in constant time so the
 * comparison does not leak how much of a guess was right.
 */
public final class Embargo {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Embargo() {
    }

    public static String newPreviewToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the embargo still holds at {@code now}; a kit without one is never embargoed. */
    public static boolean holds(Instant embargoUntil, Instant now) {
        return embargoUntil != null && now.isBefore(embargoUntil);
    }

    /** Whether the public lists a kit: published, and its embargo (if any) passed. */
    public static boolean listed(boolean published, Instant embargoUntil, Instant now) {
        return published && !holds(embargoUntil, now);
    }

    /** Staff always see a kit; others a published one once the embargo has passed, or early with its own preview token. */
    public static boolean mayOpen(boolean published, Instant embargoUntil, Instant now, boolean staff, String kitToken, String givenToken) {
        return staff || published && (!holds(embargoUntil, now) || tokenMatches(kitToken, givenToken));
    }

    static boolean tokenMatches(String kitToken, String givenToken) {
        if (kitToken == null || givenToken == null || givenToken.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(kitToken.getBytes(StandardCharsets.US_ASCII), givenToken.getBytes(StandardCharsets.US_ASCII));
    }
}
