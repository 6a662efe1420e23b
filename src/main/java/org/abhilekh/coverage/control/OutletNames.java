package org.abhilekh.coverage.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How outlet names are matched: two spellings mean the same outlet when their keys are equal. The key
 * is the name in Unicode NFKC (so composed and decomposed Devanagari agree), lower case, with every run
 * of spaces, tabs and line breaks made one space and no space at either end, without invisible format
 * characters (a stray zero-width joiner must not make a second outlet). Transliteration is not
 * guessed: "प्रभात खबर" meets "Prabhat Khabar" only when a person has declared it an alias.
 */
public final class OutletNames {

    public static final int MAX_NAME = 500;

    private OutletNames() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{Cf}", "").replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
    }

    /** The name as it is shown: NFKC, single spaces, no control characters; the letters' case is kept. */
    public static String display(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
    }
}
