package org.abhilekh.presskit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void entryNamesAreOrderedSafeAsciiWithTheOriginalExtension() {
        assertEquals("01-press-release-from-kilns-to-classrooms.html",
                FileNames.entryName(1, "Press release: From kilns to classrooms", "press-release-en.html"));
        assertEquals("02-press-release-kilns-to-classrooms-hi.html",
                FileNames.entryName(2, "प्रेस विज्ञप्ति: भट्ठे से कक्षा तक", "press-release-kilns-to-classrooms-hi.html"));
        assertEquals("03-etc-passwd", FileNames.entryName(3, "../../etc/passwd", "..\\..\\passwd"));
        assertEquals("04-kit", FileNames.entryName(4, "भट्ठा", "फ़ाइल"));
        assertEquals("07-jharkhand-darpan-2024-01-22-dumka.docx",
                FileNames.entryName(7, "दुमका की 25 पंचायतों में निगरानी समिति", "jharkhand-darpan-2024-01-22-dumka.docx"));
        assertEquals("10-cafe-report.pdf", FileNames.entryName(10, "Café report", "C:\\scans\\REPORT.PDF"));
    }

    @Test
    void slugsAreCheckedStrictly() {
        assertTrue(FileNames.isSlug("kilns-to-classrooms-2025"));
        assertFalse(FileNames.isSlug("../etc"));
        assertFalse(FileNames.isSlug("Kits"));
        assertFalse(FileNames.isSlug("-kit"));
        assertFalse(FileNames.isSlug(null));
        assertFalse(FileNames.isSlug("a".repeat(81)));
    }

    @Test
    void theAttachmentHeaderHasAnAsciiFallbackAndTheRfc5987Form() {
        assertEquals("attachment; filename=\"kilns-to-classrooms-2025.zip\"; filename*=UTF-8''kilns-to-classrooms-2025.zip",
                org.abhilekh.platform.control.Downloads.attachment("kilns-to-classrooms-2025.zip"));
        assertEquals("attachment; filename=\"_____.zip\"; filename*=UTF-8''%E0%A4%AD%E0%A4%9F%E0%A5%8D%E0%A4%A0%E0%A4%BE.zip",
                org.abhilekh.platform.control.Downloads.attachment("भट्ठा.zip"));
        assertEquals("attachment; filename=\"a__b.zip\"; filename*=UTF-8''a%22%3Bb.zip", org.abhilekh.platform.control.Downloads.attachment("a\";b.zip"));
    }
}
