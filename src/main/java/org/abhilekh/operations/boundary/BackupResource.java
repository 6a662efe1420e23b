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
import org.abhilekh.platform.control.Downloads;
import org.abhilekh.platform.control.ForbiddenException;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    public Response create() {
        requireAdmin();
        BackupFile file = backups.create(caller.getName());
        return Response.created(uri.getAbsolutePathBuilder().path(file.name()).build()).entity(file).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The backups in the data folder, newest first (admin)")
    public List<BackupFile> list() {
        requireAdmin();
        return backups.list();
    }

    @GET
    @Path("{name}")
    @Produces("application/zip")
    @Operation(summary = "Download a backup (admin)")
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
