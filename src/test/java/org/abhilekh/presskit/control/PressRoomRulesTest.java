package org.abhilekh.presskit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.presskit.entity.Bilingual;
import org.abhilekh.presskit.entity.MediaContact;
import org.abhilekh.presskit.entity.PressRoomContent;
import org.junit.jupiter.api.Test;

class PressRoomRulesTest {

    private static final MediaContact ANJALI = new MediaContact("Anjali Tirkey", new Bilingual("Media", "मीडिया"), "media@jcrf.example",
            "+91 651 200 0123");

    @Test
    void textsAreStrippedAndAnEmptyHindiTextFallsBackToTheEnglishOne() {
        PressRoomContent content = PressRoomRules.checked(new Bilingual("  We work in Jharkhand. ", "  "), new Bilingual("Call 1098.", null),
                List.of(ANJALI));
        assertEquals(new Bilingual("We work in Jharkhand.", null), content.about());
        assertEquals("We work in Jharkhand.", content.about().in("hi"), "a Hindi reader gets the English text");
        assertEquals("en", content.about().languageFor("hi"));
        assertEquals("मीडिया", ANJALI.role().in("hi"));
        assertEquals("Media", ANJALI.role().in("en"));
    }

    @Test
    void anEnglishTextIsRequired() {
        BadInputException refused = assertThrows(BadInputException.class,
                () -> PressRoomRules.checked(new Bilingual("", "हिन्दी"), new Bilingual("Call 1098.", null), List.of()));
        assertTrue(refused.getMessage().contains("English"), refused.getMessage());
    }

    @Test
    void aContactNeedsANameARoleAndAWayToReachThem() {
        Bilingual about = new Bilingual("About.", null);
        Bilingual helpline = new Bilingual("Call 1098.", null);
        assertThrows(BadInputException.class, () -> PressRoomRules.checked(about, helpline,
                List.of(new MediaContact("", new Bilingual("Media", null), "a@b.example", null))));
        assertThrows(BadInputException.class, () -> PressRoomRules.checked(about, helpline,
                List.of(new MediaContact("Anjali", new Bilingual("Media", null), null, null))));
        assertThrows(BadInputException.class, () -> PressRoomRules.checked(about, helpline,
                Collections.nCopies(PressRoomRules.MAX_CONTACTS + 1, ANJALI)));
    }

    @Test
    void addressesAndNumbersThatWouldBreakOutOfALinkAreRefused() {
        Bilingual about = new Bilingual("About.", null);
        Bilingual helpline = new Bilingual("Call 1098.", null);
        for (String email : List.of("a\"@b.example", "<script>@b.example", "a@b", "javascript:alert(1)", "a b@c.example")) {
            assertThrows(BadInputException.class, () -> PressRoomRules.checked(about, helpline,
                    List.of(new MediaContact("Anjali", new Bilingual("Media", null), email, null))), email);
        }
        for (String phone : List.of("+91\"><b>", "call me", "12")) {
            assertThrows(BadInputException.class, () -> PressRoomRules.checked(about, helpline,
                    List.of(new MediaContact("Anjali", new Bilingual("Media", null), null, phone))), phone);
        }
        assertEquals("tel:+916512000123", ANJALI.telephoneUri());
        assertEquals("hi", new MediaContact("रमेश महतो", new Bilingual("Hindi media", null), null, "0651 200").nameLanguage());
    }

    @Test
    void theTrailSaysWhatChangedOldAndNew() {
        PressRoomContent before = new PressRoomContent(4, new Bilingual("Old.", null), new Bilingual("Call 1098.", null), List.of(ANJALI));
        PressRoomContent after = new PressRoomContent(5, new Bilingual("New.", "नया।"), new Bilingual("Call 1098.", null), List.of());
        assertEquals("about (en): \"Old.\" -> \"New.\"; about (hi): \"\" -> \"नया।\"; contacts [Anjali Tirkey (Media, media@jcrf.example, "
                + "+91 651 200 0123)] -> []", PressRoomRules.changes(before, after));
        assertEquals("", PressRoomRules.changes(before, before));
    }
}
