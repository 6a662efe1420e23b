package org.abhilekh.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.security.boundary.Caller;

/** {@code GET /api/search}: the archive's search for programs, with the caller's visibility applied. */
@Path("search")
@RequestScoped
public class SearchResource {

    @Inject
    SearchIndex searchIndex;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SearchResult search(@QueryParam("q") String q, @QueryParam("f") List<String> f,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("sort") String sort, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        return searchIndex.search(SearchRequestReader.read(searchIndex.configuration(), q, f, from, to, sort, page, size,
                caller.isStaff()));
    }
}
