package org.abhilekh.search.control.opensearch;

import java.util.ArrayList;
import java.util.List;
import org.abhilekh.search.control.InvalidQueryException;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SpanQuery;

/**
 * Turns the query the embedded engine's parser made of the reader's text into the same query in OpenSearch's
 * language. The parser (with the glossary, the per-field weights and the word-group readings) is the one the
 * embedded engine uses, and the cluster analyses with the same chains, so both engines search the same terms.
 * The terms are already analysed: they go to the cluster as exact terms, never through an analyzer again.
 */
final class QueryTranslator {

    private QueryTranslator() {
    }

    static Query translate(org.apache.lucene.search.Query query) {
        if (query instanceof TermQuery term) {
            return term(term.getTerm());
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool);
        }
        if (query instanceof BoostQuery boost) {
            Query inner = translate(boost.getQuery());
            // A single-clause bool scores as its clause times its boost, whatever the clause's kind.
            return Query.of(q -> q.bool(b -> b.must(inner).boost(boost.getBoost())));
        }
        if (query instanceof DisjunctionMaxQuery max) {
            List<Query> queries = max.getDisjuncts().stream().map(QueryTranslator::translate).toList();
            return Query.of(q -> q.disMax(d -> d.queries(queries).tieBreaker(max.getTieBreakerMultiplier())));
        }
        if (query instanceof SynonymQuery synonyms) {
            List<Query> terms = synonyms.getTerms().stream().map(QueryTranslator::term).toList();
            return Query.of(q -> q.bool(b -> b.should(terms)));
        }
        if (query instanceof PhraseQuery phrase) {
            return phrase(phrase);
        }
        if (query instanceof MultiPhraseQuery multi) {
            return multiPhrase(multi);
        }
        if (query instanceof SpanNearQuery || query instanceof SpanOrQuery || query instanceof SpanTermQuery) {
            SpanQuery span = span(query);
            return Query.of(q -> q.spanNear(n -> n.clauses(span).slop(0).inOrder(true)));
        }
        if (query instanceof PrefixQuery prefix) {
            return Query.of(q -> q.prefix(p -> p.field(prefix.getPrefix().field()).value(prefix.getPrefix().text())));
        }
        if (query instanceof WildcardQuery wildcard) {
            return Query.of(q -> q.wildcard(w -> w.field(wildcard.getTerm().field()).value(wildcard.getTerm().text())));
        }
        if (query instanceof FuzzyQuery fuzzy) {
            return Query.of(q -> q.fuzzy(f -> f.field(fuzzy.getTerm().field()).value(FieldValue.of(fuzzy.getTerm().text()))
                    .fuzziness(Integer.toString(fuzzy.getMaxEdits())).prefixLength(fuzzy.getPrefixLength())
                    .transpositions(fuzzy.getTranspositions())));
        }
        if (query instanceof TermRangeQuery range) {
            return range(range);
        }
        if (query instanceof MatchAllDocsQuery) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        if (query instanceof MatchNoDocsQuery) {
            return matchNone();
        }
        throw new InvalidQueryException("This kind of search (" + query.getClass().getSimpleName()
                + ") is not supported on the search cluster; search for the words instead.", null);
    }

    /** A range of terms ({@code title:[kiln TO mica]}); the bounds are already normalised as the field's terms are. */
    private static Query range(TermRangeQuery range) {
        BytesRef lower = range.getLowerTerm();
        BytesRef upper = range.getUpperTerm();
        return Query.of(q -> q.range(r -> {
            r.field(range.getField());
            if (lower != null) {
                JsonData bound = JsonData.of(lower.utf8ToString());
                r = range.includesLower() ? r.gte(bound) : r.gt(bound);
            }
            if (upper != null) {
                JsonData bound = JsonData.of(upper.utf8ToString());
                r = range.includesUpper() ? r.lte(bound) : r.lt(bound);
            }
            return r;
        }));
    }

    static Query term(Term term) {
        return Query.of(q -> q.term(t -> t.field(term.field()).value(FieldValue.of(term.text()))));
    }

    static Query matchNone() {
        return Query.of(q -> q.matchNone(m -> m));
    }

    private static Query bool(BooleanQuery bool) {
        List<Query> must = new ArrayList<>();
        List<Query> should = new ArrayList<>();
        List<Query> filter = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            Query translated = translate(clause.query());
            switch (clause.occur()) {
                case MUST -> must.add(translated);
                case SHOULD -> should.add(translated);
                case FILTER -> filter.add(translated);
                case MUST_NOT -> mustNot.add(translated);
            }
        }
        if (must.isEmpty() && should.isEmpty() && filter.isEmpty()) {
            // Lucene matches nothing with exclusions alone (or no clause at all); OpenSearch would match everything.
            return matchNone();
        }
        int minimum = bool.getMinimumNumberShouldMatch();
        return Query.of(q -> q.bool(b -> {
            b.must(must).should(should).filter(filter).mustNot(mustNot);
            if (minimum > 0) {
                b.minimumShouldMatch(Integer.toString(minimum));
            }
            return b;
        }));
    }

    /**
     * A phrase as spans: adjacent terms in order. Where the analyzer left gaps (stop words), the gaps become
     * slop, which lets another word stand in a gap: such a phrase can match slightly more than in the embedded index.
     */
    private static Query phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        if (terms.length == 0) {
            return matchNone();
        }
        if (terms.length == 1) {
            return term(terms[0]);
        }
        int[] positions = phrase.getPositions();
        List<SpanQuery> clauses = new ArrayList<>();
        for (Term term : terms) {
            clauses.add(SpanQuery.of(s -> s.spanTerm(t -> t.field(term.field()).value(term.text()))));
        }
        int slop = phrase.getSlop() + gaps(positions);
        return Query.of(q -> q.spanNear(n -> n.clauses(clauses).slop(slop).inOrder(phrase.getSlop() == 0)));
    }

    private static Query multiPhrase(MultiPhraseQuery multi) {
        Term[][] arrays = multi.getTermArrays();
        List<SpanQuery> clauses = new ArrayList<>();
        for (Term[] alternatives : arrays) {
            List<SpanQuery> terms = new ArrayList<>();
            for (Term term : alternatives) {
                terms.add(SpanQuery.of(s -> s.spanTerm(t -> t.field(term.field()).value(term.text()))));
            }
            clauses.add(SpanQuery.of(s -> s.spanOr(o -> o.clauses(terms))));
        }
        int slop = multi.getSlop() + gaps(multi.getPositions());
        return Query.of(q -> q.spanNear(n -> n.clauses(clauses).slop(slop).inOrder(multi.getSlop() == 0)));
    }

    private static int gaps(int[] positions) {
        int gaps = 0;
        for (int i = 1; i < positions.length; i++) {
            gaps += Math.max(0, positions[i] - positions[i - 1] - 1);
        }
        return gaps;
    }

    private static SpanQuery span(org.apache.lucene.search.Query query) {
        if (query instanceof SpanTermQuery term) {
            return SpanQuery.of(s -> s.spanTerm(t -> t.field(term.getTerm().field()).value(term.getTerm().text())));
        }
        if (query instanceof SpanOrQuery or) {
            List<SpanQuery> clauses = java.util.Arrays.stream(or.getClauses()).map(QueryTranslator::span).toList();
            return SpanQuery.of(s -> s.spanOr(o -> o.clauses(clauses)));
        }
        if (query instanceof SpanNearQuery near) {
            List<SpanQuery> clauses = java.util.Arrays.stream(near.getClauses()).map(QueryTranslator::span).toList();
            return SpanQuery.of(s -> s.spanNear(n -> n.clauses(clauses).slop(near.getSlop()).inOrder(near.isInOrder())));
        }
        throw new InvalidQueryException("This phrase cannot be searched on the search cluster; search for the words instead.", null);
    }
}
