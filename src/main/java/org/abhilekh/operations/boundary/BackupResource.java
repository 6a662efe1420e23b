package org.abhilekh.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.abhilekh.operations.entity.BackupFile;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.Downloads;
import org.abhilekh.platform.control.ForbiddenException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/backups}: make a backup of the running installation, list the backups, download
 * one. Administrators only: a backup holds every account's password hash and every staff-only file.
 */
@Path("admin/backups")
@RequestScoped
public class BackupResource {

    @Inject
    Backups backups;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a backup now (admin)", description = "Answers 201 with the new backup once it is complete.")
    @APIResponse(responseCode = "201", description = "The new backup; Location names its download")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    @APIResponse(responseCode = "409", description = "A part refused, such as the index during a rebuild",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "503", description = "Another backup is being written; Retry-After says when to try again",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response create() {
        requireAdmin();
        BackupFile file = backups.create(caller.getName());
        return Response.created(uri.getAbsolutePathBuilder().path(file.name()).build()).entity(file).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The backups in the data folder, newest first (admin)")
    @APIResponse(responseCode = "200", description = "The backups")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    public List<BackupFile> list() {
        requireAdmin();
        return backups.list();
    }

    @GET
    @Path("{name}")
    @Produces("application/zip")
    @Operation(summary = "Download a backup (admin)")
    @APIResponse(responseCode = "200", description = "The backup ZIP")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    @APIResponse(responseCode = "404", description = "No backup of that name",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response download(@PathParam("name") String name) {
        requireAdmin();
        java.nio.file.Path file = backups.file(name);
        return Response.ok(file.toFile(), "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private void requireAdmin() {
        caller.requireStaff();
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only an administrator may make or download backups.");
        }
    }
}
