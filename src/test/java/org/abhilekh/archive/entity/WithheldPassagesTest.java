package org.abhilekh.archive.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WithheldPassagesTest {

    @Test
    void aPassageIsWithheldWhereverItOccursWhateverItsCaseAndLineBreaks() {
        WithheldPassages withheld = WithheldPassages.of(List.of("Sunita Kumari"));
        assertEquals("█████, 14, and █████ again; █████.",
                withheld.redact("Sunita Kumari, 14, and SUNITA KUMARI again; Sunita\n  Kumari."));
    }

    @Test
    void onlyWholeWordsAreWithheld() {
        WithheldPassages withheld = WithheldPassages.of(List.of("Ravi"));
        assertEquals("█████'s brother Ravindra met █████.", withheld.redact("Ravi's brother Ravindra met Ravi."));
    }

    @Test
    void hindiNamesEndWithTheirVowelSigns() {
        WithheldPassages withheld = WithheldPassages.of(List.of("पूजा"));
        assertEquals("नाबालिग █████ (15 वर्ष) पूजाघर में नहीं थी", withheld.redact("नाबालिग पूजा (15 वर्ष) पूजाघर में नहीं थी"));
        WithheldPassages sign = WithheldPassages.of(List.of("रवि"));
        assertEquals("रविवार को █████ आया", sign.redact("रविवार को रवि आया"), "a word ending in a vowel sign is not cut inside a longer one");
    }

    @Test
    void aPassageWithASignAtItsEdgeMayTouchAWord() {
        WithheldPassages withheld = WithheldPassages.of(List.of("(15)", "+91 98765 43210"));
        assertEquals("Pooja█████ called █████.", withheld.redact("Pooja(15) called +91 98765\n43210."));
    }

    @Test
    void theLongerOfTwoOverlappingPassagesWins() {
        WithheldPassages withheld = WithheldPassages.of(List.of("Sunita", "Sunita Kumari Oraon"));
        assertEquals("█████ and █████", withheld.redact("Sunita Kumari Oraon and Sunita"));
    }

    @Test
    void passagesAreTidiedAndKeptOnceAndSurviveTheDatabase() {
        WithheldPassages withheld = WithheldPassages.of(List.of("  Sunita   Kumari ", "sunita kumari", "9876543210"));
        assertEquals(List.of("Sunita Kumari", "9876543210"), withheld.passages());
        assertEquals(withheld, WithheldPassages.stored(withheld.toStored()));
        assertTrue(WithheldPassages.stored(null).isEmpty());
        assertEquals(null, WithheldPassages.NONE.toStored());
        assertEquals("text stays", WithheldPassages.NONE.redact("text stays"));
    }

    @Test
    void tooShortTooLongOrTooManyPassagesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WithheldPassages.of(List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> WithheldPassages.of(List.of(" ")));
        assertThrows(IllegalArgumentException.class, () -> WithheldPassages.of(List.of("x".repeat(WithheldPassages.MAX_LENGTH + 1))));
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i <= WithheldPassages.MAX_PASSAGES; i++) {
            many.add("name" + i);
        }
        assertThrows(IllegalArgumentException.class, () -> WithheldPassages.of(many));
        assertEquals(WithheldPassages.MAX_PASSAGES, WithheldPassages.of(many.subList(0, WithheldPassages.MAX_PASSAGES)).passages().size());
        assertTrue(WithheldPassages.of(Collections.nCopies(3, "Ravi")).passages().size() == 1);
    }

    @Test
    void staffSeeTheTextInRunsThatSayWhatIsWithheld() {
        WithheldPassages withheld = WithheldPassages.of(List.of("Ravi"));
        assertEquals(List.of(new WithheldPassages.Run("Met ", false), new WithheldPassages.Run("ravi", true),
                new WithheldPassages.Run(" at school.", false)), withheld.runs("Met ravi at school."));
        assertTrue(withheld.occursIn("Met RAVI."));
        assertFalse(withheld.occursIn("Ravindra"));
    }
}
