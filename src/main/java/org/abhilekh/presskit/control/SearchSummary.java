package org.abhilekh.presskit.control;

import org.abhilekh.search.entity.SearchRequest;

/** A search as the audit trail records it when its first results are added to a kit. */
public final class SearchSummary {

    private SearchSummary() {
    }

    /** The search in words: its query, filters, dates, order and how many of its first results. */
    public static String of(SearchRequest search) {
        StringBuilder text = new StringBuilder("\"").append(search.query()).append('"');
        search.filters().keySet().stream().sorted().forEach(facet -> search.selected(facet).forEach(value -> text.append(" f=").append(facet).append(':').append(value)));
        if (search.from() != null) {
            text.append(" from ").append(search.from());
        }
        if (search.to() != null) {
            text.append(" to ").append(search.to());
        }
        return text.append(" sort ").append(search.sort().code()).append(", first ").append(search.size()).toString();
    }
}
