package org.abhilekh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;

/**
 * English searches for Hindi documents of the seed archive ({@code cross-language-known-items.csv}), measured with
 * the glossary alone and with the English–Hindi dictionary beside it: success@10 and MRR@10 of each, written to
 * {@code target/relevance/cross-language.txt} with the rank of every search. The dictionary must do at least as well
 * as the glossary alone, and no worse than what it was measured at when the table was written; and the seed archive's
 * own known-item searches ({@code seed-known-items.csv}) must do no worse with it than without.
 */
class CrossLanguageRelevanceTest {

    private static final double SUCCESS_FLOOR = SeedArchive.CROSS_LANGUAGE_SUCCESS_FLOOR;
    private static final double MRR_FLOOR = SeedArchive.CROSS_LANGUAGE_MRR_FLOOR;
    private static final Path REPORT = Path.of("target/relevance/cross-language.txt");

    private static SeedArchive seed;
    private static LuceneIndex glossaryOnly;
    private static LuceneIndex withDictionary;

    @BeforeAll
    static void indexTheSeedArchiveTwice() throws IOException, ExtractionFailedException {
        seed = SeedArchive.read();
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config"));
        glossaryOnly = new LuceneIndex(new ByteBuffersDirectory(), configuration);
        withDictionary = new LuceneIndex(new ByteBuffersDirectory(), configuration.withDictionary(SeedArchive.dictionary()));
        for (IndexableDocument document : seed.documents()) {
            glossaryOnly.index(document);
            withDictionary.index(document);
        }
        glossaryOnly.refresh();
        withDictionary.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        glossaryOnly.close();
        withDictionary.close();
    }

    @Test
    void theDictionaryFindsTheHindiDocumentsOfEnglishSearchesBetterWithoutLosingTheSeedArchivesKnownItems() throws IOException {
        List<String[]> items = SeedArchive.crossLanguageItems();
        KnownItemScores glossary = KnownItemScores.measure(seed, items, request -> glossaryOnly.search(request).hits());
        KnownItemScores dictionary = KnownItemScores.measure(seed, items, request -> withDictionary.search(request).hits());
        List<String[]> seedItems = SeedArchive.knownItems();
        KnownItemScores seedGlossary = KnownItemScores.measure(seed, seedItems, request -> glossaryOnly.search(request).hits());
        KnownItemScores seedDictionary = KnownItemScores.measure(seed, seedItems, request -> withDictionary.search(request).hits());
        String report = report(glossary, dictionary, seedGlossary, seedDictionary);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);

        assertTrue(items.size() >= 30, "the table holds " + items.size() + " searches; it needs 30 or more");
        assertTrue(dictionary.successAt10() >= glossary.successAt10() && dictionary.mrrAt10() >= glossary.mrrAt10(),
                "with the dictionary, English searches find their Hindi document less well than with the glossary alone:\n" + report);
        assertTrue(seedDictionary.successAt10() >= seedGlossary.successAt10() && seedDictionary.mrrAt10() >= seedGlossary.mrrAt10(),
                "with the dictionary, the seed archive's known-item searches find their document less well:\n" + report);
        assertTrue(dictionary.successAt10() >= SUCCESS_FLOOR && dictionary.mrrAt10() >= MRR_FLOOR,
                "with the dictionary, success@10 or MRR@10 fell below the floor measured (" + SUCCESS_FLOOR + ", " + MRR_FLOOR
                        + "):\n" + report);
    }

    @Test
    void englishWordsMissingFromTheGlossaryFindHindiDocumentsThroughTheDictionary() throws IOException {
        for (String word : List.of("wages", "poverty")) {
            assertTrue(hindiHits(glossaryOnly, word).isEmpty(), word + " already found Hindi documents without the dictionary");
            assertTrue(!hindiHits(withDictionary, word).isEmpty(), word + " found no Hindi document through the dictionary");
        }
    }

    @Test
    void aQuotedPhraseAndAFieldQueryAreNotTranslated() throws IOException {
        assertEquals(List.of(), hindiHits(withDictionary, "\"poverty\""));
        assertEquals(List.of(), hindiHits(withDictionary, "title:poverty"));
    }

    private static List<String> hindiHits(LuceneIndex index, String query) throws IOException {
        List<String> titles = new ArrayList<>();
        for (SearchHit hit : index.search(new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 1, 50, true)).hits()) {
            if ("hi".equals(hit.language())) {
                titles.add(hit.title());
            }
        }
        return titles;
    }

    private static String report(KnownItemScores glossary, KnownItemScores dictionary, KnownItemScores seedGlossary,
                                 KnownItemScores seedDictionary) {
        StringBuilder report = new StringBuilder("English searches for Hindi seed documents (cross-language-known-items.csv)\n")
                .append(KnownItemScores.header()).append('\n')
                .append(glossary.row("glossary only")).append('\n')
                .append(dictionary.row("with dictionary")).append('\n')
                .append("\nThe seed archive's known-item searches (seed-known-items.csv)\n")
                .append(KnownItemScores.header()).append('\n')
                .append(seedGlossary.row("glossary only")).append('\n')
                .append(seedDictionary.row("with dictionary")).append('\n')
                .append("\nrank (glossary only, with dictionary), English search for a Hindi document\n");
        for (int i = 0; i < glossary.ranks().size(); i++) {
            String[] before = glossary.ranks().get(i).split("\t", 2);
            String after = dictionary.ranks().get(i).split("\t", 2)[0];
            report.append(before[0]).append('\t').append(after).append('\t').append(before[1]).append('\n');
        }
        return report.toString();
    }
}
