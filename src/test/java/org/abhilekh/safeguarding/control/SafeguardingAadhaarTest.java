package org.abhilekh.safeguarding.control;

import static org.abhilekh.safeguarding.control.SafeguardingScannerFixture.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.Test;

class SafeguardingAadhaarTest {

    private static List<String> aadhaar(String text) {
        return found(text, Finding.AADHAAR_NUMBER);
    }

    @Test
    void groupedNumberWithAValidCheckDigitIsFound() {
        assertEquals(List.of("2345 6789 0124"), aadhaar("Her Aadhaar No. 2345 6789 0124 was on the form."));
        assertEquals(List.of("7531-0246-8906"), aadhaar("आधार संख्या 7531-0246-8906"));
    }

    @Test
    void ungroupedNumberWithAValidCheckDigitIsFound() {
        assertEquals(List.of("487219305615"), aadhaar("card (487219305615) kept by the agent"));
    }

    @Test
    void devanagariDigitsAreFound() {
        assertEquals(List.of("९६०२ ४५१३ ८७६८"), aadhaar("आधार: ९६०२ ४५१३ ८७६८"));
    }

    @Test
    void wrongCheckDigitIsNotAnAadhaarNumber() {
        assertEquals(List.of(), aadhaar("Consignment 2345 6789 0123 reached Ludhiana."));
    }

    @Test
    void numbersStartingWithZeroOrOneAreNotAadhaarNumbers() {
        assertEquals(List.of(), aadhaar("Reference 1234 5678 9012 and 0123 4567 8901"));
    }

    @Test
    void mixedGroupingAndLongerNumbersAreNotAadhaarNumbers() {
        assertEquals(List.of(), aadhaar("2345 67890124 and 23456789012412"));
    }

    @Test
    void twelveDigitsInsideASixteenDigitGroupedNumberAreNotAnAadhaarNumber() {
        assertEquals(List.of(), aadhaar("VID 2345 6789 0124 5678 and card 1111 2345 6789 0124"));
    }
}
