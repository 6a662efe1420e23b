package org.abhilekh.blog.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A signed "this form was served at" stamp. A form sent back sooner than a person can type is a
 * script; the signature stops the script from simply claiming an earlier time.
 */
public final class FormToken {

    private final byte[] key;

    public FormToken(byte[] key) {
        this.key = key.clone();
    }

    public String issue(Instant now) {
        String stamp = Long.toString(now.toEpochMilli());
        return stamp + "." + sign(stamp);
    }

    /** True when the token is ours and at least {@code minimum} (and at most a day) old. */
    public boolean isHumanPaced(String token, Instant now, Duration minimum) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        String stamp = token.substring(0, dot);
        if (!MessageDigest.isEqual(sign(stamp).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        long served;
        try {
            served = Long.parseLong(stamp);
        } catch (NumberFormatException e) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochMilli(served), now);
        return age.compareTo(minimum) >= 0 && age.compareTo(Duration.ofDays(1)) <= 0;
    }

    private String sign(String stamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(stamp.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
