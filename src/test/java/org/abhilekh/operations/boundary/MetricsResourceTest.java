package org.abhilekh.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may scrape without an account: only a caller sending the configured token, and only a long one. */
class MetricsResourceTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    private static MetricsResource configured(String token) {
        MetricsResource resource = new MetricsResource();
        resource.token = Optional.ofNullable(token);
        return resource;
    }

    @Test
    void theConfiguredTokenAsABearerTokenAdmitsTheScraper() {
        assertTrue(configured(TOKEN).holdsToken("Bearer " + TOKEN));
        assertTrue(configured(TOKEN).holdsToken("bearer " + TOKEN));
    }

    @Test
    void anotherTokenNoTokenOrBasicCredentialsDoNot() {
        MetricsResource resource = configured(TOKEN);
        assertFalse(resource.holdsToken(null));
        assertFalse(resource.holdsToken("Bearer "));
        assertFalse(resource.holdsToken("Bearer " + TOKEN.substring(1)));
        assertFalse(resource.holdsToken("Bearer " + TOKEN + "0"));
        assertFalse(resource.holdsToken("Basic " + TOKEN));
    }

    @Test
    void withoutAConfiguredTokenNoBearerIsAdmitted() {
        assertFalse(configured(null).holdsToken("Bearer " + TOKEN));
    }

    @Test
    void aTokenShorterThanTheMinimumIsNeverAccepted() {
        String shortToken = "only-twenty-chars-ok";
        assertFalse(configured(shortToken).holdsToken("Bearer " + shortToken));
    }
}
