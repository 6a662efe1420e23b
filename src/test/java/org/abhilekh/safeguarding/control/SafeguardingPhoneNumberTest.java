package org.abhilekh.safeguarding.control;

import static org.abhilekh.safeguarding.control.SafeguardingScannerFixture.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.Test;

class SafeguardingPhoneNumberTest {

    private static List<String> phones(String text) {
        return found(text, Finding.PHONE_NUMBER);
    }

    @Test
    void mobileNumbersInUsualSpellingsAreFound() {
        assertEquals(List.of("+91 98350 12345"), phones("Call +91 98350 12345 now."));
        assertEquals(List.of("09835012345"), phones("Her number, 09835012345, was on the ticket."));
        assertEquals(List.of("98350-12345"), phones("He called from 98350-12345."));
    }

    @Test
    void landlinesWithTheirStdCodeAreFound() {
        assertEquals(List.of("0651-2345678"), phones("Office: 0651-2345678"));
        assertEquals(List.of("(0651) 234 5678"), phones("Warden (0651) 234 5678 after 6 pm"));
    }

    @Test
    void numbersDeepInALongTextAreFoundAtTheirPlace() {
        String prose = "The district task force met the brick kiln owners again in 2021. ".repeat(400);
        assertEquals(List.of("98350 12345", "0651-2345678"),
                phones(prose + "Her father: 98350 12345. " + prose + "Office 0651-2345678 " + prose));
    }

    @Test
    void libphonenumberReadsOnlyRunsOfEnoughDigitsWithWhatSurroundsThem() {
        assertEquals(List.of(), PhoneNumberDetector.windows("In 2021, 14 girls (aged 12-15) were rescued near Dumka."));
        String text = "x".repeat(100) + " +91 98350 12345 " + "y".repeat(100);
        List<int[]> windows = PhoneNumberDetector.windows(text);
        assertEquals(1, windows.size());
        String window = text.substring(windows.get(0)[0], windows.get(0)[1]);
        assertTrue(window.startsWith("xxx") && window.contains(" +91 98350 12345 ") && window.endsWith("yyy"), window);
        assertTrue(window.length() < 70, window);
    }

    @Test
    void devanagariDigitsAreFound() {
        assertEquals(List.of("९८३५०१२३४५"), phones("पिता का मोबाइल नंबर ९८३५०१२३४५ है।"));
    }

    @Test
    void twoNumbersSeparatedBySlashAreBothFound() {
        assertEquals(List.of("9835012345", "9835112346"), phones("Mob. 9835012345/9835112346"));
    }

    @Test
    void helplinesAndTheOrganisationsPressLinesAreNotFound() {
        assertEquals(List.of(), phones("Call Childline 1098, the police on 112 or 100, women's helpline 181 or 1091."));
        assertEquals(List.of(), phones("Media contact: +91 651 200 0123 and +91 651 200 0124"));
    }

    @Test
    void tollFreeLinesBelongToOrganisations() {
        assertEquals(List.of(), phones("The national helpline 1800-102-7222 is free."));
    }

    @Test
    void datesCaseNumbersYearsAndPagesAreNotPhoneNumbers() {
        assertEquals(List.of(), phones("FIR No. 123/2021 dated 12-03-2021, page 1234, in 2021."));
        assertEquals(List.of(), phones("Rescue operations were held on 14.03.2023 and 21/04/2023."));
    }

    @Test
    void dateFollowedByANumberInTheNextSentenceIsNotAPhoneNumber() {
        assertEquals(List.of(), phones("The girls were rescued on 12-03-2021. 14 of them were from Gumla."));
    }

    @Test
    void aPageFootersCounterDateAndTimeAreNotAPhoneNumber() {
        assertEquals(List.of(), phones("Apache Tika http://incubator.apache.org/tika/ 1 of 1 15.9.2007 11:02 Tika"));
        assertEquals(List.of(), phones("Scanned page 1 of 1 15 9 2007 11:02 front office"));
        assertEquals(List.of("98350 12345"), phones("Call 98350 12345 on 15.9.2023 after 11:02"));
    }

    @Test
    void amountsAreNotPhoneNumbers() {
        assertEquals(List.of(), phones("Rs. 9835012345 and ₹9835012345 were paid."));
    }

    @Test
    void wordsEndingLikeACurrencyDoNotHideANumber() {
        assertEquals(List.of("98350 12345"), phones("Contact numbers 98350 12345 were painted over."));
    }

    @Test
    void numbersGluedIntoAFileNameAreNotPhoneNumbers() {
        assertEquals(List.of(), phones("clippings/jh-news-24-2023-12-05-sahibganj-station-rescue.txt"));
    }

    @Test
    void aadhaarLikeTwelveDigitNumbersAreNotPhoneNumbers() {
        assertEquals(List.of(), phones("Aadhaar 2345 6789 0124"));
    }
}
