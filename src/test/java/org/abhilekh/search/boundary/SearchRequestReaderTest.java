package org.abhilekh.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SortOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Raw query-string input, as a stranger could send it, becomes a checked request or a clear 400. */
class SearchRequestReaderTest {

    private static IndexConfiguration configuration;

    @BeforeAll
    static void load() {
        configuration = IndexConfiguration.load(Path.of("index-config"));
    }

    @Test
    void nothingGivenMeansBrowseTheFirstPage() {
        SearchRequest request = read(null, null, null, null, null, null, null);
        assertEquals("", request.query());
        assertTrue(request.browsing());
        assertEquals(Map.of(), request.filters());
        assertEquals(1, request.page());
        assertEquals(10, request.size());
        assertEquals(SortOrder.RELEVANCE, request.sort());
    }

    @Test
    void everythingGivenIsRead() {
        SearchRequest request = read("  बाल श्रम  ", List.of("language:hi", "language:en", "type:press-clipping", ""),
                "2020-01-01", "2024-12-31", "date", "3", "25");
        assertEquals("बाल श्रम", request.query());
        assertEquals(Map.of("language", Set.of("hi", "en"), "type", Set.of("press-clipping")), request.filters());
        assertEquals(LocalDate.of(2020, 1, 1), request.from());
        assertEquals(LocalDate.of(2024, 12, 31), request.to());
        assertEquals(SortOrder.NEWEST, request.sort());
        assertEquals(3, request.page());
        assertEquals(25, request.size());
    }

    @Test
    void aFilterValueMayContainColons() {
        assertEquals(Map.of("outlet", Set.of("JH News: 24")), read("", List.of("outlet:JH News: 24"), null, null, null, null, null).filters());
    }

    @Test
    void hostileAndBrokenInputGetsAMessageThatSaysWhatToFix() {
        assertMessage("longer than 500", () -> read("x".repeat(501), null, null, null, null, null, null));
        assertMessage("control characters", () -> read("abc\u0000def", null, null, null, null, null, null));
        assertMessage("FACET:VALUE", () -> read("", List.of("language"), null, null, null, null, null));
        assertMessage("FACET:VALUE", () -> read("", List.of(":hi"), null, null, null, null, null));
        assertMessage("no facet 'visibility'", () -> read("", List.of("visibility:staff"), null, null, null, null, null));
        assertMessage("too long", () -> read("", List.of("outlet:" + "y".repeat(201)), null, null, null, null, null));
        assertMessage("At most 30 filters", () -> read("", Collections.nCopies(31, "type:photo"), null, null, null, null, null));
        assertMessage("YYYY-MM-DD", () -> read("", null, "yesterday", null, null, null, null));
        assertMessage("YYYY-MM-DD", () -> read("", null, null, "2024-02-30", null, null, null));
        assertMessage("reversed", () -> read("", null, "2024-01-02", "2024-01-01", null, null, null));
        assertMessage("Sort must be", () -> read("", null, null, null, "random", null, null));
        assertMessage("whole number", () -> read("", null, null, null, null, "two", null));
        assertMessage("between 1 and", () -> read("", null, null, null, null, "0", null));
        assertMessage("between 1 and 100", () -> read("", null, null, null, null, null, "1000"));
        assertMessage("whole number", () -> read("", null, null, null, null, "99999999999999", null));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        BadInputException e = assertThrows(BadInputException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(400, e.status());
    }

    private static SearchRequest read(String q, List<String> f, String from, String to, String sort, String page, String size) {
        return SearchRequestReader.read(configuration, q, f, from, to, sort, page, size, false);
    }
}
