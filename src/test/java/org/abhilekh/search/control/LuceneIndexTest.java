package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abhilekh.search.entity.FacetValue;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.SortOrder;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on an in-memory directory with the project's real index-config/. */
class LuceneIndexTest {

    private LuceneIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = new LuceneIndex(new ByteBuffersDirectory(), IndexConfiguration.load(Path.of("index-config")));
        index.index(doc(1, "press-clipping", "hi", LocalDate.of(2023, 6, 14), true, "गुमला की बारह लड़कियाँ दिल्ली से मुक्त",
                "गुमला से तस्करी की गई बारह लड़कियों को दिल्ली में मुक्त कराया गया। पुलिस ने दो दलालों को गिरफ्तार किया।",
                Map.of("outlet", List.of("Ranchi Samachar"), "tag", List.of("trafficking", "rescue"))));
        index.index(doc(2, "research-paper", "en", LocalDate.of(2022, 1, 20), true, "Children in the mica belt",
                "A survey of 400 households in Koderma found children collecting mica scrap after school.",
                Map.of("tag", List.of("mica mining"))));
        index.index(doc(3, "press-clipping", "en", LocalDate.of(2023, 2, 18), true, "Bonded families freed from Pakur kilns",
                "Children were found working at brick kilns near Pakur; eleven families were freed.",
                Map.of("outlet", List.of("The Eastern Chronicle"), "tag", List.of("brick kilns", "rescue"))));
        index.index(doc(4, "panel-notes", "en", LocalDate.of(2024, 3, 11), false, "Operation Nilgiri debrief",
                "Internal debrief of Operation Nilgiri: the trafficking route ran through Howrah.",
                Map.of("tag", List.of("trafficking"))));
        index.index(doc(5, "training-module", "mixed", LocalDate.of(2021, 9, 1), true, "POCSO प्रशिक्षण: police module",
                "Session two covers POCSO and trafficking. थाना स्तर पर बाल कल्याण पुलिस अधिकारी की भूमिका।",
                Map.of("tag", List.of("police training", "trafficking"))));
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void anonymousBrowsingCountsOnlyPublicDocumentsExactly() throws IOException {
        SearchResult result = index.search(request("", Map.of(), false));

        assertEquals(4, result.total());
        assertEquals(List.of(
                new FacetValue("press-clipping", 2, false),
                new FacetValue("research-paper", 1, false),
                new FacetValue("training-module", 1, false)), result.facets().get("type"));
        assertEquals(List.of(
                new FacetValue("en", 2, false),
                new FacetValue("hi", 1, false),
                new FacetValue("mixed", 1, false)), result.facets().get("language"));
        assertEquals(List.of(
                new FacetValue("2023", 2, false),
                new FacetValue("2022", 1, false),
                new FacetValue("2021", 1, false)), result.facets().get("year"));
        assertEquals(List.of(
                new FacetValue("rescue", 2, false),
                new FacetValue("trafficking", 2, false),
                new FacetValue("brick kilns", 1, false),
                new FacetValue("mica mining", 1, false),
                new FacetValue("police training", 1, false)), result.facets().get("tag"));
        assertEquals(List.of(1L, 3L, 2L, 5L), ids(result), "browsing lists newest first");
    }

    @Test
    void staffSeeStaffOnlyDocumentsAndTheirCounts() throws IOException {
        SearchResult result = index.search(request("", Map.of(), true));

        assertEquals(5, result.total());
        assertEquals(List.of(
                new FacetValue("press-clipping", 2, false),
                new FacetValue("panel-notes", 1, false),
                new FacetValue("research-paper", 1, false),
                new FacetValue("training-module", 1, false)), result.facets().get("type"));
        assertEquals(new FacetValue("trafficking", 3, false), result.facets().get("tag").get(0));
        assertTrue(result.hits().stream().filter(hit -> hit.id() == 4).allMatch(SearchHit::staffOnly));
    }

