package org.abhilekh.safeguarding.control;

import static org.abhilekh.safeguarding.control.SafeguardingScannerFixture.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.Test;

class SafeguardingEmailTest {

    private static List<String> emails(String text) {
        return found(text, Finding.EMAIL_ADDRESS);
    }

    @Test
    void privateAddressIsFoundWithoutItsSurroundingPunctuation() {
        assertEquals(List.of("rinki.kumari2009@gmail.com"), emails("She wrote to rinki.kumari2009@gmail.com."));
        assertEquals(List.of("sunita.oraon14@rediffmail.com"), emails("उसका ईमेल sunita.oraon14@rediffmail.com था।"));
    }

    @Test
    void organisationsOwnDomainsAndPressContactsAreNotFound() {
        assertEquals(List.of(), emails("training@jcrf.example.org, sunita@jcrf.example.org, a@mail.jcrf.example.org"));
        assertEquals(List.of(), emails("media@jcrf.example and media.hindi@jcrf.example"));
    }

    @Test
    void lookalikeOfTheOrganisationsDomainIsFound() {
        assertEquals(List.of("a@notjcrf.example.org"), emails("Write to a@notjcrf.example.org"));
    }

    @Test
    void officeMailboxesAndGovernmentMailAreNotFound() {
        assertEquals(List.of(), emails("cwc-gumla@jharkhand.gov.in, letters@ranchisamachar.example.in"));
    }

    @Test
    void fileNamesWithAnAtSignAreNotAddresses() {
        assertEquals(List.of(), emails("logo@2x.png"));
    }
}
