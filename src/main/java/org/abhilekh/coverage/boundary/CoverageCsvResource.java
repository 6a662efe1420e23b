package org.abhilekh.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.abhilekh.coverage.control.CoverageCsv;
import org.abhilekh.coverage.entity.Coverage;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/coverage.csv?year=&outlet=}: the same numbers as the coverage page, for spreadsheets and reports. */
@Path("coverage.csv")
@RequestScoped
public class CoverageCsvResource {

    @Inject
    CoverageReport report;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Coverage statistics as CSV", description = "Counted over the clippings the caller may see.")
    @APIResponse(responseCode = "200", description = "text/csv")
    @APIResponse(responseCode = "400", description = "A malformed year",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response csv(@QueryParam("year") String year, @QueryParam("outlet") String outlet) {
        Coverage coverage = report.coverage(caller.isStaff(), year, outlet);
        String name = "coverage" + (coverage.year() == null ? "" : "-" + coverage.year()) + ".csv";
        return Response.ok(CoverageCsv.write(coverage), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
