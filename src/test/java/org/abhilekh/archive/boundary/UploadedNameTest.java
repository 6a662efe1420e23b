package org.abhilekh.archive.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An upload's file name as the multipart reader hands it over, and as the archive keeps it. */
class UploadedNameTest {

    @Test
    void utf8BytesReadAsLatin1AreDecodedAgainAndFormEscapesUndone() {
        String sent = "बाल श्रम; %22विशेष%22.html";
        String asReceived = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("बाल श्रम; \"विशेष\".html", DocumentsResource.uploadedName(asReceived));
        assertEquals("plain report.pdf", DocumentsResource.uploadedName("plain report.pdf"));
        assertEquals("already decoded बाल.txt", DocumentsResource.uploadedName("already decoded बाल.txt"));
        assertEquals("café.txt", DocumentsResource.uploadedName("café.txt"), "a real Latin-1 name that is no UTF-8 stays");
        assertEquals("two lines.txt", DocumentsResource.uploadedName("two%0D%0A lines.txt"));
    }
}
