package org.abhilekh.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Which spellings of an outlet's name are taken to be the same name. */
class OutletNamesTest {

    @Test
    void caseSpacesAndUnicodeFormsDoNotMakeANewOutlet() {
        assertEquals("prabhat khabar", OutletNames.key("Prabhat Khabar"));
        assertEquals("prabhat khabar", OutletNames.key("  prabhat   khabar "));
        assertEquals("prabhat khabar", OutletNames.key("PRABHAT\tKHABAR\n"));
        assertEquals("prabhat khabar", OutletNames.key("Prabhat\u00a0Khabar"), "a no-break space is a space");
        assertEquals("prabhat khabar", OutletNames.key("Pra\u200bbhat Khabar"), "an invisible character is dropped");
        assertEquals(OutletNames.key("प्रभात खबर"), OutletNames.key(" प्रभात  खबर"));
        assertEquals(OutletNames.key("क़ानून"), OutletNames.key("क\u093cानून"), "composed and decomposed nukta agree");
        assertEquals("ｐｒａｂｈａｔ".length(), OutletNames.key("ｐｒａｂｈａｔ").length());
        assertEquals("prabhat", OutletNames.key("ｐｒａｂｈａｔ"), "full-width letters fold");
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(OutletNames.key("Prabhat Khabar"), OutletNames.key("प्रभात खबर"), "transliteration needs a declared alias");
        assertNotEquals(OutletNames.key("Ranchi Samachar"), OutletNames.key("Ranchi Samachar Weekly"));
        assertEquals("", OutletNames.key("   "));
        assertEquals("", OutletNames.key(null));
    }

    @Test
    void theShownNameKeepsItsCaseButLosesStraySpaces() {
        assertEquals("The Eastern Chronicle", OutletNames.display("  The   Eastern\nChronicle "));
        assertEquals("प्रभात खबर", OutletNames.display("प्रभात\u0000 खबर"));
    }
}
