package org.abhilekh.blog.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTokenTest {

    private static final Instant SERVED = Instant.parse("2026-11-28T10:00:00Z");
    private final FormToken tokens = new FormToken("a key of thirty-two bytes, really".getBytes(StandardCharsets.UTF_8));

    @Test
    void aFormSentBackAfterTheMinimumTimeIsHuman() {
        String token = tokens.issue(SERVED);
        assertFalse(tokens.isHumanPaced(token, SERVED.plusMillis(2_999), Duration.ofSeconds(3)));
        assertTrue(tokens.isHumanPaced(token, SERVED.plusSeconds(3), Duration.ofSeconds(3)));
        assertFalse(tokens.isHumanPaced(token, SERVED.plus(Duration.ofDays(2)), Duration.ofSeconds(3)), "stale");
    }

    @Test
    void aForgedOrMissingTimeIsRefused() {
        String token = tokens.issue(SERVED);
        String forged = SERVED.minusSeconds(60).toEpochMilli() + token.substring(token.indexOf('.'));
        assertFalse(tokens.isHumanPaced(forged, SERVED.plusSeconds(1), Duration.ofSeconds(3)));
        assertFalse(tokens.isHumanPaced(null, SERVED, Duration.ZERO));
        assertFalse(tokens.isHumanPaced("garbage", SERVED, Duration.ZERO));
        assertFalse(new FormToken(new byte[32]).isHumanPaced(token, SERVED.plusSeconds(10), Duration.ofSeconds(3)), "another key");
    }
}
