package org.abhilekh.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SmallFloat;

/**
 * Ranks a public search by public text alone. BM25 weighs a word by how many documents hold it and a match by
 * its field's length against the average; Lucene takes both from the whole index, so staff-only documents would
 * move public results (a word frequent in case notes would weigh less in the public portal, and the order of
 * public hits would tell a stranger so). This searcher answers both from the public documents only: a word's
 * statistics from its postings within them, a field's from their field lengths, read from the norms as BM25
 * itself reads them.
 *
 * <p>A word no public document holds gets the smallest statistics there are, not its staff-only ones: it
 * matches no public document, and where it is merged with others (synonyms) it adds nothing that depends on
 * staff-only text. The same for a field no public document has.
 *
 * <p>Hand-written because Lucene offers no statistics over a subset of an index. Its reader never changes, so
 * the statistics are computed once and kept: one pass over a word's postings the first time it is searched, one
 * over a field's norms the first time that field is, not at every search (which cost a pass over every document's
 * norms in each queried field per search). {@link FacetedSearcher} keeps one of these per reader.
 */
final class PublicStatisticsSearcher extends FacetedSearcher {

    /** For each segment, by its ordinal: the public documents that are not deleted. */
    private final List<Bits> publicDocuments = new ArrayList<>();
    private final long publicCount;
    /** Enough for the words of many searches; beyond it the words are counted again rather than kept without bound. */
    static final int KEPT_WORDS = 10_000;
    private final Map<Term, TermStatistics> words = new ConcurrentHashMap<>();
    private final Map<String, CollectionStatistics> fields = new ConcurrentHashMap<>();

    PublicStatisticsSearcher(FacetedSearcher whole) throws IOException {
        super(whole.getIndexReader(), whole.state);
        setSimilarity(whole.getSimilarity());
        setQueryCache(whole.getQueryCache());
        setQueryCachingPolicy(whole.getQueryCachingPolicy());
        TermQuery isPublic = new TermQuery(new Term(LuceneDocumentMapper.VISIBILITY, LuceneDocumentMapper.PUBLIC));
        Weight visible = createWeight(rewrite(isPublic), ScoreMode.COMPLETE_NO_SCORES, 1);
        long count = 0;
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            FixedBitSet documents = new FixedBitSet(leaf.reader().maxDoc());
            Scorer scorer = visible.scorer(leaf);
            if (scorer != null) {
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator matches = scorer.iterator();
                for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        documents.set(doc);
                        count++;
                    }
                }
            }
            publicDocuments.add(documents);
        }
        publicCount = count;
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        TermStatistics kept = words.get(term);
        if (kept != null) {
            return kept;
        }
        TermStatistics counted = countTerm(term);
        if (words.size() >= KEPT_WORDS) {
            words.clear();
        }
        words.put(term, counted);
        return counted;
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        CollectionStatistics kept = fields.get(field);
        if (kept == null) {
            kept = countField(field);
            fields.put(field, kept);
        }
        return kept;
    }

    private TermStatistics countTerm(Term term) throws IOException {
        long documents = 0;
        long occurrences = 0;
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum words = terms.iterator();
            if (!words.seekExact(term.bytes())) {
                continue;
            }
            Bits visible = publicDocuments.get(leaf.ord);
            PostingsEnum postings = words.postings(null, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (visible.get(doc)) {
                    documents++;
                    occurrences += postings.freq();
                }
            }
        }
        return documents == 0 ? new TermStatistics(term.bytes(), 1, 1) : new TermStatistics(term.bytes(), documents, occurrences);
    }

    private CollectionStatistics countField(String field) throws IOException {
        long documents = 0;
        long length = 0;
        boolean lengthsKept = false;
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            NumericDocValues norms = leaf.reader().getNormValues(field);
            if (norms == null) {
                continue;
            }
            lengthsKept = true;
            Bits visible = publicDocuments.get(leaf.ord);
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                if (visible.get(doc)) {
                    documents++;
                    length += Math.max(1, SmallFloat.byte4ToInt((byte) norms.longValue()));
                }
            }
        }
        if (!lengthsKept && publicCount > 0) {
            // A keyword field keeps no lengths: count every public document, each of length one, which is all
            // BM25 needs of a field it does not normalise by length.
            return new CollectionStatistics(field, publicCount, publicCount, publicCount, publicCount);
        }
        if (documents == 0) {
            return new CollectionStatistics(field, 1, 1, 1, 1);
        }
        // BM25 reads the document count and the total length; the sum of document frequencies only has to lie
        // between the two, and the document count is the one value of it known without reading every word.
        return new CollectionStatistics(field, Math.max(publicCount, documents), documents, length, documents);
    }
}
