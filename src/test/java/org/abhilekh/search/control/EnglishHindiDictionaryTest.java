package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.SortOrder;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dictd reader on a small dictionary written as FreeDict's eng-hin entries look (pronunciation, grammar label,
 * numbered senses, example sentences, remarks in brackets, {@code ~} for spaces), and what it adds to searches.
 */
class EnglishHindiDictionaryTest {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    @TempDir
    Path folder;

    @Test
    void translationsAreCleanedOfRemarksExamplesAndLightVerbs() throws IOException {
        EnglishHindiDictionary dictionary = EnglishHindiDictionary.read(write(entries())).orElseThrow();

        assertEquals(List.of("अपहरण"), dictionary.translations("kidnap", 5));
        assertEquals(List.of("भट्टा"), dictionary.translations("kiln", 5));
        assertEquals(List.of("विकास"), dictionary.translations("advance", 5), "a remark left open runs to the end");
        assertEquals(List.of("श्रम", "परिश्रम"), dictionary.translations("Labour", 5), "only the main sense, not श्रमिक");
        assertEquals(List.of("श्रम"), dictionary.translations("labour", 1));
        assertEquals(List.of(), dictionary.translations("few", 5), "a sense with no Hindi is no translation");
        assertEquals(7, dictionary.size(), "the multi-word headword and the one without Hindi are not kept");
    }

    @Test
    void aWordThatIsNoHeadwordIsLookedUpByItsStem() throws IOException {
        EnglishHindiDictionary dictionary = EnglishHindiDictionary.read(write(entries())).orElseThrow();

        assertEquals(List.of("मजदूरी", "किराया"), dictionary.translations("wages", 5), "the noun's, then the verb's");
        assertEquals(List.of(), dictionary.translations("wagon", 5));
    }

    @Test
    void withoutItsFilesThereIsNoDictionary() throws IOException {
        assertTrue(EnglishHindiDictionary.read(folder.resolve("absent")).isEmpty());
        Path base = write(entries());
        Files.delete(folder.resolve("test.dict.dz"));
        assertTrue(EnglishHindiDictionary.read(base).isEmpty());
    }

    @Test
    void anIndexPointingPastTheTextIsReportedWithTheDictionarysName() throws IOException {
        Path base = write(entries());
        Files.writeString(folder.resolve("test.index"), "wage\tB\tZZZZ\n", StandardCharsets.UTF_8);
        UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(UncheckedIOException.class,
                () -> EnglishHindiDictionary.read(base));
        assertTrue(e.getMessage().contains(base.toString()), e.getMessage());
    }

    @Test
    void anEnglishWordFindsHindiTextThroughTheDictionaryBelowTheSameLanguageMatch() throws IOException {
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config"));
        EnglishHindiDictionary dictionary = EnglishHindiDictionary.read(write(entries())).orElseThrow();
        try (LuceneIndex glossaryOnly = filled(configuration);
             LuceneIndex translated = filled(configuration.withDictionary(dictionary))) {
            assertEquals(List.of(1L), ids(glossaryOnly, "wages"));
            assertEquals(List.of(1L, 2L), ids(translated, "wages"), "the English text first, the Hindi one after it");
            assertEquals(List.of(2L), ids(translated, "मजदूरी"), "a Hindi word is not translated back");
        }
    }

    @Test
    void phrasesFieldsAndStopWordsAreNotTranslated() throws IOException {
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config"));
        EnglishHindiDictionary dictionary = EnglishHindiDictionary.read(write(entries())).orElseThrow();
        try (LuceneIndex translated = filled(configuration.withDictionary(dictionary))) {
            assertEquals(List.of(1L), ids(translated, "\"wages\""));
            assertEquals(List.of(1L), ids(translated, "title:wages"));
            assertEquals(List.of(), ids(translated, "the"), "'the' is a stop word, though the dictionary has it");
        }
    }

    @Test
    void aWordBringsAtMostTheConfiguredNumberOfTranslations() throws IOException {
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config"));
        assertEquals(3, configuration.dictionaryUse().alternatives());
        EnglishHindiDictionary dictionary = EnglishHindiDictionary.read(write(entries())).orElseThrow();
        try (LuceneIndex translated = filled(configuration.withDictionary(dictionary))) {
            // नाव, नौका and किश्ती are searched; पोत, the fourth, is not.
            assertEquals(List.of(3L), ids(translated, "boat"));
        }
    }

