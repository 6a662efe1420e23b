package org.abhilekh.ingest.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.DocumentView;
import org.abhilekh.archive.entity.StoreOutcome;
import org.abhilekh.ingest.control.JobProgress;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.ingest.entity.JobView;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.UploadedNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/documents}: a file into the archive through the ingest queue (staff). It shares its address with
 * the archive's reading of documents, but a file going in is ingest's business: the queue's room, the stored original,
 * the job. The size limit is enforced on the bytes as they arrive by the platform's {@code UploadLimitFilter}.
 */
@Path("documents")
@RequestScoped
public class UploadsResource {

    private static final int MAX_PARTS = 4;

    @Inject
    IngestJobs ingestJobs;

    @Inject
    Archive archive;

    @Inject
    JobViews jobViews;

    @Inject
    JobProgress progress;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    /**
     * Accepts one file with an optional JSON description. 202 with the new document and its job once the
     * bytes, the document row and the job row are durable; 200 with the existing document (and its latest
     * job) when the same bytes are already stored; 503 with Retry-After, storing nothing, when the queue is full.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a file into the archive (staff)",
            description = "One part 'file' and optionally one part 'metadata' (the description as JSON). Staff uploads arrive staff-only.")
    @APIResponse(responseCode = "200", description = "The same bytes are already in the archive: the existing document")
    @APIResponse(responseCode = "202", description = "Stored; the text is being extracted. Location names the document")
    @APIResponse(responseCode = "400", description = "Missing or extra parts, or a malformed description; the problem names the field",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", description = "The body is not multipart/form-data, or the file's type is not one the archive reads",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "503", description = "The queue is full; nothing was stored. Retry-After says when to try again",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response upload(List<EntityPart> parts) throws IOException {
        // The size limit is enforced on the bytes as they arrive, by UploadLimitFilter.
        caller.requireStaff();
        if (parts == null || parts.size() > MAX_PARTS) {
            throw new BadInputException("Send one part named 'file' and, optionally, one named 'metadata'.");
        }
        EntityPart file = part(parts, "file")
                .orElseThrow(() -> new BadInputException("Send the file as a multipart part named 'file'."));
        String sentMetadata = part(parts, "metadata").map(UploadsResource::text).orElse(null);
        // Deciding what the public sees is an editor's act: staff uploads arrive staff-only, and the answer says so.
        boolean heldBack = !caller.isEditor() && MetadataReader.asksForPublic(sentMetadata);
        String metadata = heldBack ? MetadataReader.staffOnly(sentMetadata) : sentMetadata;
        String name = file.getFileName().map(UploadedNames::of).orElse("upload");
        boolean image = file.getMediaType() != null && "image".equalsIgnoreCase(file.getMediaType().getType());
        IngestJobs.Accepted accepted;
        try (InputStream content = file.getContent()) {
            accepted = ingestJobs.accept(content, name, metadata, image, JobSource.UPLOAD, caller.getName(), null);
        }
        StoreOutcome outcome = accepted.outcome();
        DocumentView view = DocumentView.of(archive.find(outcome.documentId(), true), progress.of(outcome.documentId()));
        JobView job = accepted.job().map(jobViews::of).orElse(null);
        if (outcome.duplicate()) {
            return Response.ok(new Upload(view, true, "These bytes are already in the archive as document "
                    + outcome.documentId() + ".", job)).build();
        }
        String message = heldBack ? "Stored staff-only: only an editor or administrator can make a document public. The text is being extracted."
                : MetadataReader.asksForPublic(metadata) ? "Stored; the text is being extracted. The document stays staff-only until"
                + " then, and goes public once the safeguarding checks find nothing in it (else it is held for an editor's review)."
                : "Stored; the text is being extracted.";
        return Response.accepted(new Upload(view, false, message, job))
                .location(URI.create(request.getContextPath() + "/api/documents/" + outcome.documentId())).build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    /** A text part, read only up to the size a description may have. */
    private static String text(EntityPart part) {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MetadataReader.MAX_INPUT_CHARS * 4 + 1);
            if (bytes.length > MetadataReader.MAX_INPUT_CHARS * 4) {
                throw new BadInputException("The metadata part is longer than " + MetadataReader.MAX_INPUT_CHARS + " characters.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("The metadata part could not be read.", e);
        }
    }

    /** What an upload answers; {@code job} is the new job, or for a duplicate the latest job of the existing document. */
    public record Upload(DocumentView document, boolean duplicate, String message, JobView job) {
    }
}
