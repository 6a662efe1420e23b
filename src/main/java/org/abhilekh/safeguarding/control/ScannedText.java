package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into words and numbers, keeping each one's offsets, so that rules can walk over words and
 * look at the punctuation between them. Words are runs of letters and combining marks (Devanagari vowel
 * signs, virama, nukta, joiners); numbers are runs of digits of any script (१४ is 14).
 */
final class ScannedText {

    /** A line longer than this is running text, not a headline. */
    private static final int HEADLINE_LENGTH = 200;

    /** Characters that end a line: line feed, carriage return, form feed (a page), vertical tab, NEL, LS, PS. */
    private static final String LINE_ENDS = "\n\r\f\u000B\u0085\u2028\u2029";

    /** A text of fewer lines than this is not known to be wrapped: each of its line breaks ends a line. */
    private static final int WRAPPED_LINES = 5;

    private final String text;
    private final List<Token> tokens;
    /** See {@link #measure()}; -1 until computed. */
    private int measure = -1;

    ScannedText(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    /** The characters between token {@code index - 1} and token {@code index} (the text's start or end at either side). */
    String gapBefore(int index) {
        int from = index == 0 ? 0 : tokens.get(index - 1).end();
        int to = index >= tokens.size() ? text.length() : tokens.get(index).start();
        return text.substring(from, to);
    }

    /** The gap before a token, without spaces: "" for words side by side, "," for "Ravi, 14". */
    String punctuationBefore(int index) {
        String gap = gapBefore(index);
        StringBuilder punctuation = new StringBuilder(gap.length());
        for (int i = 0; i < gap.length(); i++) {
            if (!Character.isWhitespace(gap.charAt(i))) {
                punctuation.append(gap.charAt(i));
            }
        }
        return punctuation.toString();
    }

    /**
     * Whether a line ends between tokens {@code from} and {@code to - 1}, where a table's next cell, a heading,
     * a list item or the next paragraph begins. Text extracted from a PDF or a scan breaks every printed line,
     * and a sentence runs on over a break after a line that fills the measure (at least three quarters of the
     * text's full line): such a wrap does not end the line. Any other break does: after a short line, in a
     * text of fewer than {@value #WRAPPED_LINES} lines, and in a text whose lines are paragraphs (longer than
     * {@value #HEADLINE_LENGTH} characters, as in a document or a web page).
     */
    boolean lineEndsWithin(int from, int to) {
        for (int i = from + 1; i < to && i < tokens.size(); i++) {
            int gapStart = tokens.get(i - 1).end();
            String gap = gapBefore(i);
            for (int k = 0; k < gap.length(); k++) {
                if (LINE_ENDS.indexOf(gap.charAt(k)) >= 0) {
                    if (!wrapped(gapStart + k)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** Whether the line ending at {@code lineEnd} was wrapped: it fills the measure of a text of printed lines. */
    private boolean wrapped(int lineEnd) {
        int full = measure();
        if (full == 0) {
            return false;
        }
        int lineStart = lineEnd;
        while (lineStart > 0 && LINE_ENDS.indexOf(text.charAt(lineStart - 1)) < 0) {
            lineStart--;
        }
        return text.substring(lineStart, lineEnd).strip().length() * 4 >= full * 3;
    }

    /**
     * The length of the text's full line (the 90th percentile of its lines' lengths, blank lines left out), or 0
     * when the text has too few lines to tell or its lines are paragraphs.
     */
    private int measure() {
        if (measure < 0) {
            List<Integer> lengths = new ArrayList<>();
            int lineStart = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || LINE_ENDS.indexOf(text.charAt(i)) >= 0) {
                    int length = text.substring(lineStart, i).strip().length();
                    if (length > 0) {
                        lengths.add(length);
                    }
                    lineStart = i + 1;
                }
            }
            lengths.sort(null);
            int full = lengths.size() < WRAPPED_LINES ? 0 : lengths.get(lengths.size() * 9 / 10);
            measure = full > HEADLINE_LENGTH ? 0 : full;
        }
        return measure;
    }

    /** Whether the gap before a token holds, besides spaces, nothing or one of the characters {@code allowed}. */
    boolean punctuationBeforeIs(int index, String allowed) {
        String punctuation = punctuationBefore(index);
        return punctuation.isEmpty() || punctuation.length() == 1 && allowed.indexOf(punctuation.charAt(0)) >= 0;
    }

    /** Whether a gap is at most {@code length} characters, all spaces or among {@code allowed}. */
    static boolean gapOf(String gap, int length, String allowed) {
        if (gap.length() > length) {
            return false;
        }
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!Character.isWhitespace(c) && allowed.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text after token {@code index}, up to {@code length} characters. */
    String textAfter(int index, int length) {
        int from = tokens.get(index).end();
        return text.substring(from, Math.min(text.length(), from + length));
    }

    /** Whether a token opens a sentence: first in the text, or after . ! ? । or a line break. */
    boolean sentenceInitial(int index) {
        if (index == 0) {
            return true;
        }
        String before = gapBefore(index);
        String trimmed = before.stripTrailing();
        if (trimmed.isEmpty()) {
            return before.contains("\n");
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return ".!?।\"“‘'(".indexOf(last) >= 0 || before.contains("\n");
    }

    /**
     * Whether the line holding a token is written in title case, like a headline ("Minor Girl Rescued From
     * Brick Kiln"), short and mostly capitalised: there, capitals do not mark names.
     */
    boolean inHeadline(int index) {
        int at = tokens.get(index).start();
        int lineStart = at;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            if (at - --lineStart > HEADLINE_LENGTH) {
                return false;
            }
        }
        int lineEnd = at;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
            if (++lineEnd - lineStart > HEADLINE_LENGTH) {
                return false;
            }
        }
        int words = 0;
        int capitalised = 0;
        int first = index;
        while (first > 0 && tokens.get(first - 1).start() >= lineStart) {
            first--;
        }
        for (int i = first; i < tokens.size() && tokens.get(i).end() <= lineEnd; i++) {
            Token token = tokens.get(i);
            if (token.latin() && token.text().length() >= 4) {
                words++;
                if (Character.isUpperCase(token.text().codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /**
     * The form in which words are compared: lower case; the nukta dropped and precomposed nukta letters
     * (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) written without it; chandrabindu as anusvara; zero-width joiners dropped. So
     * पीड़िता, पीडिता and a decomposed पीड़िता meet, and so do गाँव and गांव.
     */
    static String key(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\u093C', '\u200C', '\u200D' -> { }
                case '\u0901' -> key.append('\u0902');
                case '\u0958' -> key.append('\u0915');
                case '\u0959' -> key.append('\u0916');
                case '\u095A' -> key.append('\u0917');
                case '\u095B' -> key.append('\u091C');
                case '\u095C' -> key.append('\u0921');
                case '\u095D' -> key.append('\u0922');
                case '\u095E' -> key.append('\u092B');
                case '\u095F' -> key.append('\u092F');
                default -> key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            boolean digit = Character.isDigit(c);
            if (!digit && !wordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < text.length()) {
                int d = text.codePointAt(i);
                if (digit ? !Character.isDigit(d) : !wordChar(d)) {
                    break;
                }
                i += Character.charCount(d);
            }
            String word = text.substring(start, i);
            boolean devanagari = !digit && Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI;
            tokens.add(new Token(start, i, word, key(word), digit, devanagari));
        }
        return tokens;
    }

    private static boolean wordChar(int c) {
        if (Character.isDigit(c)) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\u200C' || c == '\u200D';
    }
}
