package org.abhilekh.ingest.control;

import java.util.Set;

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

    /**
     * The commonest Hindi words as Kruti Dev and similar legacy fonts store them: Latin letters drawn as
     * Devanagari by the font (का = dk, के = ds, में = esa, है = gS, और = vkSj, भी = Hkh ...). Words that are
     * also English ("us") are left out.
     */
    private static final Set<String> LEGACY_FONT_WORDS = Set.of("dk", "ds", "dh", "esa", "gS", "gSa", "vkSj", "ls",
            "fd", "Hkh", "rFkk", ";g", "og", "fy,", "Fkk", "Fkh", "fd;k", "x;k", "djus", "gksus", "ljdkj", "Hkkjr");
    private static final int LONGEST_LEGACY_FONT_WORD = LEGACY_FONT_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /** Punctuation that may close a word. */
    private static final String CLOSING = ".!?:\"')";
    /** Share of words that must be legacy-font words before text with no Devanagari is taken for Hindi in such a font. */
    static final double LEGACY_FONT_SHARE = 0.05;
    /** Below this share of Devanagari among letters, text described as Hindi is not really Devanagari text. */
    static final double NO_DEVANAGARI_SHARE = 0.05;

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

    /** True if there are enough letters to judge and almost none of them are Devanagari. */
    public static boolean lacksDevanagari(CharSequence text) {
        long devanagari = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0900' && c <= '\u097F' && Character.isLetter(c)) {
                devanagari++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        long letters = devanagari + latin;
        return letters >= MIN_LETTERS && (double) devanagari / letters < NO_DEVANAGARI_SHARE;
    }

    /**
     * True if Latin text reads like Hindi typed in a legacy font such as Kruti Dev ("Hkkjr ljdkj" for
     * भारत सरकार): such text looks like gibberish to search, and only staff can fix it (by saving the
     * original again with a Unicode font).
     */
    public static boolean looksLikeLegacyHindiFont(CharSequence text) {
        if (!lacksDevanagari(text)) {
            return false;
        }
        // Walks the words in place: most texts checked here are long English ones, and splitting them into strings
        // cost more than reading them.
        long legacy = 0;
        long counted = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == length) {
                break;
            }
            int start = i;
            while (i < length && !isSpace(text.charAt(i))) {
                i++;
            }
            counted++;
            if (isLegacyFontWord(text, start, i)) {
                legacy++;
            }
        }
        return counted > 0 && legacy >= 3 && (double) legacy / counted >= LEGACY_FONT_SHARE;
    }

    /** The word, or the word without its closing punctuation, is a legacy-font word; a capital A at its end is the danda (।). */
    private static boolean isLegacyFontWord(CharSequence text, int start, int end) {
        int bareEnd = end;
        while (bareEnd > start && CLOSING.indexOf(text.charAt(bareEnd - 1)) >= 0) {
            bareEnd--;
        }
        if (end - start <= LONGEST_LEGACY_FONT_WORD && LEGACY_FONT_WORDS.contains(text.subSequence(start, end).toString())) {
            return true;
        }
        if (bareEnd - start > LONGEST_LEGACY_FONT_WORD + 1) {
            return false;
        }
        String bare = text.subSequence(start, bareEnd).toString();
        return LEGACY_FONT_WORDS.contains(bare)
                || bare.endsWith("A") && LEGACY_FONT_WORDS.contains(bare.substring(0, bare.length() - 1));
    }

    /** What {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
