package org.abhilekh.safeguarding.control;

/**
 * Where a personal name may stand. Names are open-ended, so no list of names decides: in English a name
 * is a run of capitalised words; in Hindi, which has no capitals, a word that is neither a common word nor
 * a word of the lists, followed by surname words ("सलोनी तिर्की"). The rules in
 * {@link ChildIdentityDetector} add the context (an age, a child word, a kinship marker) that makes such a
 * run a name.
 */
final class PersonNames {

    private static final int LONGEST = 4;

    private final ChildIdentityWords words;

    PersonNames(ChildIdentityWords words) {
        this.words = words;
    }

    /**
     * Whether a word can be part of a name: not a number, not a word of the lists, and not ending like
     * words that never are names (the Hindi plural "-ों" of "समितियों", "विद्यालयों").
     */
    boolean nameWord(Token token) {
        if (token.number() || words.notNames.contains(token.key()) || words.reserved.contains(token.key())
                || words.notNameEnding(token.key())) {
            return false;
        }
        return token.devanagari() ? token.text().length() >= 2 : token.capitalised();
    }

    boolean surname(Token token) {
        return words.surnames.contains(token.key());
    }

    /** The index after the name starting at {@code index}, or -1 if no name starts there. */
    int runFrom(ScannedText text, int index) {
        if (index >= text.size() || !nameWord(text.get(index))) {
            return -1;
        }
        boolean devanagari = text.get(index).devanagari();
        int end = index + 1;
        while (end < text.size() && end - index < LONGEST && sameName(text, end, devanagari)) {
            end++;
        }
        return end;
    }

    /** The first index of the name ending with token {@code last}, or -1 if no name ends there. */
    int runEndingAt(ScannedText text, int last) {
        if (last < 0 || !nameWord(text.get(last))) {
            return -1;
        }
        boolean devanagari = text.get(last).devanagari();
        int start = last;
        while (start > 0 && last - start + 1 < LONGEST && nameWord(text.get(start - 1))
                && text.gapBefore(start).equals(" ") && text.get(start - 1).devanagari() == devanagari
                && (!devanagari || surname(text.get(start)))) {
            start--;
        }
        return start;
    }

    /**
     * Whether a Hindi name run [start, end) shows itself as a name without an age: it holds a surname
     * ("रीना कुमारी") or, unless it follows a word that also begins compounds ("बच्चा चोरी की"), a
     * postposition follows it ("रेखा को", "सुनीता ने"). English runs always do (capitals).
     */
    boolean standsAsName(ScannedText text, int start, int end, boolean afterCompoundHead) {
        if (!text.get(start).devanagari()) {
            return true;
        }
        if (hasSurname(text, start, end)) {
            return true;
        }
        return !afterCompoundHead && end < text.size() && text.punctuationBefore(end).isEmpty() && words.afterNameHindi.containsWord(text.get(end));
    }

    /** Whether one of the tokens [start, end) is a surname ("रीना कुमारी"). */
    boolean hasSurname(ScannedText text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (surname(text.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code index} continues a name begun before it (so no name starts there). */
    boolean continuesName(ScannedText text, int index) {
        return index > 0 && nameWord(text.get(index - 1)) && sameName(text, index, text.get(index - 1).devanagari());
    }

    /** Whether an adult marker (a title, a post, "accused") stands right before the name starting at {@code start}. */
    boolean afterAdultMarker(ScannedText text, int start) {
        for (int from = Math.max(0, start - 3); from < start; from++) {
            if (words.adult.matchAt(text, from) == start) {
                return true;
            }
        }
        return false;
    }

    private boolean sameName(ScannedText text, int index, boolean devanagari) {
        Token token = text.get(index);
        if (!text.gapBefore(index).equals(" ") || token.devanagari() != devanagari || !nameWord(token)) {
            return false;
        }
        return !devanagari || surname(token);
    }
}
