package org.abhilekh.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.search.control.SearchUnavailableException;
import org.abhilekh.search.entity.FacetValue;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /search/}: the whole state is in the URL (q, f, from, to, sort, page), so a search can
 * be bookmarked, shared and walked back with the browser's back button.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    SearchIndex searchIndex;

    @Inject
    Caller caller;

    private SearchRequest request;
    private SearchResult result;
    private String problem;
    private String q = "";
    private List<String> filters = List.of();
    private String from;
    private String to;
    private String sort;

    public void load() {
        Map<String, String[]> params = Faces.getRequestParameterValuesMap();
        q = first(params, "q");
        filters = params.containsKey("f") ? Arrays.stream(params.get("f")).filter(v -> !v.isBlank()).toList() : List.of();
        from = first(params, "from");
        to = first(params, "to");
        sort = first(params, "sort");
        try {
            request = SearchRequestReader.read(searchIndex.configuration(), q, filters, from, to, sort,
                    first(params, "page"), null, caller.isStaff());
            result = searchIndex.search(request);
        } catch (BadInputException e) {
            problem = e.getMessage();
        } catch (SearchUnavailableException e) {
            problem = "Search is unavailable for a moment: the search service does not answer. Please try again shortly.";
            Faces.getResponse().setStatus(503);
            Faces.getResponse().setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
    }

    public SearchResult getResult() {
        return result;
    }

    public String getProblem() {
        return problem;
    }

    public String getQ() {
        return q;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getSort() {
        return request == null ? "relevance" : request.sort().code();
    }

    public List<String> getFilters() {
        return filters;
    }

    /** The facets that have something to offer, in configured order. */
    public List<Map.Entry<String, List<FacetValue>>> getFacets() {
        if (result == null) {
            return List.of();
        }
        return result.facets().entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).toList();
    }

    /** A facet value as people read it: types, languages and media are translated, names are not. */
    public String label(String facet, String value) {
        ResourceBundle messages = Faces.getResourceBundle("msg");
        String key = facet + "." + value;
        return messages.containsKey(key) ? messages.getString(key) : value;
    }

    /** This search with one facet value ticked or unticked, back on page one. */
    public String toggleUrl(String facet, String value) {
        String filter = facet + ":" + value;
        List<String> next = new ArrayList<>(filters);
        if (!next.remove(filter)) {
            next.add(filter);
        }
        return url(q, next, from, to, sort, 1);
    }

    /** The same search with the spelling suggestion as its text. */
    public String getSuggestionUrl() {
        return result == null || result.suggestion() == null ? null : url(result.suggestion(), filters, from, to, sort, 1);
    }

    /** This search as an Atom feed, for feed readers. */
    public String getFeedUrl() {
        return url(q, filters, from, to, null, 1).replaceFirst("/search/\\?", "/api/search/feed.atom?");
    }

    /** This search as CSV (staff only). */
    public String getCsvUrl() {
        return url(q, filters, from, to, sort, 1).replaceFirst("/search/\\?", "/api/search/results.csv?");
    }

    public String pageUrl(int page) {
        return url(q, filters, from, to, sort, page);
    }

    public String sortUrl(String order) {
        return url(q, filters, from, to, order, 1);
    }

    public String getClearFiltersUrl() {
        return url(q, List.of(), null, null, sort, 1);
    }

    public boolean isFiltered() {
        return !filters.isEmpty() || (from != null && !from.isBlank()) || (to != null && !to.isBlank());
    }

    private String url(String query, List<String> filterList, String fromDate, String toDate, String order, int page) {
        StringBuilder url = new StringBuilder(Faces.getRequestContextPath()).append("/search/?q=").append(encode(query));
        filterList.forEach(filter -> url.append("&f=").append(encode(filter)));
        append(url, "from", fromDate);
        append(url, "to", toDate);
        if (order != null && !order.isBlank() && !"relevance".equals(order)) {
            append(url, "sort", order);
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