    @Test
    void aStaffOnlyWordLeavesNoTraceForTheAnonymous() throws IOException {
        SearchResult anonymous = index.search(request("Nilgiri", Map.of(), false));
        assertEquals(0, anonymous.total());
        assertTrue(anonymous.hits().isEmpty());
        anonymous.facets().values().forEach(values -> assertTrue(values.isEmpty(), "no facet value may be counted"));

        // The glossary makes "trafficking" find the Hindi तस्करी too, but never the staff-only debrief.
        SearchResult trafficking = index.search(request("trafficking", Map.of(), false));
        assertEquals(Set.of(1L, 5L), Set.copyOf(ids(trafficking)));
        assertEquals(List.of(new FacetValue("press-clipping", 1, false), new FacetValue("training-module", 1, false)),
                trafficking.facets().get("type"));

        SearchResult staff = index.search(request("Nilgiri", Map.of(), true));
        assertEquals(List.of(4L), ids(staff));
    }

    @Test
    void aSelectedFacetNarrowsHitsButKeepsItsSiblingsCounted() throws IOException {
        SearchResult result = index.search(request("", Map.of("language", Set.of("en")), false));

        assertEquals(List.of(3L, 2L), ids(result));
        assertEquals(List.of(
                new FacetValue("en", 2, true),
                new FacetValue("hi", 1, false),
                new FacetValue("mixed", 1, false)), result.facets().get("language"), "drill-sideways counts");
        assertEquals(List.of(
                new FacetValue("press-clipping", 1, false),
                new FacetValue("research-paper", 1, false)), result.facets().get("type"));
    }

    @Test
    void valuesOfOneFacetCombineWithOrAndFacetsWithAnd() throws IOException {
        assertEquals(3, index.search(request("", Map.of("language", Set.of("en", "hi")), false)).total());
        SearchResult both = index.search(request("", Map.of("language", Set.of("en", "hi"), "type", Set.of("press-clipping")), false));
        assertEquals(List.of(1L, 3L), ids(both));
    }

    @Test
    void aSelectedValueWithNoMatchesStaysVisibleToBeUnticked() throws IOException {
        SearchResult result = index.search(request("Koderma", Map.of("type", Set.of("photo")), false));
        assertEquals(0, result.total());
        assertEquals(List.of(
                new FacetValue("research-paper", 1, false),
                new FacetValue("photo", 0, true)), result.facets().get("type"), "the other types keep their counts");
    }

    @Test
    void hindiInflectionsAndSpellingVariantsMatch() throws IOException {
        // लड़कियों (plural, oblique) is found by the singular लड़की, with or without the nukta.
        assertEquals(List.of(1L), ids(index.search(request("लड़की", Map.of(), false))));
        assertEquals(List.of(1L), ids(index.search(request("लडकी", Map.of(), false))));
        assertEquals(List.of(5L), ids(index.search(request("पुलिस अधिकारी", Map.of(), false))));
    }

