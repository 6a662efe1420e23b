package org.abhilekh.ingest.entity;

import java.util.List;
import java.util.Map;

/**
 * What Tika read from an original: the media type it detected from the bytes, the plain text, the
 * language guessed from the text, and the notices staff should see about that text (cut at the limit,
 * image not read because OCR is missing, Hindi typed in a legacy font...). A notice never means the
 * file was lost: the document is kept and its description stays searchable.
 */
public record Extraction(String mediaType, String text, String language, List<Notice> notices, Map<String, List<String>> fileMetadata) {

    public Extraction {
        notices = List.copyOf(notices);
        fileMetadata = Map.copyOf(fileMetadata);
    }

    /** Why the text of a document may be incomplete or unsearchable, as a code for filters and a sentence for people. */
    public enum Flag {
        /** The text was longer than the limit and only its beginning is indexed. */
        TEXT_TRUNCATED("text-truncated"),
        /** An image, or a PDF without a text layer, whose text could not be read because OCR is not installed. */
        OCR_UNAVAILABLE("ocr-unavailable"),
        /** A document that should hold text (a PDF, an office file) from which no text came out. */
        NO_TEXT("no-text"),
        /** Described or looking like Hindi, but without Devanagari letters: typed in a legacy font such as Kruti Dev. */
        LEGACY_FONT("legacy-font");

        private final String code;

        Flag(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** One flag with the sentence that explains it to a person. */
    public record Notice(Flag flag, String message) {
    }

    public boolean truncated() {
        return has(Flag.TEXT_TRUNCATED);
    }

    public boolean has(Flag flag) {
        return notices.stream().anyMatch(notice -> notice.flag() == flag);
    }

    /** The flags' codes, in the order of the notices. */
    public List<String> flagCodes() {
        return notices.stream().map(notice -> notice.flag().code()).toList();
    }

    /** The notices' sentences, in order. */
    public List<String> messages() {
        return notices.stream().map(Notice::message).toList();
    }
}
