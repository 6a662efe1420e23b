package org.abhilekh.presskit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EmbargoTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant LATER = Instant.parse("2027-06-12T04:30:00Z");

    @Test
    void anEmbargoHoldsUntilItsInstantAndNotAfter() {
        assertFalse(Embargo.holds(null, NOW));
        assertTrue(Embargo.holds(LATER, NOW));
        assertFalse(Embargo.holds(LATER, LATER), "at the embargo time the kit is public");
        assertFalse(Embargo.holds(NOW, LATER));
    }

    @Test
    void beforeTheEmbargoOnlyStaffAndTheRightTokenOpenTheKit() {
        String token = Embargo.newPreviewToken();
        assertFalse(Embargo.mayOpen(true, LATER, NOW, false, token, null));
        assertFalse(Embargo.mayOpen(true, LATER, NOW, false, token, ""));
        assertFalse(Embargo.mayOpen(true, LATER, NOW, false, token, token.substring(1)));
        assertFalse(Embargo.mayOpen(true, LATER, NOW, false, token, Embargo.newPreviewToken()));
        assertTrue(Embargo.mayOpen(true, LATER, NOW, false, token, token));
        assertTrue(Embargo.mayOpen(true, LATER, NOW, true, token, null));
        assertTrue(Embargo.mayOpen(true, null, NOW, false, token, null));
        assertTrue(Embargo.mayOpen(true, NOW, LATER, false, token, null), "after the embargo everyone may open it");
    }

    @Test
    void aDraftOpensForStaffAloneWhateverItsEmbargoAndToken() {
        String token = Embargo.newPreviewToken();
        assertFalse(Embargo.mayOpen(false, null, NOW, false, token, null));
        assertFalse(Embargo.mayOpen(false, LATER, NOW, false, token, token), "the preview link opens only a published kit");
        assertFalse(Embargo.mayOpen(false, NOW, LATER, false, token, null), "nor does a passed embargo publish a draft");
        assertTrue(Embargo.mayOpen(false, LATER, NOW, true, token, null));
        assertFalse(Embargo.listed(false, null, NOW));
        assertFalse(Embargo.listed(true, LATER, NOW));
        assertTrue(Embargo.listed(true, null, NOW));
        assertTrue(Embargo.listed(true, NOW, LATER));
    }

    @Test
    void previewTokensAre32RandomBytesInBase64Url() {
        String token = Embargo.newPreviewToken();
        assertEquals(43, token.length());
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(token.matches("[A-Za-z0-9_-]+"));
        assertNotEquals(token, Embargo.newPreviewToken());
    }
}
