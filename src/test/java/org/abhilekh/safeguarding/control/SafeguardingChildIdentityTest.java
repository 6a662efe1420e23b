package org.abhilekh.safeguarding.control;

import static org.abhilekh.safeguarding.control.SafeguardingScannerFixture.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.Test;

class SafeguardingChildIdentityTest {

    private static List<String> children(String text) {
        return found(text, Finding.CHILD_IDENTITY);
    }

    @Test
    void nameFollowedByAChildsAgeIsFound() {
        assertEquals(List.of("Sunita Kumari, 14"), children("Police said Sunita Kumari, 14, was sold in Delhi."));
    }

    @Test
    void nameWithAnAdultsAgeIsNotFound() {
        assertEquals(List.of(), children("Police said Sunita Kumari, 34, was sold in Delhi."));
        assertEquals(List.of(), children("Sunita Kumari, 18, was sold in Delhi."));
    }

    @Test
    void ageOfSeventeenIsStillAChild() {
        assertEquals(List.of("Sunita Kumari, 17"), children("Sunita Kumari, 17, was sold in Delhi."));
    }

    @Test
    void ageWrittenBeforeTheNameIsFound() {
        assertEquals(List.of("14-year-old Ravi"), children("14-year-old Ravi told the committee everything."));
        assertEquals(List.of("Fourteen-year-old Lalita"), children("Fourteen-year-old Lalita said she was beaten."));
    }

    @Test
    void ageWithoutANameIsNotFound() {
        assertEquals(List.of(), children("A 14-year-old girl from Gumla was rescued from Delhi."));
        assertEquals(List.of(), children("14 वर्षीय किशोरी को दिल्ली से बरामद किया गया।"));
    }

    @Test
    void childWordBeforeANameIsFound() {
        assertEquals(List.of("minor, Pooja (15"), children("The police produced the minor, Pooja (15), before the CWC."));
        assertEquals(List.of("पीड़िता रीना कुमारी"), children("पीड़िता रीना कुमारी का बयान दर्ज किया गया।"));
    }

    @Test
    void childrenInGeneralAreNotAChildsIdentity() {
        assertEquals(List.of(), children("12 children were rescued from a brick kiln in Pakur."));
        assertEquals(List.of(), children("The girls, aged between 14 and 17, were handed over to the CWC."));
    }

    @Test
    void institutionsNamedAfterChildrenAreNotNames() {
        assertEquals(List.of(), children("Child Welfare Committee chairperson Rupa Verma spoke."));
        assertEquals(List.of(), children("किशोर न्याय बोर्ड ने आरोपी किशोर को सुधार गृह भेजा।"));
    }

    @Test
    void headlineCapitalsAreNotTakenForNames() {
        assertEquals(List.of(), children("Minor Girl Rescued From Brick Kiln In Pakur"));
    }

    @Test
    void hindiAgeAdjectiveBeforeANameIsFound() {
        assertEquals(List.of("14 वर्षीय सुनीता"), children("14 वर्षीय सुनीता ने बताया कि उसे मजदूरी नहीं मिली।"));
        assertEquals(List.of("१४ वर्षीय सरिता"), children("१४ वर्षीय सरिता को स्टेशन पर रोका गया।"));
    }

    @Test
    void hindiWordAfterACompoundHeadIsNotANameWithoutSurnameOrAge() {
        assertEquals(List.of(), children("बच्चा चोरी की अफवाह पर भीड़ ने हमला किया।"));
        assertEquals(List.of("लड़की सीमा कुमारी"), children("लड़की सीमा कुमारी को घर भेजा गया।"));
    }

    @Test
    void nuktaSpellingsMeet() {
        assertEquals(List.of("पीडिता रीना कुमारी"), children("पीडिता रीना कुमारी का बयान दर्ज किया गया।"));
    }

    @Test
    void schoolClassWithANameIsFound() {
        assertEquals(List.of("Ravi, a class 7"), children("Ravi, a class 7 student of Government Middle School, Gumla, left."));
        assertEquals(List.of("कक्षा 8 की छात्रा सीमा कुमारी"), children("कक्षा 8 की छात्रा सीमा कुमारी लापता थी।"));
    }

    @Test
    void classWithoutANameIsNotFound() {
        assertEquals(List.of(), children("Girls in class 7 and class 8 were most at risk of dropping out."));
    }

    @Test
    void childsNameWithAParentsNameIsFound() {
        assertEquals(List.of("Pooja D/o Ramesh Oraon"), children("The FIR names Pooja D/o Ramesh Oraon of Bhandra."));
        assertEquals(List.of("पूजा पुत्री रमेश"), children("प्राथमिकी में पूजा पुत्री रमेश का नाम है।"));
    }

    @Test
    void adultWithAParentsNameIsNotFound() {
        assertEquals(List.of(), children("The accused, Ramesh Sao S/o Mahesh Sao, was arrested."));
        assertEquals(List.of(), children("आरोपी मनोज साव पुत्र बुधन साव को गिरफ्तार किया गया।"));
    }

    @Test
    void officialsWithTitlesAreNotFound() {
        assertEquals(List.of(), children("SP Ashok Kumar said 14 children were rescued."));
        assertEquals(List.of(), children("DC Gumla Smt. Meena Devi inaugurated the unit."));
    }

    @Test
    void nameTheReporterMarksAsChangedIsNotFound() {
        assertEquals(List.of(), children("The survivor, Rani (name changed), said she wants to study."));
    }

    @Test
    void placesWithCountsAreNotNamesWithAges() {
        assertEquals(List.of(), children("Children from Gumla (14), Simdega (9) and Khunti (5) were rescued."));
    }
}
