package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.abhilekh.search.KnownItemScores;
import org.abhilekh.search.SeedArchive;
import org.abhilekh.search.control.opensearch.OpenSearchEngine;
import org.abhilekh.search.entity.FacetValue;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.SortOrder;
import org.abhilekh.search.entity.Suggestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity of the two engines on a real cluster: the same items go into a {@link LuceneIndex} and an
 * {@link OpenSearchEngine}, and the same requests must give the same hits, totals, facet counts, corrections,
 * completions and similar items, while the public never meets staff-only or withheld material on either; and the
 * seed archive's 47 known-item searches ({@code SeedRelevanceTest} on the embedded engine) find their document in
 * the first three on the cluster too, with the English–Hindi dictionary, and its English searches for Hindi documents
 * ({@code CrossLanguageRelevanceTest}) reach the same floor.
 * The cluster is the one at {@code ABHILEKH_OPENSEARCH_URLS} (comma-separated) or, without it, a one-node cluster
 * this test starts with {@code bin/abhilekh-search-cluster start 1} and stops afterwards. The test's index (a
 * fresh prefix) is deleted at the end.
 *
 * <p>Intended differences, asserted as such: the public's ranking uses the statistics of the whole index on the
 * cluster (the embedded engine ranks the public by public entries only), so public relevance searches are compared
 * as sets of hits, staff ones in order; snippets come from each engine's own highlighter, so they are compared by
 * what they mark and leave out, not character for character.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchEngineIT {

    private static final String STAFF_ONLY_WORD = "Nilgiri";
    private static final String WITHHELD_WORD = "Sunita";

    @TempDir
    static Path folder;

    private static boolean startedCluster;
    /** Set once the item with withheld passages is published whole: its name is then public. */
    private static boolean withheldPublished;
    /** Comparisons that found something, so a run that compared only empty answers cannot pass. */
    private static int comparedWithHits;
    private static LuceneIndex lucene;
    private static OpenSearchEngine cluster;
    private static String urls;

    @BeforeAll
    static void fill() throws Exception {
        urls = System.getenv("ABHILEKH_OPENSEARCH_URLS");
        if (urls == null || urls.isBlank()) {
            urls = startCluster();
        }
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config")).withDictionary(SeedArchive.dictionary());
        lucene = LuceneIndex.open(folder.resolve("lucene"), configuration);
        cluster = OpenSearchEngine.connect(List.of(urls), null, null,
                "abhilekh-it-" + UUID.randomUUID().toString().substring(0, 8), configuration);
        for (IndexableDocument document : documents()) {
            lucene.index(document);
            cluster.index(document);
        }
        lucene.refresh();
        cluster.refresh();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try {
            if (cluster != null) {
                cluster.deleteIndex();
                cluster.close();
            }
            if (lucene != null) {
                lucene.close();
            }
        } finally {
            if (startedCluster) {
                run("stop");
            }
        }
    }

    private static String startCluster() throws Exception {
        String output = run("start", "1");
        startedCluster = true;
        List<String> urls = output.lines().map(String::strip).filter(line -> line.startsWith("http://")).toList();
        assertFalse(urls.isEmpty(), "the cluster script printed no URL:\n" + output);
        return String.join(",", urls);
    }

    private static String run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bin/abhilekh-search-cluster"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(11, TimeUnit.MINUTES), "cluster script did not finish");
        assertEquals(0, process.exitValue(), "bin/abhilekh-search-cluster " + String.join(" ", arguments) + " failed:\n" + output);
        return output;
    }

    @Test
    @Order(1)
    void theSameRequestsGiveTheSameHitsTotalsAndFacetCounts() throws IOException {
        // Staff relevance searches: same order (same statistics, one shard, BM25 on both).
        List<SearchRequest> ordered = new ArrayList<>();
        // Public relevance searches: same set (see the class comment).
        List<SearchRequest> asSets = new ArrayList<>();
        for (boolean staff : List.of(true, false)) {
            List<SearchRequest> target = staff ? ordered : asSets;
            for (String words : List.of("children", "trafficking", "गुमला लड़कियाँ", "\"brick kilns\"", "\"freed from Pakur\"",
                    "\"child labour\"", "child labour", "बाल श्रम",
                    "taskari", "gumla ladkiyan", "mica OR kiln", "rescue -Pakur", "title:police", "Pakur", WITHHELD_WORD, STAFF_ONLY_WORD,
                    "Chldren", "Sunitta", "children kilns nowhere", "kiln*", "title:[kiln TO mica]", "chldren~1", "")) {
                target.add(request(words, Map.of(), staff));
            }
            // Through the English-Hindi dictionary: a word, a phrase (not translated), words found together only through
            // translations (with most of the words as typed beside them), and most of the words with a translation. A
            // translation can expand through the glossary (गिरफ्तार = arrest), whose synonyms the cluster scores as
            // separate terms (QueryTranslator), so the order may differ; the hits, totals and counts may not.
            for (String words : List.of("twelve", "\"twelve\"", "twelve girls arrested brokers", "arrested Pakur")) {
                asSets.add(request(words, Map.of(), staff));
            }
            target.add(request("", Map.of("language", Set.of("en")), staff));
            target.add(request("", Map.of("language", Set.of("en", "hi"), "tag", Set.of("rescue")), staff));
            target.add(request("trafficking", Map.of("type", Set.of("press-clipping")), staff));
            target.add(request("", Map.of("type", Set.of("photo")), staff));
            target.add(new SearchRequest("", Map.of(), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), SortOrder.RELEVANCE, 1, 10, staff));
            target.add(new SearchRequest("children", Map.of(), LocalDate.of(2022, 1, 1), null, SortOrder.RELEVANCE, 1, 10, staff));
            // Orders by date are deterministic for everyone.
            ordered.add(new SearchRequest("rescue OR children OR trafficking", Map.of(), null, null, SortOrder.NEWEST, 1, 10, staff));
            ordered.add(new SearchRequest("rescue OR children OR trafficking", Map.of(), null, null, SortOrder.OLDEST, 1, 10, staff));
            ordered.add(new SearchRequest("", Map.of(), null, null, SortOrder.RELEVANCE, 2, 3, staff));
            ordered.add(new SearchRequest("", Map.of(), null, null, SortOrder.OLDEST, 3, 2, staff));
            ordered.add(request("", Map.of(), staff));
        }
        for (SearchRequest each : ordered) {
            compare(each, true);
        }
        for (SearchRequest each : asSets) {
            compare(each, false);
        }
        assertTrue(comparedWithHits >= 40, "most requests must find something on both engines: " + comparedWithHits);
    }

    private static void compare(SearchRequest request, boolean inOrder) throws IOException {
        SearchResult expected = lucene.search(request);
        SearchResult actual = cluster.search(request);
        String what = (request.staff() ? "staff" : "public") + " " + request + "\n lucene:  " + keys(expected) + "\n cluster: " + keys(actual);
        assertEquals(expected.total(), actual.total(), "total of " + what);
        if (expected.total() > 0) {
            comparedWithHits++;
        }
        if (inOrder) {
            assertEquals(withoutSnippets(expected), withoutSnippets(actual), "hits of " + what);
        } else {
            assertEquals(Set.copyOf(withoutSnippets(expected)), Set.copyOf(withoutSnippets(actual)), "hits of " + what);
        }
        assertEquals(expected.facets(), actual.facets(), "facets of " + what);
        assertEquals(expected.suggestion(), actual.suggestion(), "correction of " + what);
        assertEquals(expected.partialMatch(), actual.partialMatch(), "partial match of " + what);
        for (SearchHit hit : actual.hits()) {
            if (!request.browsing() && hit.snippet().contains("<mark>")) {
                assertTrue(expected.hits().stream().anyMatch(h -> h.id() == hit.id() && h.kind().equals(hit.kind())), what);
            }
        }
        if (!request.staff()) {
            assertNothingHidden(actual, what);
            assertNothingHidden(expected, what);
        }
    }

    /** The public never gets a staff-only item, a withheld or staff-only word, or a count of staff-only material. */
    private static void assertNothingHidden(SearchResult result, String what) {
        for (SearchHit hit : result.hits()) {
            assertFalse(hit.staffOnly(), what);
            assertFalse(Set.of(4L, 9L).contains(hit.id()) && hit.kind().equals("document"), "staff-only item in " + what);
            for (String word : withheldPublished ? List.of(STAFF_ONLY_WORD) : List.of(WITHHELD_WORD, STAFF_ONLY_WORD)) {
                assertFalse(hit.snippet().contains(word), hit.snippet());
                assertFalse(hit.title().contains(word), hit.title());
            }
        }
        assertTrue(result.facets().get("type").stream().noneMatch(v -> v.value().equals("panel-notes")), "staff-only count in " + what);
        assertTrue(withheldPublished || result.suggestion() == null
                || !result.suggestion().toLowerCase().contains(WITHHELD_WORD.toLowerCase()), what);
    }

    @Test
    @Order(2)
    void snippetsMarkTheWordsAndKeepWithheldOnesFromThePublic() throws IOException {
        SearchResult publicRescue = cluster.search(request("rescued Dumka", Map.of(), false));
        SearchHit six = publicRescue.hits().stream().filter(hit -> hit.id() == 6).findFirst().orElseThrow();
        assertTrue(six.snippet().contains("<mark>Dumka</mark>"), six.snippet());
        assertTrue(six.snippet().contains("█████"), six.snippet());
        assertFalse(six.snippet().contains(WITHHELD_WORD), six.snippet());
        assertFalse(six.staffOnly());

        SearchHit staffSix = cluster.search(request(WITHHELD_WORD, Map.of(), true)).hits().get(0);
        assertEquals(6L, staffSix.id());
        assertTrue(staffSix.snippet().contains("<mark>" + WITHHELD_WORD + "</mark>"), staffSix.snippet());
        assertFalse(staffSix.staffOnly(), "the item is public; only passages are withheld");

        SearchResult loosened = cluster.search(request("children kilns nowhere", Map.of(), false));
        assertTrue(loosened.partialMatch() && loosened.total() > 0, "most of the words: " + keys(loosened));
        assertEquals("children", cluster.search(request("Chldren", Map.of(), false)).suggestion());
        assertEquals(null, cluster.search(request("Sunitta", Map.of(), false)).suggestion(), "a withheld word is no correction");
        assertEquals("sunita", cluster.search(request("Sunitta", Map.of(), true)).suggestion());

        SearchHit hindi = cluster.search(request("child labour", Map.of(), false)).hits().stream()
                .filter(hit -> hit.id() == 7).findFirst().orElseThrow();
        assertTrue(hindi.snippet().contains("<mark>बाल</mark>"), "the glossary marks the Hindi words: " + hindi.snippet());
    }

    @Test
    @Order(3)
    void completionsSimilarItemsAndCountsAreTheSame() throws IOException {
        for (boolean staff : List.of(true, false)) {
            for (String typed : List.of("mic", "polic", "Operation Nil", "kiln", "resc", "गुम", "   ", "Sunita")) {
                List<Suggestion> expected = lucene.suggest(typed, staff);
                List<Suggestion> actual = cluster.suggest(typed, staff);
                // Titles rank by each engine's statistics; which titles and which facet values (with counts) are the same.
                assertEquals(Set.copyOf(expected), Set.copyOf(actual), (staff ? "staff " : "public ") + "completions of " + typed);
                if (!staff) {
                    assertTrue(actual.stream().noneMatch(s -> s.text().contains(STAFF_ONLY_WORD) || s.text().contains(WITHHELD_WORD)), typed);
                }
            }
            for (long id : List.of(1L, 2L, 4L, 6L, 7L)) {
                List<String> expected = keys(lucene.moreLikeThis("document", id, staff, 5));
                List<String> actual = keys(cluster.moreLikeThis("document", id, staff, 5));
                assertEquals(Set.copyOf(expected), Set.copyOf(actual), (staff ? "staff" : "public") + " more like document " + id);
                if (!staff) {
                    assertFalse(actual.contains("document:4") || actual.contains("document:9"), actual.toString());
                }
            }
        }
        assertEquals(List.of(), cluster.moreLikeThis("document", 4, false, 5), "a staff-only item is like nothing for the public");
        assertEquals(lucene.documentCount(), cluster.documentCount());
        assertEquals(documents().size(), cluster.documentCount(), "an item with withheld passages counts once");
    }

    @Test
    @Order(4)
    void writesAreKeyedByKindAndIdAndCommitsReportTheirRevisions() throws IOException {
        assertEquals(lucene.commit().revisionsByKind(), cluster.commit().revisionsByKind());
        IndexableDocument post = new IndexableDocument(3, 7, "post", "Kilns of Pakur revisited", "A blog post.",
                "The brick kilns near Pakur a year later.", Map.of(), LocalDate.of(2025, 2, 1), true, "/blog/kilns",
                Map.of("type", List.of("blog-post")));
        for (SearchEngine engine : List.<SearchEngine>of(lucene, cluster)) {
            engine.index(post);
            engine.remove("document", 3);
            engine.index(doc(6, "case-notes", "en", LocalDate.of(2024, 6, 1), true, "Rescue from a Pakur kiln",
                    "The whole case is public now: Sunita was rescued.", Map.of()));
            engine.refreshBlocking();
        }
        withheldPublished = true;
        assertEquals(Map.of("post", Map.of(3L, 7L), "document", Map.of(6L, 1L)), cluster.commit().revisionsByKind());
        assertEquals(Map.of(), cluster.commit().revisionsByKind());
        for (boolean staff : List.of(true, false)) {
            compare(request("Pakur", Map.of(), staff), staff);
            compare(request(WITHHELD_WORD.toLowerCase() + " rescued", Map.of(), staff), staff);
            compare(request("", Map.of(), staff), true);
        }
        assertEquals(List.of("document:6"), keys(cluster.search(request(WITHHELD_WORD, Map.of(), false))),
                "without withheld passages the item's old public version is gone");
        assertEquals(lucene.documentCount(), cluster.documentCount());
        assertThrows(UnsupportedOperationException.class, cluster::holdLastCommit);
        assertThrows(InvalidQueryException.class, () -> cluster.search(request("/.*ild.*/", Map.of(), false)));
        assertThrows(InvalidQueryException.class, () -> cluster.search(new SearchRequest("", Map.of(), null, null, SortOrder.RELEVANCE, 1001, 10, true)));
    }

    @Test
    @Order(5)
    void theSeedArchivesKnownItemAndCrossLanguageSearchesFindTheirDocumentsOnTheClusterToo() throws Exception {
        SeedArchive seed = SeedArchive.read();
        OpenSearchEngine seeded = OpenSearchEngine.connect(List.of(urls), null, null,
                "abhilekh-it-seed-" + UUID.randomUUID().toString().substring(0, 8),
                IndexConfiguration.load(Path.of("index-config")).withDictionary(SeedArchive.dictionary()));
        try {
            for (IndexableDocument document : seed.documents()) {
                seeded.index(document);
            }
            seeded.refresh();
            List<String> missed = new ArrayList<>();
            List<String[]> knownItems = SeedArchive.knownItems();
            for (String[] item : knownItems) {
                Long expected = seed.idOf(item[1]);
                assertTrue(expected != null, "no seed file " + item[1]);
                List<SearchHit> hits = seeded.search(new SearchRequest(item[0], Map.of(), null, null, SortOrder.RELEVANCE, 1, 3,
                        "staff".equals(item[2]))).hits();
                if (hits.stream().noneMatch(hit -> hit.id() == expected)) {
                    missed.add("'" + item[0] + "' should find " + item[1] + "; got " + hits.stream().map(SearchHit::title).toList());
                }
            }
            assertEquals(47, knownItems.size());
            assertTrue(missed.isEmpty(), missed.size() + " of " + knownItems.size() + " missed:\n" + String.join("\n", missed));

            KnownItemScores crossLanguage = KnownItemScores.measure(seed, SeedArchive.crossLanguageItems(),
                    request -> seeded.search(request).hits());
            String report = KnownItemScores.header() + "\n" + crossLanguage.row("cluster, dictionary") + "\n\n"
                    + String.join("\n", crossLanguage.ranks()) + "\n";
            Files.createDirectories(Path.of("target/relevance"));
            Files.writeString(Path.of("target/relevance/cross-language-cluster.txt"), report, StandardCharsets.UTF_8);
            assertTrue(crossLanguage.successAt10() >= SeedArchive.CROSS_LANGUAGE_SUCCESS_FLOOR
                            && crossLanguage.mrrAt10() >= SeedArchive.CROSS_LANGUAGE_MRR_FLOOR,
                    "English searches for Hindi documents fall below the embedded engine's floor on the cluster:\n" + report);
        } finally {
            seeded.deleteIndex();
            seeded.close();
        }
    }

    private static List<IndexableDocument> documents() {
        List<IndexableDocument> all = new ArrayList<>();
        all.add(doc(1, "press-clipping", "hi", LocalDate.of(2023, 6, 14), true, "गुमला की बारह लड़कियाँ दिल्ली से मुक्त",
                "गुमला से तस्करी की गई बारह लड़कियों को दिल्ली में मुक्त कराया गया। पुलिस ने दो दलालों को गिरफ्तार किया।",
                Map.of("outlet", List.of("Ranchi Samachar"), "tag", List.of("trafficking", "rescue"))));
        all.add(doc(2, "research-paper", "en", LocalDate.of(2022, 1, 20), true, "Children in the mica belt",
                "A survey of 400 households in Koderma found children collecting mica scrap after school.",
                Map.of("tag", List.of("mica mining"))));
        all.add(doc(3, "press-clipping", "en", LocalDate.of(2023, 2, 18), true, "Bonded families freed from Pakur kilns",
                "Children were found working at brick kilns near Pakur; eleven families were freed.",
                Map.of("outlet", List.of("The Eastern Chronicle"), "tag", List.of("brick kilns", "rescue"))));
        all.add(doc(4, "panel-notes", "en", LocalDate.of(2024, 3, 11), false, "Operation Nilgiri debrief",
                "Internal debrief of Operation Nilgiri: the trafficking route ran through Howrah.",
                Map.of("tag", List.of("trafficking"), "outlet", List.of("Rescue Desk"))));
        all.add(doc(5, "training-module", "mixed", LocalDate.of(2021, 9, 1), true, "POCSO प्रशिक्षण: police module",
                "Session two covers POCSO and trafficking. थाना स्तर पर बाल कल्याण पुलिस अधिकारी की भूमिका।",
                Map.of("tag", List.of("police training", "trafficking"))));
        IndexableDocument full = doc(6, "case-notes", "en", LocalDate.of(2024, 6, 1), true, "Rescue from a Pakur kiln",
                "Sunita Kumari was rescued from a brick kiln near Pakur; Sunitakumari's family was told in Dumka.", Map.of());
        IndexableDocument readable = doc(6, "case-notes", "en", LocalDate.of(2024, 6, 1), true, "Rescue from a Pakur kiln",
                "█████ was rescued from a brick kiln near Pakur; █████'s family was told in Dumka.", Map.of());
        all.add(new IndexableDocument(full.id(), full.revision(), full.kind(), full.title(), full.summary(), full.body(), full.texts(),
                full.date(), true, full.url(), full.facets(), readable));
        all.add(doc(7, "policy-document", "hi", LocalDate.of(2022, 12, 10), true, "बाल श्रम मुक्त ग्राम",
                "पंचायत स्तर पर बाल श्रम रोकने की नीति। ईंट भट्ठों पर बच्चे।", Map.of("tag", List.of("rescue"))));
        all.add(doc(8, "research-paper", "en", LocalDate.of(2021, 4, 2), true, "Child labour in Latehar",
                "A study of child labour among seasonal migrants and brick kilns.", Map.of("tag", List.of("brick kilns"))));
        all.add(doc(9, "panel-notes", "en", null, false, "Sunitra's kiln interview notes",
                "Staff interview about children at a kiln in Pakur; not for publication.", Map.of("tag", List.of("staff-only tag"))));
        all.add(doc(10, "photo", "en", null, true, "Kiln chimney at dusk", "", Map.of("tag", List.of("brick kilns"))));
        all.add(new IndexableDocument(1, 4, "post", "Mica belt schools reopen", "A blog post about children returning to school.",
                "The schools of the mica belt reopen and children return.", Map.of(), LocalDate.of(2024, 5, 2), true,
                "/blog/mica-belt-schools", Map.of("type", List.of("blog-post"), "tag", List.of("mica mining"))));
        all.add(new IndexableDocument(2, 1, "post", "Draft: rescue desk rota", "Staff draft.", "Who covers the rescue desk in June.",
                Map.of(), LocalDate.of(2024, 5, 20), false, "/blog/draft", Map.of("type", List.of("blog-post"))));
        return all;
    }

    private static IndexableDocument doc(long id, String type, String language, LocalDate date, boolean isPublic,
                                         String title, String body, Map<String, List<String>> extra) {
        return SampleItems.document(id, type, language, date, isPublic, title, body, extra);
    }

    private static SearchRequest request(String query, Map<String, Set<String>> filters, boolean staff) {
        return new SearchRequest(query, filters, null, null, SortOrder.RELEVANCE, 1, 10, staff);
    }

    private static List<SearchHit> withoutSnippets(SearchResult result) {
        return result.hits().stream().map(hit -> new SearchHit(hit.kind(), hit.id(), hit.title(), hit.type(), hit.date(),
                hit.language(), hit.outlet(), null, hit.url(), hit.staffOnly())).toList();
    }

    private static List<String> keys(SearchResult result) {
        return keys(result.hits());
    }

    private static List<String> keys(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.kind() + ":" + hit.id()).toList();
    }
}
