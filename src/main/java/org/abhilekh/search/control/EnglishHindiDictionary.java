package org.abhilekh.search.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English words with their Hindi translations, read once from a dictionary in the dictd format (a {@code .index}
 * of headwords with base64 offsets and lengths into a {@code .dict.dz}, or a plain {@code .dict}), as FreeDict's
 * English–Hindi dictionary ({@code dict-freedict-eng-hin}) ships it. Only single-word headwords are kept, each with
 * the Devanagari translations of its main sense (the first with Hindi, per part of speech), cleaned of grammar notes,
 * bracketed remarks, example sentences and light verbs ({@code अपहरण करना} is kept as {@code अपहरण}); the rest of
 * the 1.7 MB is dropped. Later senses are left out: they are the rarer meanings ({@code poverty} as कमी, a
 * shortage), whose common Hindi words would bring documents about something else. A word that is not a headword is
 * looked up by its Porter stem ({@code wages} finds {@code wage}).
 */
public final class EnglishHindiDictionary {

    /** More than a query ever takes (fields.json's dictionary alternatives). */
    private static final int KEPT_PER_HEADWORD = 6;
    /** Longer translations are explanations, not words a text would hold. */
    private static final int MOST_WORDS_PER_TRANSLATION = 3;
    private static final Pattern SENSE = Pattern.compile("^(\\d+)\\.\\s+(.*)$");
    private static final Pattern HEADWORD = Pattern.compile("[a-z]+");
    /** Remarks in braces, brackets or parentheses, also when the source forgot to close them. */
    private static final Pattern REMARK = Pattern.compile("\\{[^}]*}?|\\[[^\\]]*]?|\\([^)]*\\)?");
    private static final Pattern DEVANAGARI_WORDS = Pattern.compile("[\\u0900-\\u097F]+(?: [\\u0900-\\u097F]+)*");
    /** Verbs that turn a noun into a verb phrase; the noun alone is what a text about the matter holds. */
    private static final Set<String> LIGHT_VERBS = Set.of("करना", "कराना", "होना", "देना", "लेना", "जाना", "पाना");
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** Headwords and query words are matched by their Porter stem. */
    private static final Analyzer STEMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(new LowerCaseFilter(tokenizer)));
        }
    };

    private final Map<String, List<String>> byHeadword;
    private final Map<String, List<String>> headwordsByStem;

    private EnglishHindiDictionary(Map<String, List<String>> byHeadword) {
        this.byHeadword = Map.copyOf(byHeadword);
        Map<String, List<String>> stems = new HashMap<>();
        byHeadword.keySet().forEach(headword -> stems.computeIfAbsent(stem(headword), key -> new ArrayList<>()).add(headword));
        stems.replaceAll((stem, headwords) -> headwords.stream().sorted().toList());
        this.headwordsByStem = Map.copyOf(stems);
    }

    /**
     * The dictionary at {@code base} ({@code base.index} with {@code base.dict.dz} or {@code base.dict}), or empty when
     * its files are not there.
     *
     * @throws UncheckedIOException when the files are there but cannot be read
     */
    public static Optional<EnglishHindiDictionary> read(Path base) {
        Path index = sibling(base, ".index");
        Path compressed = sibling(base, ".dict.dz");
        Path plain = sibling(base, ".dict");
        if (!Files.isRegularFile(index) || !Files.isRegularFile(compressed) && !Files.isRegularFile(plain)) {
            return Optional.empty();
        }
        try {
            byte[] body;
            if (Files.isRegularFile(compressed)) {
                // A dictzip file is a gzip file whose extra field indexes its chunks; read whole, it is plain gzip.
                try (InputStream in = new GZIPInputStream(Files.newInputStream(compressed))) {
                    body = in.readAllBytes();
                }
            } else {
                body = Files.readAllBytes(plain);
            }
            Map<String, List<List<String>>> mainSenses = new HashMap<>();
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    continue;
                }
                String headword = parts[0].strip().toLowerCase(Locale.ROOT);
                if (!HEADWORD.matcher(headword).matches()) {
                    continue;
                }
                int offset = (int) decode(parts[1]);
                int length = (int) decode(parts[2]);
                if (offset < 0 || length < 0 || offset + length > body.length) {
                    throw new IOException("the index points past the end of the dictionary at '" + parts[0] + "'");
                }
                String entry = new String(body, offset, length, StandardCharsets.UTF_8);
                List<String> main = mainSense(entry);
                if (!main.isEmpty()) {
                    mainSenses.computeIfAbsent(headword, key -> new ArrayList<>()).add(main);
                }
            }
            Map<String, List<String>> translations = new HashMap<>();
            mainSenses.forEach((headword, entries) -> translations.put(headword, byEntry(entries)));
            return Optional.of(new EnglishHindiDictionary(translations));
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException("Cannot read the dictionary " + base + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** How many English words have a translation. */
    public int size() {
        return byHeadword.size();
    }

    /**
     * Up to {@code limit} Hindi translations of an English word, in the dictionary's order; those of the word itself
     * when it is a headword, otherwise those of the headwords that share its stem, the nearest in length first.
     */
    public List<String> translations(String word, int limit) {
        String plain = word.strip().toLowerCase(Locale.ROOT);
        List<String> own = byHeadword.get(plain);
        if (own != null) {
            return own.stream().limit(limit).toList();
        }
        if (!HEADWORD.matcher(plain).matches()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        headwordsByStem.getOrDefault(stem(plain), List.of()).stream()
                .sorted(Comparator.comparingInt(headword -> Math.abs(headword.length() - plain.length())))
                .forEach(headword -> found.addAll(byHeadword.get(headword)));
        return found.stream().limit(limit).toList();
    }

    /** The cleaned Devanagari translations of the entry's first sense that has any; empty when none has. */
    private static List<String> mainSense(String entry) {
        for (String line : entry.split("\n")) {
            Matcher sense = SENSE.matcher(line.strip());
            if (!sense.matches()) {
                continue;
            }
            List<String> translations = new ArrayList<>();
            String text = REMARK.matcher(sense.group(2)).replaceAll(" ").replace('~', ' ').replace('\u2018', ' ').replace('_', ' ');
            for (String piece : text.split("[,;/]")) {
                String cleaned = piece.strip().replaceAll("\\s+", " ");
                if (!DEVANAGARI_WORDS.matcher(cleaned).matches()) {
                    continue;
                }
                List<String> words = new ArrayList<>(List.of(cleaned.split(" ")));
                if (words.size() > 1 && LIGHT_VERBS.contains(words.getLast())) {
                    words.removeLast();
                }
                if (words.size() <= MOST_WORDS_PER_TRANSLATION) {
                    translations.add(String.join(" ", words));
                }
            }
            if (!translations.isEmpty()) {
                return translations;
            }
        }
        return List.of();
    }

    /**
     * The first translation of every entry of a headword (one per part of speech: wage as a noun, as a verb), then the
     * second of every entry, and so on: each meaning gets its turn before any gets a second word.
     */
    private static List<String> byEntry(List<List<String>> entries) {
        Set<String> ranked = new LinkedHashSet<>();
        int longest = entries.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest && ranked.size() < KEPT_PER_HEADWORD; i++) {
            for (List<String> entry : entries) {
                if (i < entry.size() && ranked.size() < KEPT_PER_HEADWORD) {
                    ranked.add(entry.get(i));
                }
            }
        }
        return List.copyOf(ranked);
    }

    private static long decode(String base64) {
        long value = 0;
        for (char c : base64.toCharArray()) {
            int digit = BASE64.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("'" + base64 + "' is not a dictd number");
            }
            value = value * 64 + digit;
        }
        return value;
    }

    private static Path sibling(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    private static String stem(String word) {
        try (TokenStream stream = STEMS.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