    @Test
    void englishStemsMatchAndSnippetsMarkTheWords() throws IOException {
        SearchResult result = index.search(request("kiln family child", Map.of(), false));
        assertEquals(List.of(3L), ids(result));
        String snippet = result.hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>Children</mark>") && snippet.contains("<mark>kilns</mark>")
                && snippet.contains("<mark>families</mark>"), snippet);
    }

    @Test
    void snippetsComeFromDeepInsideLongDocumentsAndAreEscaped() throws IOException {
        String filler = "The district committee met and recorded its routine business. ".repeat(3_000);
        index.index(doc(6, "research-paper", "en", LocalDate.of(2020, 5, 5), true, "A long annual report",
                filler + "At the very end: <script>alert(1)</script> the Latehar shelter opened.",
                Map.of()));
        index.refresh();

        SearchHit hit = index.search(request("Latehar", Map.of(), false)).hits().get(0);
        assertTrue(hit.snippet().contains("<mark>Latehar</mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
        assertFalse(hit.snippet().contains("<script>"), hit.snippet());
    }

    @Test
    void sortsByDateBothWaysAndPages() throws IOException {
        SearchRequest oldest = new SearchRequest("", Map.of(), null, null, SortOrder.OLDEST, 1, 10, false);
        assertEquals(List.of(5L, 2L, 3L, 1L), ids(index.search(oldest)));

        SearchRequest secondPage = new SearchRequest("", Map.of(), null, null, SortOrder.NEWEST, 2, 3, false);
        SearchResult page = index.search(secondPage);
        assertEquals(4, page.total());
        assertEquals(List.of(5L), ids(page));
        assertEquals(2, page.pages());
    }

    @Test
    void aDateRangeIsInclusive() throws IOException {
        SearchRequest range = new SearchRequest("", Map.of(), LocalDate.of(2022, 1, 20), LocalDate.of(2023, 2, 18),
                SortOrder.NEWEST, 1, 10, false);
        assertEquals(List.of(3L, 2L), ids(index.search(range)));
    }

    @Test
    void malformedQueriesAreExplainedNotCrashed() {
        for (String broken : List.of("\"unclosed phrase", "(trafficking", "title:", "*leading", "AND")) {
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(request(broken, Map.of(), false)), broken);
            assertTrue(e.getMessage().contains("cannot be understood"), e.getMessage());
        }
    }

    @Test
    void regularExpressionsAreRefusedWithWhatToDoInstead() {
        for (String regex : List.of("/[/", "/.*ild.*/", "title:/traff.*/")) {
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(request(regex, Map.of(), true)), regex);
            assertTrue(e.getMessage().contains("Regular expressions"), e.getMessage());
        }
    }

    @Test
    void pagingPastTheWindowIsRefused() {
        SearchRequest deep = new SearchRequest("", Map.of(), null, null, SortOrder.NEWEST, 1001, 10, false);
        assertThrows(InvalidQueryException.class, () -> index.search(deep));
    }

    @Test
    void replacingADocumentKeepsOneCopyAndCommitReportsRevisions() throws IOException {
        assertEquals(Map.of("document", Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 1L, 5L, 1L)), index.commit().revisionsByKind());
        index.index(doc(3, "press-clipping", "en", LocalDate.of(2023, 2, 18), false, "Bonded families freed (now staff only)",
                "Moved to staff only.", Map.of()));
        index.refresh();

        assertEquals(3, index.search(request("", Map.of(), false)).total());
        assertEquals(5, index.search(request("", Map.of(), true)).total());
        assertEquals(Map.of("document", Map.of(3L, 1L)), index.commit().revisionsByKind());
        assertEquals(Map.of(), index.commit().revisionsByKind());
    }

    @Test
    void itemsAreKeyedByKindAndIdSoAPostAndADocumentOfOneIdAreTwo() throws IOException {
        index.commit();
        index.index(new IndexableDocument(1, 4, "post", "Mica belt schools reopen", "A blog post.", "The schools of the mica belt reopen.",
                Map.of(), LocalDate.of(2024, 5, 2), true, "/blog/mica-belt-schools", Map.of("type", List.of("blog-post"))));
        index.refresh();

        List<SearchHit> mica = index.search(request("mica", Map.of(), false)).hits();
        assertEquals(Set.of("document:2", "post:1"), Set.copyOf(mica.stream().map(hit -> hit.kind() + ":" + hit.id()).toList()));
        assertEquals(Map.of("post", Map.of(1L, 4L)), index.commit().revisionsByKind());

        index.remove("post", 1);
        index.refresh();
        assertEquals(List.of(2L), ids(index.search(request("mica", Map.of(), false))), "the document of the same id stays");
    }

    @Test
    void anEmptyIndexAnswersWithNothing() throws IOException {
        try (LuceneIndex empty = new LuceneIndex(new ByteBuffersDirectory(), IndexConfiguration.load(Path.of("index-config")))) {
            SearchResult result = empty.search(request("anything", Map.of("type", Set.of("photo")), false));
            assertEquals(0, result.total());
            assertEquals(List.of(new FacetValue("photo", 0, true)), result.facets().get("type"));
        }
    }

    @Test
    void hindiTypedInLatinLettersFindsDevanagariText() throws IOException {
        assertEquals(List.of(1L), ids(index.search(request("gumla ladkiyan", Map.of(), false))));
        assertEquals(List.of(1L), ids(index.search(request("taskari", Map.of(), false))));
        assertEquals(List.of(5L), ids(index.search(request("bal kalyan pulis adhikari", Map.of(), false))));
    }

    @Test
    void theGlossaryJoinsEnglishAndHindiTerms() throws IOException {
        index.index(doc(7, "policy-document", "hi", LocalDate.of(2022, 12, 10), true, "बाल श्रम मुक्त ग्राम",
                "पंचायत स्तर पर बाल श्रम रोकने की नीति।", Map.of()));
        index.index(doc(8, "research-paper", "en", LocalDate.of(2021, 4, 2), true, "Child labour in Latehar",
                "A study of child labour among seasonal migrants.", Map.of()));
        index.refresh();
        assertEquals(Set.of(7L, 8L), Set.copyOf(ids(index.search(request("child labour", Map.of(), false)))));
        assertEquals(Set.of(7L, 8L), Set.copyOf(ids(index.search(request("बाल श्रम", Map.of(), false)))));
    }

    @Test
    void namedFieldsCanBeAskedForAndOtherColonsAreText() throws IOException {
        assertEquals(List.of(3L), ids(index.search(request("outlet:\"Eastern Chronicle\"", Map.of(), false))));
        assertEquals(List.of(2L), ids(index.search(request("title:mica", Map.of(), false))));
        assertEquals(List.of(5L), ids(index.search(request("POCSO: session", Map.of(), false))), "a colon after a word is text");
        assertEquals(0, index.search(request("visibility:staff", Map.of(), false)).total(), "internal fields are not askable");
        assertEquals(List.of(3L), ids(index.search(request("rescue -gumla", Map.of(), false))));
        assertEquals(Set.of(2L, 3L), Set.copyOf(ids(index.search(request("Koderma OR Pakur", Map.of(), false)))));
    }

    @Test
    void didYouMeanOffersOnlyWhatTheCallerMaySee() throws IOException {
        SearchResult typo = index.search(request("Kodarma", Map.of(), false));
        assertEquals(0, typo.total());
        assertEquals("koderma", typo.suggestion());
        assertEquals(null, index.search(request("Nilgri", Map.of(), false)).suggestion(), "the word exists only in staff material");
        assertEquals("nilgiri", index.search(request("Nilgri", Map.of(), true)).suggestion());
        assertEquals(null, index.search(request("zzqxv", Map.of(), false)).suggestion());
        assertEquals("free pakur", index.search(request("free Pakr", Map.of(), false)).suggestion(),
                "'free' is not in the archive as typed, but the glossary finds it (मुक्त), so it is no misspelling");
    }

    @Test
    void didYouMeanForThePublicDoesNotDependOnStaffOnlyWords() throws IOException {
        String nobodyHasIt = index.search(request("Kodermi", Map.of(), false)).suggestion();
        assertEquals("koderma", nobodyHasIt);
        index.index(doc(10, "panel-notes", "en", LocalDate.of(2024, 4, 1), false, "Internal note", "The koderme list is internal.",
                Map.of()));
        index.refresh();
        assertEquals(nobodyHasIt, index.search(request("Koderme", Map.of(), false)).suggestion(),
                "a word held only by a staff-only document is corrected for the public as if nobody held it");
        assertEquals(1, index.search(request("Koderme", Map.of(), true)).total(), "staff find the note itself");
    }

    @Test
    void publicRankingDoesNotDependOnStaffOnlyText() throws IOException {
        try (LuceneIndex ranked = new LuceneIndex(new ByteBuffersDirectory(), IndexConfiguration.load(Path.of("index-config")))) {
            ranked.index(doc(1, "research-paper", "en", LocalDate.of(2022, 1, 1), true, "Survey one", "wages wages wages shelter", Map.of()));
            ranked.index(doc(2, "research-paper", "en", LocalDate.of(2022, 1, 2), true, "Survey two", "wages shelter shelter shelter", Map.of()));
            ranked.index(doc(3, "research-paper", "en", LocalDate.of(2022, 1, 3), true, "Survey three", "wages report", Map.of()));
            ranked.refresh();
            List<Long> before = ids(ranked.search(request("wages shelter", Map.of(), false)));
            assertEquals(List.of(2L, 1L), before, "shelter is the rarer word among public documents, so its three uses weigh most");
            for (long id = 100; id < 130; id++) {
                ranked.index(doc(id, "case-notes", "en", LocalDate.of(2023, 1, 1), false, "Case " + id,
                        "shelter visit notes shelter home shelter record, a long internal note about the child and the family", Map.of()));
            }
            ranked.refresh();
            assertEquals(before, ids(ranked.search(request("wages shelter", Map.of(), false))),
                    "thirty staff-only notes full of 'shelter' leave the public order as it was");
            List<Long> staffOrder = ids(ranked.search(request("wages shelter", Map.of("type", Set.of("research-paper")), true)));
            assertEquals(List.of(1L, 2L), staffOrder, "for staff the notes make 'shelter' common, so the order turns (the test can tell)");
        }
    }

    @Test
    void aPublicDocumentsWithheldWordsReachStaffOnly() throws IOException {
        String whole = "Sunita Kumari was rescued from a brick kiln near Pakur; Sunitakumari's family was told in Dumka.";
        IndexableDocument full = doc(6, "case-notes", "en", LocalDate.of(2024, 6, 1), true, "Rescue from a Pakur kiln", whole, Map.of());
        IndexableDocument readable = doc(6, "case-notes", "en", LocalDate.of(2024, 6, 1), true, "Rescue from a Pakur kiln",
                "█████ was rescued from a brick kiln near Pakur; █████'s family was told in Dumka.", Map.of());
        index.index(new IndexableDocument(full.id(), full.revision(), full.kind(), full.title(), full.summary(), full.body(), full.texts(),
                full.date(), true, full.url(), full.facets(), readable));
        index.refresh();

        assertEquals(List.of(), ids(index.search(request("Sunita", Map.of(), false))), "the public does not find the withheld name");
        assertEquals(List.of(), ids(index.search(request("sunitakumari", Map.of(), false))));
        assertEquals(null, index.search(request("Sunitta", Map.of(), false)).suggestion(), "nor is it offered as a correction");
        SearchResult staff = index.search(request("Sunita", Map.of(), true));
        assertEquals(List.of(6L), ids(staff), "staff find it by the withheld name, once");
        assertFalse(staff.hits().get(0).staffOnly(), "and see that it is public");
        assertEquals("sunita", index.search(request("Sunitta", Map.of(), true)).suggestion());

        SearchResult pakur = index.search(request("rescued Dumka", Map.of(), false));
        assertEquals(List.of(6L), ids(pakur), "the public finds it by its other words");
        assertFalse(pakur.hits().get(0).snippet().contains("Sunita"), pakur.hits().get(0).snippet());
        assertTrue(pakur.hits().get(0).snippet().contains("█████"), pakur.hits().get(0).snippet());
        assertEquals(6, index.search(request("", Map.of(), true)).total(), "staff browse it once among six");
        assertEquals(5, index.search(request("", Map.of(), false)).total(), "the public among five");
        assertEquals(6, index.documentCount());
        assertTrue(index.search(request("", Map.of(), true)).facets().get("type").contains(new FacetValue("case-notes", 1, false)));

        index.index(doc(7, "press-clipping", "en", LocalDate.of(2024, 6, 2), true, "Kiln rescue near Pakur",
                "Girls rescued from a brick kiln near Pakur were taken to Dumka.", Map.of()));
        index.refresh();
        List<SearchHit> alike = index.moreLikeThis("document", 7, false, 5);
        assertEquals(6L, alike.get(0).id(), "more like this offers its public version, once: " + alike);
        assertEquals(1, alike.stream().filter(hit -> hit.id() == 6L).count(), alike.toString());
        assertFalse(alike.get(0).snippet() != null && alike.get(0).snippet().contains("Sunita"));

        index.remove("document", 6);
        index.refresh();
        assertEquals(List.of(), ids(index.search(request("Sunita", Map.of(), true))), "removing an item removes both its entries");
        assertEquals(List.of(), ids(index.search(request("rescued Dumka", Map.of(), false))).stream().filter(id -> id == 6L).toList());
    }

    @Test
    void completionsComeFromVisibleTitlesAndFacetValues() throws IOException {
        List<org.abhilekh.search.entity.Suggestion> mica = index.suggest("mic", false);
        assertEquals("Children in the mica belt", mica.get(0).text());
        assertEquals("title", mica.get(0).kind());
        assertTrue(mica.stream().anyMatch(s -> s.kind().equals("tag") && s.text().equals("mica mining") && s.count() == 1), mica.toString());

        assertEquals(List.of(), index.suggest("Operation Nil", false), "staff-only titles are not completed for the public");
        assertEquals("Operation Nilgiri debrief", index.suggest("Operation Nil", true).get(0).text());
        assertTrue(index.suggest("polic", false).stream().anyMatch(s -> s.text().equals("police training")));
        assertEquals(List.of(), index.suggest("   ", false));
    }

    @Test
    void moreLikeThisStaysWithinWhatTheCallerMaySee() throws IOException {
        index.index(doc(9, "press-clipping", "en", LocalDate.of(2024, 5, 1), true, "Trafficking route through Howrah exposed",
                "Police traced the trafficking route through Howrah station to a spinning mill.", Map.of()));
        index.refresh();
        List<Long> forStaff = index.moreLikeThis("document", 9, true, 5).stream().map(SearchHit::id).toList();
        assertTrue(forStaff.contains(4L), "the staff-only debrief is alike: " + forStaff);
        List<Long> forPublic = index.moreLikeThis("document", 9, false, 5).stream().map(SearchHit::id).toList();
        assertFalse(forPublic.contains(4L), forPublic.toString());
        assertFalse(forPublic.contains(9L), "not itself");
        assertEquals(List.of(), index.moreLikeThis("document", 4, false, 5), "nothing about a document the caller may not see");
    }

    @Test
    void moreLikeThisComparesTheFieldsThatFieldsJsonNames(@TempDir Path folder) throws IOException {
        IndexableDocument report = doc(11, "research-paper", "en", LocalDate.of(2024, 1, 5), true, "Annual report",
                "Mica scrap collected by children in Koderma villages", Map.of());
        IndexableDocument visit = doc(12, "panel-notes", "en", LocalDate.of(2024, 2, 9), true, "Field visit",
                "Mica scrap collected by children in Koderma villages after school", Map.of());
        index.index(report);
        index.index(visit);
        index.refresh();
        assertTrue(index.moreLikeThis("document", 11, true, 5).stream().anyMatch(hit -> hit.id() == 12L), "as shipped, bodies are compared");

        try (var shipped = Files.list(Path.of("index-config"))) {
            for (Path file : shipped.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.writeString(folder.resolve("fields.json"), Files.readString(folder.resolve("fields.json"))
                .replace("\"similar\": [\"title\", \"body\"]", "\"similar\": [\"title\"]"));
        LuceneIndex titlesOnly = new LuceneIndex(new ByteBuffersDirectory(), IndexConfiguration.load(folder));
        try {
            titlesOnly.index(report);
            titlesOnly.index(visit);
            titlesOnly.refresh();
            assertEquals(List.of(), titlesOnly.moreLikeThis("document", 11, true, 5), "titles alone share no word");
        } finally {
            titlesOnly.close();
        }
    }

    @Test
    void whenNoDocumentHoldsEveryWordThoseWithMostOfThemAnswerAndSaySo() throws IOException {
        SearchResult strict = index.search(request("Koderma mica survey", Map.of(), false));
        assertEquals(List.of(2L), ids(strict));
        assertFalse(strict.partialMatch(), "every word matched");

        // Three of five words: the glossary phrase "human trafficking" (= तस्करी) counts for both its words.
        SearchResult most = index.search(request("human trafficking Gumla Bokaro Patna", Map.of(), false));
        assertEquals(List.of(1L), ids(most));
        assertTrue(most.partialMatch());
        assertTrue(most.hits().get(0).snippet().contains("<mark>"), most.hits().get(0).snippet());

        // Two of three: a Hindi document answers an English question about it.
        SearchResult crossing = index.search(request("girls freed Patna", Map.of(), false));
        assertEquals(List.of(1L), ids(crossing));
        assertTrue(crossing.partialMatch());
    }

    @Test
    void loosenedSearchesKeepStaffMaterialHiddenAndLeaveQuerySyntaxExact() throws IOException {
        SearchResult anonymous = index.search(request("Nilgiri route Howrah Patna", Map.of(), false));
        assertEquals(0, anonymous.total(), "only a staff-only document holds most of the words");
        assertFalse(anonymous.partialMatch());
        assertEquals(Map.of("tag", List.of()), Map.of("tag", anonymous.facets().get("tag")));

        SearchResult staff = index.search(request("Nilgiri route Howrah Patna", Map.of(), true));
        assertEquals(List.of(4L), ids(staff));
        assertTrue(staff.partialMatch());

        for (String exact : List.of("\"Nilgiri route Howrah Patna\"", "Nilgiri route Patna -Howrah", "Nilgiri AND Patna",
                "title:Nilgiri Patna", "Nilgiri route Howrah Patn*")) {
            SearchResult result = index.search(request(exact, Map.of(), true));
            assertEquals(0, result.total(), exact);
            assertFalse(result.partialMatch(), exact);
        }
        SearchResult oneWord = index.search(request("the Patna", Map.of(), true));
        assertEquals(0, oneWord.total(), "a single word that is not there cannot be loosened");
    }

    @Test
    void itemsOfOneDateComeInTheOrderOfTheirKeysSoPagesNeitherRepeatNorSkipWhileTheIndexChanges() throws IOException {
        for (long id : List.of(15L, 11L, 13L, 12L, 14L)) {
            index.index(doc(id, "photo", "en", null, true, "Undated photo " + id, "A photo without a date.", Map.of()));
        }
        index.refresh();
        SearchRequest firstPage = new SearchRequest("", Map.of("type", Set.of("photo")), null, null, SortOrder.NEWEST, 1, 3, false);
        SearchRequest secondPage = new SearchRequest("", Map.of("type", Set.of("photo")), null, null, SortOrder.NEWEST, 2, 3, false);
        List<Long> before = new ArrayList<>(ids(index.search(firstPage)));
        // Re-indexing an item moves it to the end of the index's internal order, as an edit or a merge would.
        index.index(doc(11, "photo", "en", null, true, "Undated photo 11", "A photo without a date, described again.", Map.of()));
        index.refresh();
        before.addAll(ids(index.search(secondPage)));
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L), before, "by key (document:11 ... document:15), whatever the insertion order");
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    private static SearchRequest request(String query, Map<String, Set<String>> filters, boolean staff) {
        return new SearchRequest(query, filters, null, null, SortOrder.RELEVANCE, 1, 10, staff);
    }

    private static IndexableDocument doc(long id, String type, String language, LocalDate date, boolean isPublic,
                                         String title, String body, Map<String, List<String>> extra) {
        return SampleItems.document(id, type, language, date, isPublic, title, body, extra);
    }
}
