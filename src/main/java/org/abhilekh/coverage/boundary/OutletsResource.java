package org.abhilekh.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.abhilekh.coverage.entity.OutletView;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/outlets}: the managed outlet list. Staff get every outlet with id, aliases, review
 * state and clipping count; the public gets the outlets that have at least one public clipping, with
 * name, medium, language, city and that count.
 */
@Path("outlets")
@RequestScoped
public class OutletsResource {

    @Inject
    Outlets outlets;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The outlet list",
            description = "The public sees outlets with at least one public clipping, without aliases; staff see every outlet.")
    @APIResponse(responseCode = "200", description = "The outlets")
    public List<OutletView> list() {
        return outlets.list(caller.isStaff());
    }
}
