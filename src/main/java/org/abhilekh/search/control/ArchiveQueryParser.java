package org.abhilekh.search.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The query language people use: words, "phrases", -exclusion, OR, and {@code field:value} for the
 * fields that index-config/fields.json names (title, outlet, author, ...). A colon after any other
 * word is just text ("POCSO: training"), so no one meets an error for typing naturally, and internal
 * fields such as visibility cannot be asked for. Whole word groups are analyzed together, so the
 * glossary's multi-word entries ("child labour" = बाल श्रम) apply. With an English–Hindi dictionary, each English
 * word typed alone also finds a few of its Hindi translations, at a lower weight than the word and its glossary terms.
 */
final class ArchiveQueryParser extends MultiFieldQueryParser {

    /** How much the other matching fields add to the best one. */
    private static final float TIE_BREAKER = 0.3f;

    /** Text with no query syntax at all: words, digits, apostrophes, inner hyphens and punctuation. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\s'\u2019.,;-]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    /** A word the dictionary may translate: Latin letters only (no digits, Devanagari or syntax). */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]+");
    /** Beyond this many words a reader is pasting, not searching; the loosened query stays small. */
    private static final int MOST_WORDS_LIMIT = 8;

    private final Set<String> askable;
    private final String[] defaults;
    private final Map<String, Float> weights;
    private final IndexConfiguration configuration;

    private ArchiveQueryParser(String[] defaults, IndexConfiguration configuration, Map<String, Float> boosts, Set<String> askable) {
        super(defaults, configuration.queryAnalyzer(), boosts);
        this.configuration = configuration;
        this.askable = askable;
        this.defaults = defaults.clone();
        this.weights = Map.copyOf(boosts);
        setDefaultOperator(configuration.defaultOperator());
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(false);
        setAutoGeneratePhraseQueries(false);
    }

    /**
     * The query as people mean it: either one field holds each word group (so the glossary's phrases
     * apply), or each word is found in some field (so a query mixing scripts, "girls Gumla पलायन",
     * matches a document whose title is Hindi and whose district is written in English).
     */
    static Query parse(IndexConfiguration configuration, String text) throws ParseException {
        Query grouped = create(configuration).parse(text);
        if (text.strip().indexOf(' ') < 0) {
            // One word: both readings are the same query; scoring it twice would only cost time.
            return grouped;
        }
        MultiFieldQueryParser wordByWord = create(configuration);
        wordByWord.setSplitOnWhitespace(true);
        Query perWord = wordByWord.parse(text);
        return new BooleanQuery.Builder()
                .add(grouped, BooleanClause.Occur.SHOULD)
                .add(perWord, BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The same words, loosened for when no document holds all of them: a document need only hold half
     * of the words (rounded up), and a glossary phrase of two or three words ("child labour" = बाल श्रम)
     * counts for each word it covers, so a Hindi document answers an English sentence about it. Only
     * for plain words: quotes, operators, exclusions and fields are what the reader asked for exactly.
     *
     * @return empty when the text has query syntax or fewer than two words that are not stop words
     */
    static Optional<Query> mostWords(IndexConfiguration configuration, String text) throws ParseException {
        String stripped = text == null ? "" : text.strip();
        if (!PLAIN_WORDS.matcher(stripped).matches()) {
            return Optional.empty();
        }
        List<String> words = Arrays.stream(stripped.split("\\s+")).limit(MOST_WORDS_LIMIT).toList();
        if (words.stream().anyMatch(word -> word.startsWith("-") || OPERATORS.contains(word))) {
            return Optional.empty();
        }
        Map<String, Query> groups = new HashMap<>();
        List<Query> units = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Query word = group(configuration, words.subList(i, i + 1));
            if (word == null) {
                continue;
            }
            BooleanQuery.Builder unit = new BooleanQuery.Builder().add(word, BooleanClause.Occur.SHOULD);
            for (int length = 2; length <= 3; length++) {
                for (int start = Math.max(0, i - length + 1); start <= i && start + length <= words.size(); start++) {
                    String key = start + "+" + length;
                    if (!groups.containsKey(key)) {
                        groups.put(key, group(configuration, words.subList(start, start + length)));
                    }
                    if (groups.get(key) != null) {
                        unit.add(groups.get(key), BooleanClause.Occur.SHOULD);
                    }
                }
            }
            units.add(unit.build());
        }
        if (units.size() < 2) {
            return Optional.empty();
        }
        BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch((units.size() + 1) / 2);
        units.forEach(unit -> most.add(unit, BooleanClause.Occur.SHOULD));
        return Optional.of(most.build());
    }

    /** Words read together in any one field, as the grouped reading does; null when they are all stop words. */
    private static Query group(IndexConfiguration configuration, List<String> words) throws ParseException {
        Query query = create(configuration).parse(QueryParser.escape(String.join(" ", words)));
        return query instanceof BooleanQuery bool && bool.clauses().isEmpty() ? null : query;
    }

    static ArchiveQueryParser create(IndexConfiguration configuration) {
        List<IndexConfiguration.TextField> fields = configuration.textFields();
        String[] defaults = fields.stream().filter(IndexConfiguration.TextField::searchedByDefault)
                .map(IndexConfiguration.TextField::name).toArray(String[]::new);
        Map<String, Float> boosts = new HashMap<>();
        fields.forEach(field -> boosts.put(field.name(), field.boost()));
        Set<String> askable = fields.stream().filter(field -> !field.internal()).map(IndexConfiguration.TextField::name)
                .collect(Collectors.toUnmodifiableSet());
        return new ArchiveQueryParser(defaults, configuration, boosts, askable);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field == null || !askable.contains(field)) {
            String text = field == null ? queryText : field + " " + queryText;
            Query query = anyField(name -> super.getFieldQuery(name, text, quoted));
            return field == null && !quoted ? withTranslations(query, queryText) : query;
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    /**
     * The word, or, at a lower weight, its Hindi translations from the dictionary: a document that holds the word (or
     * its glossary terms) ranks above one that holds only a translation. Only for one English word on its own; a word
     * group is translated word by word in the other reading ({@link #parse}), and stop words (no query) stay out.
     * A translation the word's query already searches (through the glossary) is not added again.
     */
    private Query withTranslations(Query query, String word) throws ParseException {
        EnglishHindiDictionary dictionary = configuration.dictionary().orElse(null);
        IndexConfiguration.DictionaryUse use = configuration.dictionaryUse();
        if (query == null || dictionary == null || use.alternatives() == 0 || !ENGLISH_WORD.matcher(word).matches()) {
            return query;
        }
        Set<Term> searched = terms(query);
        List<Query> alternatives = new ArrayList<>();
        for (String translation : dictionary.translations(word, use.alternatives())) {
            Query alternative = anyField(name -> super.getFieldQuery(name, translation, true));
            if (alternative != null && !searched.containsAll(terms(alternative))) {
                alternatives.add(alternative);
                searched.addAll(terms(alternative));
            }
        }
        if (alternatives.isEmpty()) {
            return query;
        }
        Query translated = alternatives.size() == 1 ? alternatives.getFirst() : new DisjunctionMaxQuery(alternatives, 0f);
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(translated, use.boost()), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Set<Term> terms(Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        return terms;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field == null || !askable.contains(field)) {
            String text = field == null ? queryText : field + " " + queryText;
            return anyField(name -> super.getFieldQuery(name, text, slop));
        }
        return super.getFieldQuery(field, queryText, slop);
    }

    /**
     * A word group matches when one field holds all of it; the fields are alternatives, each with its
     * weight, and the best one counts most. (Lucene's own multi-field parser instead pairs up the n-th
     * words of each field, which breaks when one field expands a group through the glossary and another
     * does not; and a plain boolean of alternatives would be turned into a conjunction by the parser.)
     */
    private Query anyField(FieldQuery perField) throws ParseException {
        List<Query> alternatives = new ArrayList<>();
        for (String name : defaults) {
            Query query = perField.build(name);
            if (query != null) {
                alternatives.add(new BoostQuery(query, weights.getOrDefault(name, 1f)));
            }
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    @FunctionalInterface
    private interface FieldQuery {
        Query build(String field) throws ParseException;
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(askable(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(askable(field), termStr);
    }

    /**
     * No regular expressions, for anyone: {@code /.*ild.* /} walks whole term dictionaries (the cost the
     * leading-wildcard ban exists to prevent), and a malformed one failed deep inside Lucene. Words and
     * trailing wildcards find what people look for.
     */
    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new UnsupportedSyntax("Regular expressions (text between slashes) are not supported; search for the words, "
                + "or end a word with * to find its continuations. To search for a slash, put the text in quotes.");
    }

    /** Syntax the parser reads but we refuse; its message says what to do instead. */
    static final class UnsupportedSyntax extends ParseException {

        private static final long serialVersionUID = 1L;

        UnsupportedSyntax(String message) {
            super(message);
        }
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(askable(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        return super.getRangeQuery(askable(field), part1, part2, startInclusive, endInclusive);
    }

    private String askable(String field) {
        return field == null || askable.contains(field) ? field : null;
    }
}
