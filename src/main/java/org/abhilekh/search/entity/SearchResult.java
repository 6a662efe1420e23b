package org.abhilekh.search.entity;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: the exact total, one page of hits and the facet counts.
 * {@code partialMatch} says that no document held every word searched for, so these are the
 * documents that hold most of them; {@code suggestion} is a spelling correction offered when the
 * words as typed found nothing.
 */
public record SearchResult(
        long total,
        int page,
        int size,
        List<SearchHit> hits,
        Map<String, List<FacetValue>> facets,
        String suggestion,
        boolean partialMatch) {

    public int pages() {
        return total == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
