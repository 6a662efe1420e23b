package org.abhilekh.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.PublicAddress;
import org.abhilekh.search.control.ResultExport;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.SortOrder;
import org.abhilekh.search.entity.Suggestion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/search}: the archive's search for programs, as CSV for staff and as an Atom feed for
 * anyone, and {@code /api/suggest} for completions. The caller's visibility applies to all of them.
 */
@Path("")
@RequestScoped
public class SearchResource {

    static final int MAX_EXPORT_ROWS = 10_000;
    static final int FEED_ENTRIES = 50;

    @Inject
    PublicAddress publicAddress;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("search")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the archive", description = "Full-text search in English and Hindi (Devanagari or typed in"
            + " Latin letters) with facet filters, a date range, sorting and paging. Anonymous callers see public material only.")
    @APIResponse(responseCode = "200", description = "One page of hits, exact facet counts and, when nothing matched, a spelling suggestion."
            + " When no document holds every word of a plain-words search, the documents holding most of them answer,"
            + " with partialMatch true")
    @APIResponse(responseCode = "400", description = "A malformed query or parameter; the problem document says what to fix",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public SearchResult search(
            @Parameter(description = "Words, \"phrases\", -exclusion, OR, field:value (title, outlet, author); empty browses everything, newest first")
            @QueryParam("q") String q,
            @Parameter(description = "A facet filter FACET:VALUE, repeatable: values of one facet are OR-ed, facets AND-ed")
            @QueryParam("f") List<String> f,
            @Parameter(description = "Earliest date, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Latest date, YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "relevance (default), date (newest first) or oldest") @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Hits per page, 1 to 100") @QueryParam("size") String size) {
        return searchIndex.search(read(q, f, from, to, sort, page, size));
    }

    @GET
    @Path("search/results.csv")
    @Produces("text/csv")
    @Operation(summary = "Export a result list as CSV (staff)", description = "The same parameters as /api/search; up to 10,000 rows.")
    @APIResponse(responseCode = "200", description = "text/csv, every cell quoted")
    @APIResponse(responseCode = "400", description = "A malformed query or parameter",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    public Response csv(@QueryParam("q") String q, @QueryParam("f") List<String> f, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("sort") String sort) {
        caller.requireStaff();
        SearchRequest first = read(q, f, from, to, sort, "1", "100");
        List<SearchHit> rows = new ArrayList<>();
        SearchResult result = searchIndex.search(first);
        rows.addAll(result.hits());
        for (int page = 2; rows.size() < Math.min(result.total(), MAX_EXPORT_ROWS); page++) {
            rows.addAll(searchIndex.search(new SearchRequest(first.query(), first.filters(), first.from(), first.to(),
                    first.sort(), page, 100, first.staff())).hits());
        }
        URI base = URI.create(publicAddress.origin(uriInfo.getBaseUri().resolve("../").toString().replaceAll("/$", "")) + "/");
        StreamingOutput body = out -> ResultExport.csv(rows, base, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"abhilekh-search.csv\"").build();
    }

    @GET
    @Path("search/feed.atom")
    @Produces("application/atom+xml")
    @Operation(summary = "Follow a search as an Atom feed", description = "The newest 50 matches of the same parameters as /api/search.")
    @APIResponse(responseCode = "200", description = "An Atom feed")
    @APIResponse(responseCode = "400", description = "A malformed query or parameter",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response atom(@QueryParam("q") String q, @QueryParam("f") List<String> f, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        SearchRequest request = read(q, f, from, to, SortOrder.NEWEST.code(), "1", Integer.toString(FEED_ENTRIES));
        List<SearchHit> hits = searchIndex.search(request).hits();
        URI base = URI.create(publicAddress.origin(uriInfo.getBaseUri().resolve("../").toString().replaceAll("/$", "")) + "/");
        URI self = uriInfo.getRequestUri();
        String title = "Abhilekh: " + (request.browsing() ? "newest documents" : request.query());
        StreamingOutput body = out -> ResultExport.atom(title, self, base, hits, out);
        return Response.ok(body, "application/atom+xml; charset=UTF-8").header("Cache-Control", publicAddress.cacheControl(300)).build();
    }

    @GET
    @Path("suggest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Completions while typing", description = "Matching titles, outlets, topics and districts among the material the caller may see.")
    @APIResponse(responseCode = "200", description = "Completions")
    @APIResponse(responseCode = "400", description = "More than 100 characters typed",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public List<Suggestion> suggest(@Parameter(description = "What has been typed so far") @QueryParam("q") String q) {
        if (q != null && q.length() > 100) {
            throw new BadInputException("Completions are offered for up to 100 characters.");
        }
        return searchIndex.suggest(q, caller.isStaff());
    }

    private SearchRequest read(String q, List<String> f, String from, String to, String sort, String page, String size) {
        return SearchRequestReader.read(searchIndex.configuration(), q, f, from, to, sort, page, size, caller.isStaff());
    }
}
