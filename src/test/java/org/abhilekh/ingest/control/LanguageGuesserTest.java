package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void tellsHindiEnglishAndMixedTextApart() {
        assertEquals("hi", LanguageGuesser.guess("गुमला से तस्करी की गई बारह लड़कियों को दिल्ली में मुक्त कराया गया। POCSO"));
        assertEquals("en", LanguageGuesser.guess("Children were found working at brick kilns near Pakur. बाल"));
        assertEquals("mixed", LanguageGuesser.guess("Session two covers POCSO and trafficking. थाना स्तर पर बाल कल्याण पुलिस अधिकारी की भूमिका।"));
    }

    @Test
    void tooLittleTextSaysNothing() {
        assertEquals("und", LanguageGuesser.guess(""));
        assertEquals("und", LanguageGuesser.guess("12345 ,.;: 2024-06-14"));
        assertEquals("und", LanguageGuesser.guess("Page 5"));
    }

    @Test
    void hindiInAKrutiDevFontIsRecognisedByItsCommonestWords() {
        // भारत सरकार ने कहा कि बच्चों को स्कूल भेजना ज़रूरी है और यह सरकार का दायित्व है।
        String krutiDev = "Hkkjr ljdkj us dgk fd cPpksa dks Ldwy Hkstuk t:jh gS vkSj ;g ljdkj dk nkf;Ro gSA";
        assertTrue(LanguageGuesser.lacksDevanagari(krutiDev));
        assertTrue(LanguageGuesser.looksLikeLegacyHindiFont(krutiDev));
        assertEquals("en", LanguageGuesser.guess(krutiDev), "by script alone it is Latin text");
    }

    @Test
    void englishAndRealHindiAreNotTakenForALegacyFont() {
        assertFalse(LanguageGuesser.looksLikeLegacyHindiFont("The district task force said it would visit every brick kiln"
                + " in Pakur and Dumka before the season ends, and the US delegation agreed."));
        String hindi = "भारत सरकार ने कहा कि बच्चों को स्कूल भेजना ज़रूरी है और यह सरकार का दायित्व है।";
        assertFalse(LanguageGuesser.lacksDevanagari(hindi));
        assertFalse(LanguageGuesser.looksLikeLegacyHindiFont(hindi));
        assertFalse(LanguageGuesser.lacksDevanagari("Page 5"), "too little text to judge");
    }

    @Test
    void legacyFontWordsCountWithClosingPunctuationAndTheDandaAcrossAnyWhitespace() {
        // The words end in quotes, stops and the danda (a capital A); tabs and line breaks part them.
        String krutiDev = "Hkkjr\tljdkj.\n\nus dgk fd cPpksa \"dks\" Ldwy\r\nHkstuk t:jh gSA vkSj ;g ljdkj) dk nkf;Ro gSA";
        assertTrue(LanguageGuesser.looksLikeLegacyHindiFont(krutiDev));
        assertFalse(LanguageGuesser.looksLikeLegacyHindiFont("dkA ds. dh. and then a long English sentence follows here without"
                + " any more such words in it, as a report about brick kilns in Pakur and Dumka would read, with many more words"
                + " than the three short ones at its start, so that their share stays below one in twenty of all the words here,"
                + " which the rule asks for before it takes a text for Hindi typed in a legacy font, and this one is not."));
    }
}