    @Test
    void whenTheWordsAreFoundTogetherOnlyThroughTranslationsMostOfTheWordsAsTypedAreFoundToo() throws IOException {
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config"));
        EnglishHindiDictionary dictionary = EnglishHindiDictionary.read(write(entries())).orElseThrow();
        try (LuceneIndex translated = filled(configuration.withDictionary(dictionary))) {
            SearchResult result = translated.search(request("kiln kidnap"));
            assertTrue(result.partialMatch());
            List<Long> ids = result.hits().stream().map(SearchHit::id).toList();
            assertEquals(4L, ids.getFirst(), "the Hindi text holding both words through translations comes first: " + ids);
            assertEquals(java.util.Set.of(1L, 5L), java.util.Set.copyOf(ids.subList(1, ids.size())),
                    "then the English ones holding one of the words");
            assertFalse(translated.search(request("kiln wages")).partialMatch(), "nothing else is loosened");
        }
    }

    private static LuceneIndex filled(IndexConfiguration configuration) throws IOException {
        LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory(), configuration);
        index.index(SampleItems.document(1, "press-clipping", "en", LocalDate.of(2023, 1, 5), true, "Wages paid late",
                "Families at the kiln were paid their wages months late.", Map.of()));
        index.index(SampleItems.document(2, "press-clipping", "hi", LocalDate.of(2023, 1, 6), true, "भुगतान में देरी",
                "परिवारों को मजदूरी महीनों बाद मिली।", Map.of()));
        index.index(SampleItems.document(3, "press-clipping", "hi", LocalDate.of(2023, 1, 7), true, "नौका",
                "नौका नदी पार गई।", Map.of()));
        index.index(SampleItems.document(4, "press-clipping", "hi", LocalDate.of(2023, 1, 8), true, "भट्टा और अपहरण",
                "भट्टा मालिक पर अपहरण का मामला।", Map.of()));
        index.index(SampleItems.document(5, "press-clipping", "en", LocalDate.of(2023, 1, 9), true, "Kidnap case",
                "A kidnap case was filed in the district.", Map.of()));
        index.index(SampleItems.document(6, "press-clipping", "hi", LocalDate.of(2023, 1, 10), true, "पुस्तक",
                "एक पुस्तक।", Map.of()));
        index.index(SampleItems.document(7, "press-clipping", "hi", LocalDate.of(2023, 1, 11), true, "पोत",
                "पोत बंदरगाह पर लौटा।", Map.of()));
        index.refresh();
        return index;
    }

    private static List<Long> ids(LuceneIndex index, String query) throws IOException {
        return index.search(request(query)).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 1, 10, true);
    }

    /** Entries as FreeDict writes them; "the" has a made-up translation, to show that stop words stay out. */
    private static Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("00databaseshort", "00-database-short\n   English-Hindi test dictionary\n");
        entries.put("a few", "a few /ɐ fjˈuː/ <Det>\n1. कुछ\n");
        entries.put("advance", "advance /ədvˈɑːns/ <N>\n1. विकास{दीर्घकालीन~ग\n      \"The continued advance.\"\n");
        entries.put("boat", "boat /bˈəʊt/ <N>\n1. नाव, नौका, किश्ती, पोत\n      \"The boat crossed the river.\"\n2. जहाज\n");
        entries.put("few", "few /fjˈuː/ <Adj>\n1.  In the party only a few persons were known to me\n");
        entries.put("kidnap", "kidnap /kˈɪdnap/ <V>\n1. अपहरण~करना[होना]\n      \"Many children have been kidnapped.\"\n");
        entries.put("kiln", "kiln /kˈɪln/ <N>\n1. भट्टा{ईंटों~का}\n      \"The bricks were baked in the kiln.\"\n");
        entries.put("labour", "labour /lˈeɪbə/ <N>\n1. श्रम, परिश्रम\n      \"Labour has to be done.\"\n2. श्रमिक, कामगार\n");
        entries.put("the", "the /ðə/ <Det>\n1. पुस्तक\n");
        entries.put("wage", "wage /wˈeɪdʒ/ <N>\n1. मजदूरी\n      \"Workers get nominal wages\"\n");
        entries.put("wage ", "wage /wˈeɪdʒ/ <VT>\n1. किराया~करना\n");
        return entries;
    }

    /** Writes the entries as dictd does: the text gzipped (as dictzip is), and an index of base64 offsets and lengths. */
    private Path write(Map<String, String> entries) throws IOException {
        StringBuilder index = new StringBuilder();
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
            index.append(entry.getKey().strip()).append('\t').append(base64(text.size())).append('\t').append(base64(bytes.length)).append('\n');
            text.write(bytes);
        }
        Files.writeString(folder.resolve("test.index"), index, StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("test.dict.dz")))) {
            text.writeTo(out);
        }
        return folder.resolve("test");
    }

    private static String base64(long value) {
        StringBuilder digits = new StringBuilder();
        do {
            digits.insert(0, BASE64.charAt((int) (value % 64)));
            value /= 64;
        } while (value > 0);
        return digits.toString();
    }
}
