package org.abhilekh.ingest.boundary;

import org.abhilekh.ingest.control.CompressedFormats;

/** What other features may ask about a file format, by the media type ingest detected from the bytes. */
public final class FileFormats {

    private FileFormats() {
    }

    /** See {@link CompressedFormats#alreadyCompressed(String)}. */
    public static boolean alreadyCompressed(String mediaType) {
        return CompressedFormats.alreadyCompressed(mediaType);
    }
}
