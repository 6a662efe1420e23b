package org.abhilekh.presskit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.abhilekh.presskit.entity.Bilingual;
import org.abhilekh.presskit.entity.KitEntry;
import org.abhilekh.presskit.entity.MediaContact;
import org.abhilekh.presskit.entity.PressRoomContent;
import org.junit.jupiter.api.Test;

class KitReadmeTest {

    @Test
    void aCitationNamesTheOrganisationTitleSourceDateAndStableUrl() {
        assertEquals("Jharkhand Child Rights Forum, \u201cगिरिडीह: 63 बच्चे फिर स्कूल की राह पर\u201d, Ranchi Samachar, 2025-02-08. "
                        + "Abhilekh archive, https://abhilekh.example/archive/document.xhtml?id=7",
                Citation.line("गिरिडीह: 63 बच्चे फिर स्कूल की राह पर", "Ranchi Samachar", LocalDate.of(2025, 2, 8),
                        "https://abhilekh.example/archive/document.xhtml?id=7"));
        assertEquals("Jharkhand Child Rights Forum, \u201cKit\u201d. Abhilekh archive, https://x.example/k",
                Citation.line("Kit", null, null, "https://x.example/k"));
    }

    @Test
    void theReadmeListsEveryFileWithItsTitleDateSourceCreditLicenceAndCitation() {
        KitEntry release = new KitEntry(51, "press-release", null, "Press release: From kilns to classrooms",
                LocalDate.of(2025, 6, 12), "Jharkhand Child Rights Forum", null, "Jharkhand Child Rights Forum",
                "Free to quote and reproduce with credit", "release.html", "text/html", 2349, "a".repeat(64), false);
        KitEntry clipping = new KitEntry(52, "press-clipping", 7L, "38 bonded workers from Pakur freed", LocalDate.of(2020, 2, 18),
                "The Eastern Chronicle", null, "The Eastern Chronicle", "\u00a9 The Eastern Chronicle", "clip.png", "image/png", 10,
                "b".repeat(64), false);
        String readme = KitReadme.render("From kilns to classrooms", "The kit.", "https://a.example/press/kit.xhtml?slug=k",
                List.of(release, clipping), List.of("01-release.html", "02-clip.png"), "https://a.example",
                Instant.parse("2026-11-28T12:00:00Z"), new PressRoomContent(3, new Bilingual("We keep children in school.", "हम बच्चों को स्कूल में रखते हैं।"),
                        new Bilingual("Call 1098.", null), List.of(
                        new MediaContact("Anjali Tirkey", new Bilingual("Media", "मीडिया"), "media@jcrf.example", "+91 651 200 0123"),
                        new MediaContact("रमेश महतो", new Bilingual("Hindi media", null), null, "+91 651 200 0124"))));
        assertEquals("""
                From kilns to classrooms
                ========================

                The kit.

                Press kit of the Jharkhand Child Rights Forum (झारखंड बाल अधिकार मंच).
                Kit page: https://a.example/press/kit.xhtml?slug=k
                Generated: 2026-11-28T12:00:00Z

                Cite this kit:
                  Jharkhand Child Rights Forum, \u201cFrom kilns to classrooms\u201d, press kit. Abhilekh archive, https://a.example/press/kit.xhtml?slug=k

                Contents (2 files)
                --------

                01-release.html
                  Title: Press release: From kilns to classrooms
                  Date: 2025-06-12
                  Source: Jharkhand Child Rights Forum
                  Credit: Jharkhand Child Rights Forum
                  Licence: Free to quote and reproduce with credit
                  Link: https://a.example/press/kit.xhtml?slug=k
                  Cite as: Jharkhand Child Rights Forum, \u201cPress release: From kilns to classrooms\u201d, Jharkhand Child Rights Forum, 2025-06-12. Abhilekh archive, https://a.example/press/kit.xhtml?slug=k

                02-clip.png
                  Title: 38 bonded workers from Pakur freed
                  Date: 2020-02-18
                  Source: The Eastern Chronicle
                  Credit: The Eastern Chronicle
                  Licence: \u00a9 The Eastern Chronicle
                  Link: https://a.example/archive/document.xhtml?id=7
                  Cite as: Jharkhand Child Rights Forum, \u201c38 bonded workers from Pakur freed\u201d, The Eastern Chronicle, 2020-02-18. Abhilekh archive, https://a.example/archive/document.xhtml?id=7

                About the Jharkhand Child Rights Forum
                --------------------------------------

                We keep children in school.

                हम बच्चों को स्कूल में रखते हैं।

                Media contacts
                --------------
                  Anjali Tirkey, Media / मीडिया: media@jcrf.example, +91 651 200 0123
                  रमेश महतो, Hindi media: +91 651 200 0124
                """, readme);
    }
}
