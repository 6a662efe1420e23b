package org.abhilekh.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.abhilekh.ingest.control.ExtractionFailedException;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.LuceneIndex;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SortOrder;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Known-item searches over the real seed archive ({@link SeedArchive}). Each query is one a reader or staff member
 * would type, in English, in Hindi, in Hindi typed with Latin letters, or across the two languages, and the
 * document it is after must be among the first three hits, with the English–Hindi dictionary in use as the server
 * uses it by default (the dictionary must not push a document out). The same table runs on the search cluster in
 * {@code OpenSearchEngineIT}.
 */
class SeedRelevanceTest {

    private static SeedArchive seed;
    private static LuceneIndex index;

    @BeforeAll
    static void indexTheSeedArchive() throws IOException, ExtractionFailedException {
        seed = SeedArchive.read();
        index = new LuceneIndex(new ByteBuffersDirectory(),
                IndexConfiguration.load(Path.of("index-config")).withDictionary(SeedArchive.dictionary()));
        for (IndexableDocument document : seed.documents()) {
            index.index(document);
        }
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(files = "src/test/resources/relevance/seed-known-items.csv", delimiter = '|')
    void theDocumentSoughtIsInTheFirstThree(String query, String file, String caller) throws IOException {
        Long expected = seed.idOf(file);
        assertTrue(expected != null, "no seed file " + file);
        List<SearchHit> hits = index.search(new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 1, 3,
                "staff".equals(caller))).hits();
        List<Long> top = hits.stream().map(SearchHit::id).toList();
        assertTrue(top.contains(expected), () -> "'" + query + "' should find " + file + " in the first three; got "
                + hits.stream().map(hit -> hit.title()).toList());
    }
}
