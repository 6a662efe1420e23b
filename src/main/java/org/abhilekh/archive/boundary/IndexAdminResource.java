package org.abhilekh.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.search.boundary.SearchIndex;
import org.abhilekh.search.entity.ReindexStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/reindex}: rebuilds the index from the database and blobs (the truth) into a
 * fresh generation that replaces the old one when complete; searches keep answering meanwhile.
 * This is also how a change to index-config/ reaches documents already indexed.
 */
@Path("admin/reindex")
@RequestScoped
public class IndexAdminResource {

    @Inject
    Archive archive;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Caller caller;

    @Resource
    ManagedExecutorService executor;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild the index (admin)", description = "Answers 202 at once; follow progress with GET.")
    @APIResponse(responseCode = "202", description = "Started; the body is the rebuild's status")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    @APIResponse(responseCode = "409", description = "A rebuild is already running",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response start() {
        requireAdmin();
        if (searchIndex.reindexStatus().running()) {
            throw new ConflictException("A rebuild is already running.");
        }
        executor.submit(archive::rebuildIndex);
        return Response.accepted(searchIndex.reindexStatus()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress of the last rebuild (admin)")
    @APIResponse(responseCode = "200", description = "The rebuild's status")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    public ReindexStatus status() {
        requireAdmin();
        return searchIndex.reindexStatus();
    }

    private void requireAdmin() {
        caller.requireStaff();
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only an administrator may rebuild the index.");
        }
    }
}
