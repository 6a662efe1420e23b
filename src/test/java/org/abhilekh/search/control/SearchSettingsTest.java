package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {

    private static SearchSettings read(String engine, String urls) {
        return SearchSettings.read(engine, Optional.ofNullable(urls), Optional.empty(), Optional.empty(), "abhilekh");
    }

    @Test
    void luceneIsTheDefault() {
        assertFalse(read(null, null).cluster());
        assertFalse(read("", null).cluster());
        assertFalse(read(" Lucene ", "http://ignored:9200").cluster());
    }

    @Test
    void openSearchTakesCommaSeparatedNodes() {
        SearchSettings settings = read("OpenSearch", " http://a:9200, https://b:9201/ ,");
        assertTrue(settings.cluster());
        assertEquals(List.of("http://a:9200", "https://b:9201/"), settings.urls());
        assertNull(settings.user());
        assertEquals("abhilekh", settings.indexPrefix());
    }

    @Test
    void anUnknownEngineIsRefusedNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("elastic", null));
        assertTrue(e.getMessage().contains("abhilekh.search.engine"), e.getMessage());
        assertTrue(e.getMessage().contains("'elastic'"), e.getMessage());
    }

    @Test
    void openSearchWithoutUrlsIsRefused() {
        for (String urls : new String[] {null, "", " , "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("opensearch", urls));
            assertTrue(e.getMessage().contains("ABHILEKH_OPENSEARCH_URLS"), e.getMessage());
        }
    }

    @Test
    void aUrlThatIsNotANodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> read("opensearch", "localhost:9200"));
        assertThrows(IllegalArgumentException.class, () -> read("opensearch", "http://a:9200/some/path"));
    }

    @Test
    void anIndexPrefixTheClusterWouldRefuseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SearchSettings.read("opensearch", Optional.of("http://a:9200"),
                Optional.empty(), Optional.empty(), "Abhilekh"));
        assertThrows(IllegalArgumentException.class, () -> SearchSettings.read("opensearch", Optional.of("http://a:9200"),
                Optional.empty(), Optional.empty(), "-x"));
    }

    @Test
    void userAndPasswordAreKeptButNeverShown() {
        SearchSettings settings = SearchSettings.read("opensearch", Optional.of("http://a:9200"), Optional.of("u"),
                Optional.of("secret"), "abh-test");
        assertEquals("u", settings.user());
        assertEquals("secret", settings.password());
        assertFalse(settings.toString().contains("secret"));
    }
}
