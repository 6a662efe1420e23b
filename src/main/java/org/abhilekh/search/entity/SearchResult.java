package org.abhilekh.search.entity;

import java.util.List;
import java.util.Map;

/** The answer to a {@link SearchRequest}: the exact total, one page of hits and the facet counts. */
public record SearchResult(
        long total,
        int page,
        int size,
        List<SearchHit> hits,
        Map<String, List<FacetValue>> facets,
        String suggestion) {

    public int pages() {
        return total == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
