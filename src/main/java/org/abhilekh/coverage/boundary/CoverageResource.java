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
    public Coverage coverage(@QueryParam("year") String year, @QueryParam("outlet") String outlet) {
        return report.coverage(caller.isStaff(), year, outlet);
    }
}
