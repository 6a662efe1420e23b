package org.abhilekh.presskit.entity;

/** A text an editor writes in English and, if they choose, in Hindi (null when not written). */
public record Bilingual(String en, String hi) {

    /** The text for a reader of this language ("en" or "hi"): Hindi readers get the English text where no Hindi is written. */
    public String in(String language) {
        return "hi".equals(language) && hi != null && !hi.isBlank() ? hi : en;
    }

    /** Whether {@link #in} answers Hindi for a Hindi reader, so a page can mark the language of what it shows. */
    public String languageFor(String language) {
        return "hi".equals(language) && hi != null && !hi.isBlank() ? "hi" : "en";
    }
}
