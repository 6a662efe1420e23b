package org.abhilekh.search.control;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet ordinals of its own reader, built once per refresh rather than per
 * search. {@link #state} is null while the index holds no faceted entry.
 */
class FacetedSearcher extends IndexSearcher {

    final SortedSetDocValuesReaderState state;
    /** Built at the first public search of this reader and kept with it: its statistics hold until the next refresh. */
    private volatile PublicStatisticsSearcher publicRanking;

    FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState state) {
        super(reader);
        this.state = state;
    }

    /** Staff rank by the whole index; the public by public entries only ({@link PublicStatisticsSearcher}). */
    FacetedSearcher rankingFor(boolean staff) throws IOException {
        if (staff) {
            return this;
        }
        PublicStatisticsSearcher ranking = publicRanking;
        if (ranking == null) {
            synchronized (this) {
                ranking = publicRanking;
                if (ranking == null) {
                    ranking = new PublicStatisticsSearcher(this);
                    publicRanking = ranking;
                }
            }
        }
        return ranking;
    }

    /** Makes the faceted searchers of a {@link org.apache.lucene.search.SearcherManager}. */
    static final class Factory extends SearcherFactory {
        private final FacetsConfig config;

        Factory(FacetsConfig config) {
            this.config = config;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            FieldInfo facetField = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            SortedSetDocValuesReaderState state = facetField == null || reader.numDocs() == 0
                    ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
            return new FacetedSearcher(reader, state);
        }
    }
}
