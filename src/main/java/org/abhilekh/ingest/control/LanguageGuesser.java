package org.abhilekh.ingest.control;

/**
 * Tells Hindi from English by script. The archive holds exactly these two languages, so counting
 * Devanagari against Latin letters is both cheap and reliable, also for text that mixes them;
 * a statistical detector was rejected as slower and worse on short, mixed text.
 */
public final class LanguageGuesser {

    public static final String HINDI = "hi";
    public static final String ENGLISH = "en";
    public static final String MIXED = "mixed";
    public static final String UNDETERMINED = "und";

    /** Fewer letters than this say nothing reliable. */
    static final int MIN_LETTERS = 20;
    /** Share of the minority script above which a text counts as mixed. */
    static final double MIXED_SHARE = 0.2;

    private LanguageGuesser() {
    }

    public static String guess(CharSequence text) {
        long devanagari = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0900' && c <= '\u097F') {
                if (Character.isLetter(c)) {
                    devanagari++;
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        long letters = devanagari + latin;
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        double hindiShare = (double) devanagari / letters;
        if (hindiShare >= 1 - MIXED_SHARE) {
            return HINDI;
        }
        if (hindiShare <= MIXED_SHARE) {
            return ENGLISH;
        }
        return MIXED;
    }
}
