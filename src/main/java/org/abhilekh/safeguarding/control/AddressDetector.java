package org.abhilekh.safeguarding.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * Exact addresses: a house number next to a locality ("House No. 42, Village Bhandra", "मकान संख्या 12,
 * ग्राम कुरु", "H.No. 7, Ward 3, Mohalla Islampur"), or a village written as a postal address with post
 * office and police station ("Vill. Bhandra, P.O. Kuru, P.S. Bhandra", "ग्राम कोचा, पोस्ट सिसई, थाना सिसई").
 * A house number followed by a place's name alone ("House No 7, Lower Chutia") counts too. The parts are
 * read from {@code address-words.txt}; parts count together when only commas, hyphens or spaces stand
 * between them. A village, ward or district named alone is not a finding.
 */
final class AddressDetector implements TextDetector {

    private enum Part { HOUSE, LOCALITY, POSTAL, PLACE }

    private record Found(Part part, int start, int end) {
    }

    private final WordSequences house;
    private final WordSequences locality;
    private final WordSequences postal;
    private final WordSequences numberWords;
    private final PersonNames names;

    AddressDetector(Path folder, PersonNames names) {
        WordListFile words = WordListFile.read(folder, "address-words.txt");
        this.house = new WordSequences(words.section("house-number"));
        this.locality = new WordSequences(words.section("locality"));
        this.postal = new WordSequences(words.section("postal"));
        this.numberWords = new WordSequences(words.section("number-word"));
        this.names = names;
    }

    @Override
    public List<Finding> find(ScannedText text, String where) {
        List<Found> parts = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Found found = partAt(text, i);
            if (found == null && !parts.isEmpty() && parts.getLast().part() == Part.HOUSE
                    && parts.getLast().end() == i && text.punctuationBefore(i).equals(",")) {
                int end = names.runFrom(text, i);
                found = end < 0 ? null : new Found(Part.PLACE, i, end);
            }
            if (found != null) {
                parts.add(found);
                i = found.end() - 1;
            }
        }
        List<int[]> spans = new ArrayList<>();
        int first = 0;
        for (int k = 1; k <= parts.size(); k++) {
            if (k == parts.size() || !adjacent(text, parts.get(k - 1), parts.get(k))) {
                List<Found> cluster = parts.subList(first, k);
                if (exact(cluster)) {
                    spans.add(new int[] {text.get(cluster.getFirst().start()).start(), text.get(cluster.getLast().end() - 1).end()});
                }
                first = k;
            }
        }
        return Spans.findings(text.text(), spans, Finding.EXACT_ADDRESS, where);
    }

    private static boolean exact(List<Found> cluster) {
        long houses = cluster.stream().filter(found -> found.part() == Part.HOUSE).count();
        long localities = cluster.stream().filter(found -> found.part() == Part.LOCALITY).count();
        long postals = cluster.stream().filter(found -> found.part() == Part.POSTAL).count();
        return houses > 0 && cluster.size() > 1 || localities > 0 && postals >= 2;
    }

    private Found partAt(ScannedText text, int i) {
        int after = house.matchAt(text, i);
        if (after > 0) {
            int end = houseNumberAt(text, after);
            return end > 0 ? new Found(Part.HOUSE, i, end) : null;
        }
        after = locality.matchAt(text, i);
        if (after > 0 && after < text.size() && shortGap(text, after)) {
            int at = numberWords.matchAt(text, after) > 0 ? numberWords.matchAt(text, after) : after;
            if (at < text.size() && shortGap(text, at) && (text.get(at).number() || names.nameWord(text.get(at)))) {
                return new Found(Part.LOCALITY, i, at + 1);
            }
        }
        if (names.nameWord(text.get(i)) && i + 1 < text.size() && text.gapBefore(i + 1).equals(" ")) {
            int end = locality.matchAt(text, i + 1);
            if (end > 0) {
                return new Found(Part.LOCALITY, i, end);
            }
        }
        after = postal.matchAt(text, i);
        if (after > 0 && after < text.size() && shortGap(text, after) && names.nameWord(text.get(after))) {
            return new Found(Part.POSTAL, i, after + 1);
        }
        return null;
    }

    /** The end of a house number such as 42, 42/3, B/14 or 12-A starting at {@code at}, or -1. */
    private static int houseNumberAt(ScannedText text, int at) {
        if (at >= text.size() || !shortGap(text, at)) {
            return -1;
        }
        int end = at;
        boolean digits = false;
        while (end < text.size() && (end == at || (text.gapBefore(end).equals("/") || text.gapBefore(end).equals("-"))) && text.get(end).text().length() <= 4) {
            digits |= text.get(end).number();
            end++;
        }
        return digits ? end : -1;
    }

    private static boolean shortGap(ScannedText text, int index) {
        String gap = text.gapBefore(index);
        return ScannedText.gapOf(gap, 3, ".:#-");
    }

    private static boolean adjacent(ScannedText text, Found previous, Found next) {
        String between = text.text().substring(text.get(previous.end() - 1).end(), text.get(next.start()).start());
        return ScannedText.gapOf(between, 4, ",-.");
    }
}
