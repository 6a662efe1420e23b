package org.abhilekh.safeguarding.control;

import static org.abhilekh.safeguarding.control.SafeguardingScannerFixture.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.Test;

class SafeguardingAddressTest {

    private static List<String> addresses(String text) {
        return found(text, Finding.EXACT_ADDRESS);
    }

    @Test
    void houseNumberWithAVillageIsFound() {
        assertEquals(List.of("House No. 42, Village Bhandra"), addresses("House No. 42, Village Bhandra, was searched."));
        assertEquals(List.of("मकान संख्या 12, ग्राम कुरु"), addresses("मकान संख्या 12, ग्राम कुरु में छापा।"));
    }

    @Test
    void houseNumberWardAndMohallaAreOneAddress() {
        assertEquals(List.of("H.No. 7, Ward 3, Mohalla Islampur"), addresses("at H.No. 7, Ward 3, Mohalla Islampur, Lohardaga"));
    }

    @Test
    void houseNumberWithAPlaceNameAloneIsFound() {
        assertEquals(List.of("House No 7, Lower Chutia"), addresses("House No 7, Lower Chutia, Ranchi"));
    }

    @Test
    void villageWrittenAsAPostalAddressIsFound() {
        assertEquals(List.of("Vill. Bhandra, P.O. Kuru, P.S. Bhandra"),
                addresses("lives at Vill. Bhandra, P.O. Kuru, P.S. Bhandra, Dist. Lohardaga"));
        assertEquals(List.of("ग्राम-लापुंग, पो.-लापुंग, थाना-लापुंग"), addresses("ग्राम-लापुंग, पो.-लापुंग, थाना-लापुंग, जिला-रांची"));
    }

    @Test
    void villageOrDistrictAloneIsNotAnAddress() {
        assertEquals(List.of(), addresses("Village Bhandra in Lohardaga district has no secondary school."));
        assertEquals(List.of(), addresses("Villages of Koderma and Giridih depend on mica."));
        assertEquals(List.of(), addresses("Ward 14 of Ranchi Municipal Corporation reported five cases."));
    }

    @Test
    void villageWithOnlyItsPoliceStationIsNotAnExactAddress() {
        assertEquals(List.of(), addresses("ग्राम कुरु, थाना भंडरा के लोग जुटे।"));
    }

    @Test
    void houseNumberAloneIsNotAnAddress() {
        assertEquals(List.of(), addresses("House No. 42 was searched."));
    }
}
