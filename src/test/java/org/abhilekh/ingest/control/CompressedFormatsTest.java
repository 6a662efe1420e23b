package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompressedFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", "application/zip",
            "application/gzip", "application/x-7z-compressed", "audio/mpeg", "video/mp4",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/epub+zip", "application/java-archive", "IMAGE/JPEG; q=1"})
    void formatsThatHoldTheirBytesCompressedAreRecognised(String mediaType) {
        assertTrue(CompressedFormats.alreadyCompressed(mediaType), mediaType);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"text/plain", "text/plain; charset=UTF-8", "text/html", "text/csv", "image/svg+xml", "image/tiff",
            "image/bmp", "application/msword", "application/vnd.ms-excel", "application/rtf", "message/rfc822",
            "application/octet-stream", "not a type"})
    void formatsThatShrinkWhenCompressedAreNot(String mediaType) {
        assertFalse(CompressedFormats.alreadyCompressed(mediaType), String.valueOf(mediaType));
    }
}
