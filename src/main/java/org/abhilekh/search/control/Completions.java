package org.abhilekh.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.abhilekh.search.entity.Suggestion;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Completions for what is being typed: matching titles first, then values of the facets fields.json's
 * {@code suggest} names, counted over the entries the caller may see only.
 */
final class Completions {

    private final IndexConfiguration configuration;
    private final HitReader hits;

    Completions(IndexConfiguration configuration, HitReader hits) {
        this.configuration = configuration;
        this.hits = hits;
    }

    /** The searcher must carry facet state (an index with at least one faceted entry). */
    List<Suggestion> complete(FacetedSearcher searcher, String text, boolean staff) throws IOException {
        IndexConfiguration.Suggest settings = configuration.suggest();
        List<String> tokens = tokens(settings.titleField(), text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        tokens.forEach(token -> words.add(new TermQuery(new Term(settings.titleField(), token)), BooleanClause.Occur.MUST));
        TopDocs titles = searcher.search(SearchQueries.visibleTo(staff, words.build()), settings.limit());
        List<Suggestion> result = new ArrayList<>();
        for (ScoreDoc hit : titles.scoreDocs) {
            Document doc = hits.stored(searcher, hit.doc);
            result.add(new Suggestion(doc.get("title"), "title", doc.get(LuceneDocumentMapper.URL), null, 1));
        }
        String lowered = text.toLowerCase(Locale.ROOT);
        FacetsCollector visible = searcher.search(SearchQueries.visibleTo(staff, new MatchAllDocsQuery()), new FacetsCollectorManager());
        Facets counts = new SortedSetDocValuesFacetCounts(searcher.state, visible);
        List<Suggestion> values = new ArrayList<>();
        for (String dim : settings.facets()) {
            if (searcher.state.getOrdRange(dim) == null) {
                continue;
            }
            FacetResult all = counts.getAllChildren(dim, FacetCounts.NO_PATH);
            if (all == null) {
                continue;
            }
            for (LabelAndValue value : all.labelValues) {
                String label = value.label.toLowerCase(Locale.ROOT);
                if (label.startsWith(lowered) || label.contains(" " + lowered)) {
                    values.add(new Suggestion(value.label, dim, null, dim + ":" + value.label, value.value.longValue()));
                }
            }
        }
        values.sort(Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::text));
        result.addAll(values);
        return result.stream().limit(settings.limit()).toList();
    }

    private List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = configuration.queryAnalyzer().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < 10) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
