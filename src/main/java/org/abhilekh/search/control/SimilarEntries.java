package org.abhilekh.search.control;

import java.io.IOException;
import java.util.List;
import org.abhilekh.search.entity.SearchHit;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "More like this": the entries whose fields named in {@code fields.json} ({@code similar}: title and body as shipped)
 * share the most telling words with one item's. The
 * item is looked up within the caller's visibility, so an item the caller may not see yields nothing, and
 * for the public an item with withheld passages is compared by its public version.
 */
final class SimilarEntries {

    /** Shown under each similar item in place of a snippet. */
    private static final int SUMMARY_CHARS = 200;

    private final IndexConfiguration configuration;
    private final HitReader hits;

    SimilarEntries(IndexConfiguration configuration, HitReader hits) {
        this.configuration = configuration;
        this.hits = hits;
    }

    List<SearchHit> like(IndexSearcher searcher, String kind, long id, boolean staff, int count) throws IOException {
        Query self = new TermQuery(new Term(LuceneDocumentMapper.KEY, LuceneDocumentMapper.key(kind, id)));
        TopDocs found = searcher.search(SearchQueries.visibleTo(staff, self), 1);
        if (found.scoreDocs.length == 0) {
            return List.of();
        }
        MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
        like.setFieldNames(configuration.similarFields().toArray(String[]::new));
        like.setAnalyzer(configuration.fieldAnalyzer());
        like.setMinTermFreq(1);
        like.setMinDocFreq(2);
        like.setMaxQueryTerms(30);
        like.setMinWordLen(3);
        Query query = new BooleanQuery.Builder()
                .add(like.like(found.scoreDocs[0].doc), BooleanClause.Occur.MUST)
                .add(self, BooleanClause.Occur.MUST_NOT)
                .build();
        return hits.plain(searcher, searcher.search(SearchQueries.visibleTo(staff, query), count), SUMMARY_CHARS);
    }
}
