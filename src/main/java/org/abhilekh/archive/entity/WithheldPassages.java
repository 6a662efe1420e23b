package org.abhilekh.archive.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The passages of a document an editor withheld from the public: a child's name, a family's number. Each is
 * withheld wherever it occurs, whatever its case and however the extraction broke its lines, but only as whole
 * words ("Ravi" does not touch "Ravindra"). Passages are kept as written rather than as positions, so they
 * still apply when a file is read again.
 */
public final class WithheldPassages {

    /** What the public reads in place of a withheld passage: the same length whatever was withheld. */
    public static final String MARK = "█████";
    public static final int MAX_PASSAGES = 100;
    public static final int MAX_LENGTH = 200;
    public static final int MIN_LENGTH = 2;

    /** Letters with their vowel signs, and digits, make a word; a passage must not start or end inside one. */
    private static final String WORD = "[\\p{L}\\p{M}\\p{N}]";
    private static final Pattern WORD_CHAR = Pattern.compile(WORD);

    public static final WithheldPassages NONE = new WithheldPassages(List.of());

    private final List<String> passages;
    private final Pattern pattern;

    private WithheldPassages(List<String> passages) {
        this.passages = List.copyOf(passages);
        this.pattern = passages.isEmpty() ? null : Pattern.compile(passages.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(WithheldPassages::wholeWords)
                        .collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The passages as people typed them, each trimmed with its spaces collapsed; duplicates (ignoring case) go.
     * Refuses a passage too short to mean anything or too long to be a passage, and too many of them.
     */
    public static WithheldPassages of(List<String> typed) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String passage : typed) {
            String tidy = passage == null ? "" : passage.strip().replaceAll("\\s+", " ");
            if (tidy.codePointCount(0, tidy.length()) < MIN_LENGTH || tidy.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("A withheld passage has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters: \""
                        + (tidy.length() > 40 ? tidy.substring(0, 40) + "…" : tidy) + "\" has not.");
            }
            if (seen.add(tidy.toLowerCase(Locale.ROOT))) {
                kept.add(tidy);
            }
        }
        if (kept.size() > MAX_PASSAGES) {
            throw new IllegalArgumentException("At most " + MAX_PASSAGES + " passages can be withheld from one document.");
        }
        return kept.isEmpty() ? NONE : new WithheldPassages(kept);
    }

    /** As kept in the database: one passage per line (a passage never holds a line break). */
    public static WithheldPassages stored(String lines) {
        return lines == null || lines.isBlank() ? NONE : new WithheldPassages(lines.lines().filter(line -> !line.isBlank()).toList());
    }

    public String toStored() {
        return passages.isEmpty() ? null : String.join("\n", passages);
    }

    public List<String> passages() {
        return passages;
    }

    public boolean isEmpty() {
        return passages.isEmpty();
    }

    /** The text as the public may read it. */
    public String redact(String text) {
        if (pattern == null || text == null || text.isEmpty()) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
    }

    /** Whether the text holds a withheld passage. */
    public boolean occursIn(String text) {
        return pattern != null && text != null && pattern.matcher(text).find();
    }

    /** The text cut into runs, each withheld or not, so staff can see what the public does not. */
    public List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        int at = 0;
        if (pattern != null) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (matcher.start() > at) {
                    runs.add(new Run(text.substring(at, matcher.start()), false));
                }
                runs.add(new Run(matcher.group(), true));
                at = matcher.end();
            }
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }

    /** A piece of text, withheld from the public or not. */
    public record Run(String text, boolean withheld) {
    }

    /**
     * A passage's words in order, with any run of spaces or line breaks between them, not starting or ending
     * inside a longer word; a passage that begins or ends with a bracket or a sign may touch anything there.
     */
    private static String wholeWords(String passage) {
        String words = java.util.Arrays.stream(passage.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        String before = WORD_CHAR.matcher(passage.substring(0, passage.offsetByCodePoints(0, 1))).matches() ? "(?<!" + WORD + ")" : "";
        String after = WORD_CHAR.matcher(passage.substring(passage.offsetByCodePoints(passage.length(), -1))).matches() ? "(?!" + WORD + ")" : "";
        return before + words + after;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WithheldPassages that && passages.equals(that.passages);
    }

    @Override
    public int hashCode() {
        return passages.hashCode();
    }

    @Override
    public String toString() {
        return passages.size() + " withheld passage(s)";
    }
}
