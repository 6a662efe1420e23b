package org.abhilekh.search.control.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.InvalidQueryException;
import org.abhilekh.search.entity.SearchRequest;
import org.apache.lucene.index.Term;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.SuggestMode;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Suggest;
import org.opensearch.client.opensearch.core.search.TermSuggestOption;

/**
 * "Did you mean", decided as the embedded engine decides it: each word the caller's material lacks (and that
 * finds nothing through the glossary, a stem or its romanised key) is replaced by its closest word, among the
 * term suggester's options on the spelling field, that the caller's own material holds; the best score wins,
 * a tie goes to the word the caller sees more often. The correction is offered only if it finds something the
 * caller may see. Options come from the whole index, but each is counted within the caller's visibility, so a
 * word only staff-only material holds is never offered to the public.
 */
final class ClusterSpelling {

    /** Near words considered per misspelt word before the caller's own material picks among them. */
    private static final int OPTIONS = 10;

    private final OpenSearchClient client;
    private final IndexLayout layout;
    private final IndexConfiguration configuration;
    private final ClusterQueries queries;

    ClusterSpelling(OpenSearchClient client, IndexLayout layout, IndexConfiguration configuration, ClusterQueries queries) {
        this.client = client;
        this.layout = layout;
        this.configuration = configuration;
        this.queries = queries;
    }

    String correction(SearchRequest request) throws IOException {
        String field = configuration.suggest().spellField();
        boolean changed = false;
        StringBuilder corrected = new StringBuilder();
        for (String word : request.query().strip().split("\\s+")) {
            String replacement = word;
            String plain = word.toLowerCase(Locale.ROOT);
            if (plain.length() >= 3 && plain.chars().allMatch(Character::isLetter)
                    && visibleCount(request.staff(), QueryTranslator.term(new Term(field, plain))) == 0
                    && !findsAnything(request.staff(), word)) {
                String best = null;
                double bestScore = 0;
                long bestCount = 0;
                for (TermSuggestOption option : options(field, plain)) {
                    long count = option.text().equals(plain) ? 0
                            : visibleCount(request.staff(), QueryTranslator.term(new Term(field, option.text())));
                    if (count > 0 && (best == null || option.score() > bestScore || option.score() == bestScore && count > bestCount)) {
                        best = option.text();
                        bestScore = option.score();
                        bestCount = count;
                    }
                }
                if (best != null) {
                    replacement = best;
                    changed = true;
                }
            }
            corrected.append(corrected.length() == 0 ? "" : " ").append(replacement);
        }
        if (!changed) {
            return null;
        }
        String candidate = corrected.toString();
        return findsAnything(request.staff(), candidate) ? candidate : null;
    }

    /** The near words of the whole index, as Lucene's DirectSpellChecker finds them (same distance and limits). */
    private List<TermSuggestOption> options(String field, String word) throws IOException {
        var response = client.search(s -> s.index(layout.alias()).preference(layout.readPreference()).size(0)
                .suggest(sg -> sg.suggesters("word", fs -> fs.text(word).term(t -> t.field(field).analyzer("whitespace")
                        .suggestMode(SuggestMode.Always).size(OPTIONS).maxEdits(2).prefixLength(1).minWordLength(4)
                        .maxTermFreq((float) Integer.MAX_VALUE)))), ObjectNode.class);
        List<Suggest<ObjectNode>> suggestions = response.suggest() == null ? List.of() : response.suggest().getOrDefault("word", List.of());
        return suggestions.stream().filter(Suggest::isTerm).flatMap(suggestion -> suggestion.term().options().stream()).toList();
    }

    private boolean findsAnything(boolean staff, String text) throws IOException {
        try {
            return visibleCount(staff, queries.parse(text)) > 0;
        } catch (InvalidQueryException e) {
            return false;
        }
    }

    private long visibleCount(boolean staff, Query query) throws IOException {
        return client.count(c -> c.index(layout.alias()).preference(layout.readPreference()).query(ClusterQueries.visibleTo(staff, query))).count();
    }
}
