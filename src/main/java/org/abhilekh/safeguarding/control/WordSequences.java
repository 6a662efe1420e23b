package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entries of a word list ("minor", "rescued child", "D/o", "मकान संख्या") matched against the words of a
 * text, ignoring case, nukta and the punctuation inside an entry ("H.No", "H. No." and "H No" are alike).
 * The longest entry wins.
 */
final class WordSequences {

    /** Entries by their first word, longest first. */
    private final Map<String, List<List<String>>> entries = new HashMap<>();
    private final Set<String> singleWords = new HashSet<>();

    WordSequences(Collection<String> lines) {
        for (String line : lines) {
            List<String> keys = new ScannedText(line).tokens().stream().map(Token::key).toList();
            if (!keys.isEmpty()) {
                entries.computeIfAbsent(keys.getFirst(), first -> new ArrayList<>()).add(keys);
                if (keys.size() == 1) {
                    singleWords.add(keys.getFirst());
                }
            }
        }
        entries.values().forEach(list -> list.sort((a, b) -> b.size() - a.size()));
    }

    /** The index after the longest entry starting at token {@code index}, or -1 if none starts there. */
    int matchAt(ScannedText text, int index) {
        if (index < 0 || index >= text.size()) {
            return -1;
        }
        for (List<String> entry : entries.getOrDefault(text.get(index).key(), List.of())) {
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
                if (!ScannedText.gapOf(gap, 3, "./-'")) {
                    return false;
                }
            }
        }
        return true;
    }
}
