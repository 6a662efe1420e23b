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
    public List<OutletView> list() {
        return outlets.list(caller.isStaff());
    }
}
