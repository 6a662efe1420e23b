package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hindi words and the ways people type them in Latin letters meet in one key. */
class RomanKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "मानव, manav", "तस्करी, taskari", "बाल, bal", "श्रम, shram", "लड़कियों, ladkiyon", "लड़की, ladki",
            "लड़कियाँ, ladkiyan", "बच्चे, bachche", "बच्चों, bacchon", "झारखंड, jharkhand", "पुलिस, pulis",
            "मज़दूरी, mazdoori", "मजदूरी, majduri", "पलायन, palayan", "सुरक्षित, surakshit", "प्रशिक्षण, prashikshan",
            "कल्याण, kalyan", "नाबालिग, nabalig", "घरेलू, gharelu", "अधिनियम, adhiniyam", "भट्ठों, bhatta",
            "निगरानी, nigrani", "समिति, samiti", "कोडरमा, kodarma", "खदानों, khadan", "खदान, khadanon"
    })
    void typedSpellingsMeetTheDevanagari(String devanagari, String typed) {
        assertEquals(RomanKey.of(devanagari), RomanKey.of(typed));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"लड़कियों, larkiyon", "लड़की, larki", "लड़की, ladki", "पढ़ाई, parhai", "पढ़ाई, padhai", "बड़े, bade", "बड़े, bare"})
    void theFlappedDIsFoundTypedAsDOrR(String devanagari, String typed) {
        assertTrue(RomanKey.spellings(devanagari).contains(RomanKey.of(typed)), () -> RomanKey.spellings(devanagari) + " for " + typed);
    }

    @Test
    void aWordWithoutTheFlapHasOneSpelling() {
        assertEquals(List.of(RomanKey.of("तस्करी")), RomanKey.spellings("तस्करी"));
        assertEquals(List.of("ladk"), RomanKey.spellings("ladki"));
    }

    @ParameterizedTest
    @CsvSource({"बाल, बेल", "मानव, मान", "पुलिस, पलिस"})
    void differentWordsStayApart(String one, String other) {
        assertNotEquals(RomanKey.of(one), RomanKey.of(other));
    }
}
