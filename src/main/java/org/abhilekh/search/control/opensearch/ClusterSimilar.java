package org.abhilekh.search.control.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.entity.SearchHit;
import org.apache.lucene.index.Term;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * "More like this" with the embedded engine's settings (fields.json's {@code similar} fields, words occurring
 * once in the item and in two entries at least, 30 words of three letters or more). The item is looked up within
 * the caller's visibility, so an item the caller may not see yields nothing, and for the public an item with
 * withheld passages is compared by its public version; the answers are within the caller's visibility too.
 */
final class ClusterSimilar {

    private final OpenSearchClient client;
    private final IndexLayout layout;
    private final IndexConfiguration configuration;
    private final ClusterHits hits;

    ClusterSimilar(OpenSearchClient client, IndexLayout layout, IndexConfiguration configuration, ClusterHits hits) {
        this.client = client;
        this.layout = layout;
        this.configuration = configuration;
        this.hits = hits;
    }

    List<SearchHit> like(String kind, long id, boolean staff, int count) throws IOException {
        Query self = QueryTranslator.term(new Term(IndexLayout.KEY, IndexLayout.key(kind, id)));
        var found = client.search(s -> s.index(layout.alias()).preference(layout.readPreference()).query(ClusterQueries.visibleTo(staff, self)).size(1)
                .source(src -> src.fetch(false)), ObjectNode.class);
        if (found.hits().hits().isEmpty()) {
            return List.of();
        }
        Hit<ObjectNode> item = found.hits().hits().get(0);
        Query like = Query.of(q -> q.moreLikeThis(m -> m.fields(configuration.similarFields())
                .like(l -> l.document(d -> d.index(item.index()).id(item.id())))
                .minTermFreq(1).minDocFreq(2).maxQueryTerms(30).minWordLength(3).minimumShouldMatch("1")));
        Query others = Query.of(q -> q.bool(b -> b.must(like).mustNot(self)));
        var similar = client.search(s -> s.index(layout.alias()).preference(layout.readPreference()).query(ClusterQueries.visibleTo(staff, others)).size(count)
                .source(src -> src.filter(f -> f.includes(hits.sourceFields()))), ObjectNode.class);
        return hits.read(similar.hits().hits(), false);
    }
}
