package org.abhilekh.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.abhilekh.coverage.entity.Coverage;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/coverage?year=&outlet=}: the numbers behind the coverage chart and table, as JSON. */
@Path("coverage")
@RequestScoped
public class CoverageResource {

    @Inject
    CoverageReport report;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Coverage statistics",
            description = "Clippings per month by language and medium, and per outlet, over the clippings the caller may see.")
    @APIResponse(responseCode = "200", description = "The statistics")
    @APIResponse(responseCode = "400", description = "A malformed year",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Coverage coverage(@QueryParam("year") String year, @QueryParam("outlet") String outlet) {
        return report.coverage(caller.isStaff(), year, outlet);
    }
}
