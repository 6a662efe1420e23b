package org.abhilekh.search.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SortOrder;

/**
 * Turns raw request parameters (from the API or the portal's URL) into a checked
 * {@link SearchRequest}. Every limit a stranger could push against is enforced here.
 */
public final class SearchRequestReader {

    public static final int MAX_QUERY_CHARS = 500;
    public static final int MAX_FILTERS = 30;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 10;

    private SearchRequestReader() {
    }

    public static SearchRequest read(IndexConfiguration configuration, String q, List<String> f, String from, String to,
                                     String sort, String page, String size, boolean staff) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            throw new BadInputException("The search text is longer than " + MAX_QUERY_CHARS + " characters; shorten it.");
        }
        if (query.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new BadInputException("The search text contains control characters.");
        }
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        List<String> given = f == null ? List.of() : f;
        if (given.size() > MAX_FILTERS) {
            throw new BadInputException("At most " + MAX_FILTERS + " filters can be combined.");
        }
        for (String filter : given) {
            if (filter == null || filter.isBlank()) {
                continue;
            }
            int colon = filter.indexOf(':');
            if (colon < 1 || colon == filter.length() - 1) {
                throw new BadInputException("A filter is written FACET:VALUE, for example f=language:hi; got '" + shorten(filter) + "'.");
            }
            String facet = filter.substring(0, colon);
            String value = filter.substring(colon + 1);
            if (!configuration.isFacet(facet)) {
                throw new BadInputException("There is no facet '" + shorten(facet) + "'. Facets: "
                        + configuration.facets().stream().map(IndexConfiguration.FacetDefinition::name).toList() + ".");
            }
            if (value.length() > 200) {
                throw new BadInputException("The value of filter '" + facet + "' is too long.");
            }
            filters.computeIfAbsent(facet, k -> new LinkedHashSet<>()).add(value);
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadInputException("The date range is reversed: 'from' (" + fromDate + ") is after 'to' (" + toDate + ").");
        }
        SortOrder order = sort == null || sort.isBlank() ? SortOrder.RELEVANCE : SortOrder.fromCode(sort)
                .orElseThrow(() -> new BadInputException("Sort must be 'relevance', 'date' (newest first) or 'oldest'; got '" + shorten(sort) + "'."));
        int pageNumber = number("page", page, 1, 1, Integer.MAX_VALUE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new SearchRequest(query, filters, fromDate, toDate, order, pageNumber, pageSize, staff);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("'" + name + "' must be a date written YYYY-MM-DD; got '" + shorten(value) + "'.", e);
        }
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw new BadInputException("'" + name + "' must be between " + min + " and " + max + "; got " + number + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadInputException("'" + name + "' must be a whole number; got '" + shorten(value) + "'.", e);
        }
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
