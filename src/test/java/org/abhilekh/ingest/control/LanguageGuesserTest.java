package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
