package org.abhilekh.presskit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.abhilekh.presskit.entity.AssetDescription;
import org.abhilekh.presskit.entity.ItemFindings;
import org.abhilekh.presskit.entity.KitFindings;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.Test;

class KitChecksTest {

    private static final Finding SUNITA = new Finding(Finding.CHILD_IDENTITY, "Sunita Kumari, 14, carries bricks", "caption", 0, 13,
            "Sunita Kumari");
    private static final Finding GPS = new Finding(Finding.LOCATION_IN_FILE, "GPS:GPS Latitude 23.36", Finding.FILE_METADATA + "GPS",
            -1, -1);

    @Test
    void theChecksReadAKitsTitleAndSummaryAndWhatItSaysAboutEachFile() {
        assertEquals(List.of("title", "summary"), List.copyOf(KitChecks.kitTexts("Kilns", null).keySet()));
        AssetDescription photo = new AssetDescription("At the kiln", null, "kiln.jpg", "image/jpeg", "Sunita Kumari, 14", "Photo: Asha",
                "CC BY 4.0");
        assertEquals(List.of("title", "caption", "credit"), List.copyOf(KitChecks.assetTexts(photo).keySet()));
        assertEquals("Sunita Kumari, 14", KitChecks.assetTexts(photo).get("caption"));
    }

    @Test
    void aFindingIsNewOnlyIfWhatItFoundIsNewNotTheWordsAroundIt() {
        Finding sameChildReworded = new Finding(Finding.CHILD_IDENTITY, "Now: Sunita Kumari, 14, at school", "summary", 5, 18,
                "Sunita Kumari");
        Finding otherChild = new Finding(Finding.CHILD_IDENTITY, "Pooja Oraon, 13", "summary", 0, 11, "Pooja Oraon");
        assertEquals(List.of(otherChild), KitChecks.newOnes(List.of(sameChildReworded, otherChild), List.of(SUNITA)));
        assertEquals(List.of(SUNITA), KitChecks.newOnes(List.of(SUNITA), List.of()));
        assertEquals(List.of(), KitChecks.newOnes(List.of(), List.of(SUNITA)));
    }

    @Test
    void aFindingInAKitsFileNamesTheItemByItsNumber() {
        ItemFindings photo = new ItemFindings(7L, 2, "At the kiln", true, List.of(SUNITA, GPS));
        assertEquals(List.of("item 2: caption", "item 2: file metadata: GPS"), photo.labelled().stream().map(Finding::where).toList());
        assertEquals("Sunita Kumari", photo.labelled().get(0).match(), "the match is kept, so the page can mark it");

        Finding inTitle = new Finding(Finding.PHONE_NUMBER, "call 98350 12345", "title", 5, 16, "98350 12345");
        KitFindings kit = new KitFindings(List.of(inTitle), List.of(photo), List.of());
        assertEquals(List.of("title", "item 2: caption", "item 2: file metadata: GPS"), kit.all().stream().map(Finding::where).toList());
        assertFalse(kit.isEmpty());
        assertTrue(new KitFindings(List.of(), List.of(), List.of()).isEmpty());
    }

    @Test
    void theHoldSaysHowManyPassagesAndHowToGoOn() {
        String reason = KitChecks.holdReason(2);
        assertTrue(reason.startsWith("The safeguarding checks found 2 passage(s) in this kit"), reason);
        assertTrue(reason.contains("\"safeguardingReviewed\": true (editors only)"), reason);
    }
}
