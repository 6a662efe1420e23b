package org.abhilekh.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The names of uploaded files, as their senders meant them. */
public final class UploadedNames {

    private UploadedNames() {
    }

    /**
     * The file name as the client meant it. Browsers and curl send it as UTF-8 bytes, with a quote escaped as
     * %22 and line breaks as %0D/%0A (the HTML form rules); the multipart reader takes header bytes for
     * ISO-8859-1, so a Hindi name arrives garbled unless it is decoded again.
     */
    public static String of(String received) {
        String name = received;
        if (name.chars().allMatch(c -> c <= 0xFF) && name.chars().anyMatch(c -> c >= 0x80)) {
            try {
                name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
            } catch (CharacterCodingException e) {
                name = received;
            }
        }
        return name.replace("%22", "\"").replace("%0D", "").replace("%0A", "");
    }
}
