package org.abhilekh.search.control;

import java.io.IOException;
import java.util.Locale;
import org.abhilekh.search.entity.SearchRequest;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word that the caller's material does not contain is replaced by its closest word
 * that it does. Every decision looks at what the caller may see only, never at the whole index: whether
 * a word is missing, which near words qualify, and which of them wins on a tie, so a word, or how often
 * a word occurs, in staff-only material changes nothing a public reader is offered.
 */
final class Spelling {

    /** Near words considered per misspelt word before the caller's own material picks among them. */
    private static final int OPTIONS = 10;

    private final IndexConfiguration configuration;
    private final SearchQueries queries;

    Spelling(IndexConfiguration configuration, SearchQueries queries) {
        this.configuration = configuration;
        this.queries = queries;
    }

    /** The corrected search, only if it finds something the caller may see; otherwise null. */
    String correction(IndexSearcher searcher, SearchRequest request) throws IOException {
        String field = configuration.suggest().spellField();
        DirectSpellChecker checker = new DirectSpellChecker();
        // Suggest however common the typed word is in the whole index: that count includes staff-only documents.
        checker.setMaxQueryFrequency(Integer.MAX_VALUE);
        IndexReader reader = searcher.getIndexReader();
        boolean changed = false;
        StringBuilder corrected = new StringBuilder();
        for (String word : request.query().strip().split("\\s+")) {
            String replacement = word;
            String plain = word.toLowerCase(Locale.ROOT);
            // A word the archive lacks as typed may still find something through the glossary, a stem or
            // its romanised key ("radio" finds रेडियो); correcting it would be wrong.
            if (plain.length() >= 3 && plain.chars().allMatch(Character::isLetter) && visibleCount(searcher, request.staff(), field, plain) == 0
                    && !findsAnything(searcher, request.staff(), word)) {
                SuggestWord best = null;
                long bestCount = 0;
                for (SuggestWord option : checker.suggestSimilar(new Term(field, plain), OPTIONS, reader, SuggestMode.SUGGEST_ALWAYS)) {
                    long count = option.string.equals(plain) ? 0 : visibleCount(searcher, request.staff(), field, option.string);
                    if (count > 0 && (best == null || option.score > best.score || option.score == best.score && count > bestCount)) {
                        best = option;
                        bestCount = count;
                    }
                }
                if (best != null) {
                    replacement = best.string;
                    changed = true;
                }
            }
            corrected.append(corrected.length() == 0 ? "" : " ").append(replacement);
        }
        if (!changed) {
            return null;
        }
        String candidate = corrected.toString();
        return findsAnything(searcher, request.staff(), candidate) ? candidate : null;
    }

    private boolean findsAnything(IndexSearcher searcher, boolean staff, String text) throws IOException {
        try {
            return searcher.count(SearchQueries.visibleTo(staff, queries.parse(text))) > 0;
        } catch (InvalidQueryException e) {
            return false;
        }
    }

    /** How many entries the caller may see hold this word in this field. */
    private static long visibleCount(IndexSearcher searcher, boolean staff, String field, String word) throws IOException {
        return searcher.count(SearchQueries.visibleTo(staff, new TermQuery(new Term(field, word))));
    }
}
