package org.abhilekh.ingest.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.abhilekh.ingest.control.JobQueryReader;
import org.abhilekh.ingest.entity.ImportView;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.control.PayloadTooLargeException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/imports} (admin): import a folder that lies on the server, inside the import root,
 * and follow its progress. Files from a person's own computer go through {@code POST /api/documents}
 * instead (the command-line {@code bin/abhilekh-import} does that for a whole folder).
 */
@Path("admin/imports")
@RequestScoped
public class ImportsResource {

    static final int MAX_BODY_BYTES = 8192;
    static final int RECENT = 20;

    @Inject
    FolderImports imports;

    @Inject
    Caller caller;

    /** The import root and the latest imports, newest first. */
    public record Imports(String root, List<ImportView> imports) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a folder inside the import root (admin)", description = "Body {\"folder\": \"name\"}, a path"
            + " relative to the import root (or absolute inside it). Answers 202 with the batch; follow it with GET /api/admin/imports/{batch}.")
    @APIResponse(responseCode = "202", description = "Started; the body is the import's progress")
    @APIResponse(responseCode = "400", description = "A malformed body, or a folder outside the import root",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    @APIResponse(responseCode = "409", description = "An import is already running",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    public Response start(InputStream body) throws IOException {
        requireAdmin();
        String folder = folder(readLimited(body));
        ImportView started = imports.start(folder, caller.getName());
        return Response.accepted(started).location(URI.create("admin/imports/" + started.batch())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The import root and the latest imports (admin)")
    @APIResponse(responseCode = "200", description = "The import root and the latest imports")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    public Imports recent() {
        requireAdmin();
        return new Imports(imports.root().toString(), imports.recent(RECENT));
    }

    @GET
    @Path("{batch}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress of one import (admin): files found, queued, running, done, failed, duplicates, refused")
    @APIResponse(responseCode = "200", description = "The import's progress")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public ImportView progress(@PathParam("batch") String batch) {
        requireAdmin();
        return JobQueryReader.id(batch).flatMap(imports::progress).orElseThrow(() -> new NotFoundException(
                "There is no import " + (batch.length() > 40 ? batch.substring(0, 40) : batch) + "."));
    }

    private void requireAdmin() {
        caller.requireStaff();
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only an administrator may import folders from the server.");
        }
    }

    private static JsonObject readLimited(InputStream entity) throws IOException {
        byte[] bytes = entity == null ? new byte[0] : entity.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new PayloadTooLargeException("The request body may be at most " + MAX_BODY_BYTES + " bytes.");
        }
        try (JsonReader reader = Json.createReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadInputException("The request body must be a JSON object such as {\"folder\": \"press-2024\"}.", e);
        }
    }

    static String folder(JsonObject sent) {
        for (String key : sent.keySet()) {
            if (!key.equals("folder")) {
                throw new BadInputException("Unknown field '" + (key.length() > 40 ? key.substring(0, 40) : key) + "'; send only 'folder'.");
            }
        }
        if (!(sent.get("folder") instanceof JsonString folder) || folder.getString().isBlank()) {
            throw new BadInputException("'folder' must be the name of a folder inside the import folder, as a string.");
        }
        return folder.getString();
    }
}
