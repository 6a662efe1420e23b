package org.abhilekh.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language model of one language's real text for generating documents whose words follow a natural, Zipf-like
 * distribution: the words of the source text ranked by how often they occur there, a word drawn by its rank with
 * probability proportional to 1/rank^{@link #EXPONENT}, and, to keep real word sequences (for phrases), the next
 * word taken from the words that follow the previous one in the source, in proportion to how often they do, with
 * probability {@link #FOLLOW}. So a few words occur in nearly every document and most in very few, as in real
 * archives, where the recombined sentences of the other corpus make every word common.
 */
final class ZipfText {

    /** Near the exponent measured for natural-language text (about 1). */
    static final double EXPONENT = 1.05;
    static final double FOLLOW = 0.35;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*");

    /** Words by rank: the most frequent first. */
    final List<String> ranked;
    private final double[] cumulative;
    private final Map<String, String[]> followers;

    ZipfText(String source) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        String previous = null;
        Matcher words = WORD.matcher(source.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            counts.merge(word, 1, Integer::sum);
            if (previous != null) {
                next.computeIfAbsent(previous, w -> new ArrayList<>()).add(word);
            }
            previous = word;
        }
        ranked = counts.keySet().stream()
                .sorted(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(Comparator.naturalOrder())).toList();
        cumulative = new double[ranked.size()];
        double sum = 0;
        for (int r = 0; r < cumulative.length; r++) {
            sum += 1 / Math.pow(r + 1, EXPONENT);
            cumulative[r] = sum;
        }
        for (int r = 0; r < cumulative.length; r++) {
            cumulative[r] /= sum;
        }
        followers = new HashMap<>();
        next.forEach((word, list) -> followers.put(word, list.toArray(String[]::new)));
    }

    /** A word drawn by its Zipf rank. */
    String word(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return ranked.get(Math.min(at < 0 ? -at - 1 : at, ranked.size() - 1));
    }

    /** {@code count} words in sentences of 6 to 24 words. */
    String text(Random random, int count) {
        StringBuilder text = new StringBuilder(count * 8);
        String previous = null;
        int sentence = 6 + random.nextInt(19);
        for (int i = 0; i < count; i++) {
            String[] after = previous == null ? null : followers.get(previous);
            String word = after != null && random.nextDouble() < FOLLOW ? after[random.nextInt(after.length)] : word(random);
            text.append(word);
            if (--sentence == 0 || i == count - 1) {
                text.append(". ");
                sentence = 6 + random.nextInt(19);
                previous = null;
            } else {
                text.append(' ');
                previous = word;
            }
        }
        return text.toString();
    }

    /**
     * A query mix of rare and common words, none of them stop words: single words from the most frequent 40, from
     * ranks 200 to 1,000 and from the rarer half of the vocabulary, two words (common and rare, two rare) and
     * phrases of two words that follow each other in the source.
     */
    List<String> queries(Random random, Set<String> stopWords, int common, int middle, int rare, int pairs, int phrases) {
        List<String> usable = ranked.stream().filter(w -> w.length() > 2 && !stopWords.contains(w)).toList();
        Set<String> queries = new LinkedHashSet<>();
        int from = queries.size();
        while (queries.size() < from + common) {
            queries.add(usable.get(random.nextInt(Math.min(40, usable.size()))));
        }
        from = queries.size();
        while (queries.size() < from + middle) {
            queries.add(usable.get(200 + random.nextInt(Math.min(800, usable.size() - 200))));
        }
        from = queries.size();
        while (queries.size() < from + rare) {
            queries.add(rare(usable, random));
        }
        from = queries.size();
        while (queries.size() < from + pairs) {
            String first = queries.size() % 2 == 0 ? usable.get(random.nextInt(Math.min(100, usable.size()))) : rare(usable, random);
            queries.add(first + " " + rare(usable, random));
        }
        from = queries.size();
        while (queries.size() < from + phrases) {
            String word = usable.get(random.nextInt(Math.min(300, usable.size())));
            String[] after = followers.get(word);
            if (after != null) {
                String second = after[random.nextInt(after.length)];
                if (second.length() > 2 && !stopWords.contains(second)) {
                    queries.add("\"" + word + " " + second + "\"");
                }
            }
        }
        return List.copyOf(queries);
    }

    private static String rare(List<String> usable, Random random) {
        return usable.get(usable.size() / 2 + random.nextInt(usable.size() - usable.size() / 2));
    }
}
