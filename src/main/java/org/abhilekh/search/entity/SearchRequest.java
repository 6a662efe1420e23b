package org.abhilekh.search.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search, already checked: the query text (empty browses everything), the selected facet
 * values (OR within a facet, AND across facets), an optional date range, the order and the page,
 * and whether the caller may see staff-only material.
 */
public record SearchRequest(
        String query,
        Map<String, Set<String>> filters,
        LocalDate from,
        LocalDate to,
        SortOrder sort,
        int page,
        int size,
        boolean staff) {

    public SearchRequest {
        filters = Map.copyOf(filters);
    }

    public static SearchRequest of(String query, boolean staff) {
        return new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 1, 10, staff);
    }

    public boolean browsing() {
        return query == null || query.isBlank();
    }

    public List<String> selected(String facet) {
        return filters.getOrDefault(facet, Set.of()).stream().sorted().toList();
    }
}
