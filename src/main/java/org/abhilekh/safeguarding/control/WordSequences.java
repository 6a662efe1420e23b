package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entries of a word list ("minor", "rescued child", "D/o", "मकान संख्या") matched against the words of a
 * text, ignoring case, nukta and the punctuation inside an entry ("H.No", "H. No." and "H No" are alike).
 * The longest entry wins.
 */
final class WordSequences {

    private final List<List<String>> entries = new ArrayList<>();
    private final Set<String> singleWords = new HashSet<>();

    WordSequences(Collection<String> lines) {
        for (String line : lines) {
            List<String> keys = new ScannedText(line).tokens().stream().map(Token::key).toList();
            if (!keys.isEmpty()) {
                entries.add(keys);
                if (keys.size() == 1) {
                    singleWords.add(keys.getFirst());
                }
            }
        }
        entries.sort((a, b) -> b.size() - a.size());
    }

    /** The index after the longest entry starting at token {@code index}, or -1 if none starts there. */
    int matchAt(ScannedText text, int index) {
        for (List<String> entry : entries) {
            if (matches(text, index, entry)) {
                return index + entry.size();
            }
        }
        return -1;
    }

    /** Whether one word is an entry of its own. */
    boolean containsWord(Token token) {
        return singleWords.contains(token.key());
    }

    Set<String> singleWords() {
        return singleWords;
    }

    private static boolean matches(ScannedText text, int index, List<String> entry) {
        if (index < 0 || index + entry.size() > text.size()) {
            return false;
        }
        for (int k = 0; k < entry.size(); k++) {
            if (!text.get(index + k).key().equals(entry.get(k))) {
                return false;
            }
            if (k > 0) {
                String gap = text.gapBefore(index + k);
                if (gap.length() > 3 || !gap.matches("[\\s./\\-']*")) {
                    return false;
                }
            }
        }
        return true;
    }
}
