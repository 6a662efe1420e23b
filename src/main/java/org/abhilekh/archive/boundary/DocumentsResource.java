package org.abhilekh.archive.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentView;
import org.abhilekh.archive.entity.IngestProgress;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.Downloads;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.JsonBody;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.control.PayloadTooLargeException;
import org.abhilekh.platform.control.UnauthorizedException;
import org.abhilekh.platform.control.UploadedNames;
import org.abhilekh.search.boundary.SearchIndex;
import org.abhilekh.search.entity.SearchHit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/documents/{id}}: read descriptions and download files (the public what it may see); staff change a
 * description ({@code PUT}, any staff role), withhold passages, attach a redacted copy and read the extracted text;
 * editors or administrators delete ({@code DELETE}). Files go in through ingest's {@code UploadsResource} at the same address.
 */
@Path("documents")
@RequestScoped
public class DocumentsResource {

    /** A hundred passages of two hundred characters, in Devanagari's three bytes each, with room for the JSON around them. */
    private static final int MAX_WITHHELD_BYTES = 70_000;
    static final int SIMILAR = 5;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Archive archive;

    @Inject
    Descriptions descriptions;

    @Inject
    IngestProgress progress;

    @Inject
    Withholding withholding;

    @Inject
    Caller caller;


    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One document's description",
            description = "Public callers see public documents only; staff see every field and where its reading stands. The"
                    + " ETag is its revision.")
    @APIResponse(responseCode = "200", description = "The description")
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response document(@PathParam("id") String id) {
        Document document = archive.find(parseId(id), caller.isStaff());
        return Response.ok(DocumentView.of(document, caller.isStaff(), progress.of(document.getId()))).tag(Long.toString(document.getRevision())).build();
    }

    @GET
    @Path("{id}/similar")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Documents like this one", description = "Up to five, among those the caller may see.")
    @APIResponse(responseCode = "200", description = "The most similar documents")
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public List<SearchHit> similar(@PathParam("id") String id) {
        long documentId = parseId(id);
        archive.find(documentId, caller.isStaff());
        return searchIndex.moreLikeThis(DocumentIndexing.KIND, documentId, caller.isStaff(), SIMILAR);
    }

    @GET
    @Path("{id}/file")
    @Operation(summary = "Download the file",
            description = "The public gets the file without hidden metadata, or the redacted copy while passages are withheld;"
                    + " staff get the original.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response file(@PathParam("id") String id) throws IOException {
        Document document = archive.find(parseId(id), caller.isStaff());
        return downloaded(withholding.download(document, caller.isStaff()));
    }

    /**
     * Withholds passages of the text from the public (staff; releasing one is an editor's act): the body is
     * {@code {"passages": ["Sunita Kumari", "98765 43210"]}}, the whole list, with {@code If-Match} naming the
     * revision it was based on, and {@code "safeguardingReviewed": true} when an editor releases a passage the
     * safeguarding checks find something in.
     */
    @PUT
    @Path("{id}/withheld")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withhold passages from the public (staff)",
            description = "The whole list of passages; If-Match names the revision it is based on. Releasing a passage the"
                    + " safeguarding checks flag is an editor's act.")
    @APIResponse(responseCode = "200", description = "The changed document, its new revision as the ETag")
    @APIResponse(responseCode = "400", description = "A malformed body or If-Match",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409", description = "The document changed since the revision named in If-Match",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    public Response withhold(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, InputStream body) {
        caller.requireStaff();
        long documentId = parseId(id);
        long revision = revision(ifMatch);
        JsonObject sent = JsonBody.read(body, MAX_WITHHELD_BYTES, "a JSON object such as {\"passages\": [\"Sunita Kumari\"]}");
        JsonBody.allowOnly(sent, Set.of("passages", "safeguardingReviewed"));
        if (!(sent.get("passages") instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw new BadInputException("'passages' must be a list of the passages to withhold, like [\"Sunita Kumari\"] ([] for none).");
        }
        List<String> passages = array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        Document changed = withholding.withhold(documentId, revision, passages, JsonBody.bool(sent, "safeguardingReviewed").orElse(false),
                caller.getName());
        return edited(changed);
    }

    /**
     * Attaches a redacted copy of the file (staff), one multipart part named 'file': what the public downloads
     * instead of the original while passages are withheld. It replaces the copy attached before.
     */
    @POST
    @Path("{id}/redacted-copy")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a redacted copy of the file (staff)",
            description = "One multipart part named 'file'; the public downloads it instead of the original while passages are withheld.")
    @APIResponse(responseCode = "200", description = "The changed document")
    @APIResponse(responseCode = "400", description = "Not exactly one part named 'file'",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", description = "The body is not multipart/form-data",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response offerRedactedCopy(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        caller.requireStaff();
        long documentId = parseId(id);
        if (parts == null || parts.size() != 1 || !"file".equals(parts.get(0).getName())) {
            throw new BadInputException("Send the redacted copy as one multipart part named 'file'.");
        }
        EntityPart file = parts.get(0);
        String name = file.getFileName().map(UploadedNames::of).orElse("redacted");
        String mediaType = file.getMediaType() == null || file.getMediaType().isWildcardType() ? MediaType.APPLICATION_OCTET_STREAM
                : file.getMediaType().getType() + "/" + file.getMediaType().getSubtype();
        Document changed;
        try (InputStream content = file.getContent()) {
            changed = withholding.offerRedactedCopy(documentId, content, name, mediaType, caller.getName());
        }
        return edited(changed);
    }

    /** The redacted copy as attached (staff). */
    @GET
    @Path("{id}/redacted-copy")
    @Operation(summary = "Download the redacted copy (staff)")
    @APIResponse(responseCode = "200", description = "The redacted copy, as an attachment")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    @APIResponse(responseCode = "404", description = "No such document, or it has no redacted copy",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response redactedCopy(@PathParam("id") String id) throws IOException {
        caller.requireStaff();
        return downloaded(withholding.redactedCopy(parseId(id)));
    }

    /** The public gets no file again while passages are withheld (staff). */
    @DELETE
    @Path("{id}/redacted-copy")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove the redacted copy (staff)", description = "The public gets no file again while passages are withheld.")
    @APIResponse(responseCode = "200", description = "The changed document")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response removeRedactedCopy(@PathParam("id") String id) throws IOException {
        caller.requireStaff();
        Document changed = withholding.removeRedactedCopy(parseId(id), caller.getName());
        return edited(changed);
    }

    /** A changed document as staff see it, with its new revision as the ETag the next edit names in If-Match. */
    private Response edited(Document changed) {
        return Response.ok(DocumentView.of(changed, progress.of(changed.getId()))).tag(Long.toString(changed.getRevision())).build();
    }

    /** A file as a download: never shown in place, never able to run script in our origin. */
    private static Response downloaded(Withholding.Download download) throws IOException {
        java.nio.file.Path file = download.file();
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, download.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : download.mediaType())
                .header("Content-Length", Files.size(file))
                .header("Content-Disposition", Downloads.attachment(download.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    /**
     * Replaces the description of a document (staff). The body is the whole description, as in an
     * upload's {@code metadata} part; {@code If-Match} names the revision it was based on (the
     * {@code revision} of {@code GET /api/documents/{id}}, also its ETag). An edit of an older revision
     * answers 409 and changes nothing.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a document's description (staff)",
            description = "The whole description, as in an upload's metadata part; If-Match names the revision it was based on.")
    @APIResponse(responseCode = "200", description = "The changed document, its new revision as the ETag")
    @APIResponse(responseCode = "400", description = "A malformed description or If-Match; the problem names the field",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409",
            description = "The document changed since the revision named in If-Match, or a safeguarding hold needs an editor's review",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    public Response describe(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, InputStream body) {
        caller.requireStaff();
        long documentId = parseId(id);
        long revision = revision(ifMatch);
        String json = text(body);
        Document changed = descriptions.describe(documentId, revision, json, caller.getName());
        return edited(changed);
    }

    /** Deletes a document with its original and index entry; editors and administrators only. */
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a document (editor)", description = "With its original and its index entry.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response delete(@PathParam("id") String id) throws IOException {
        if (!caller.isLoggedIn()) {
            throw new UnauthorizedException("Log in as an editor to do this.");
        }
        if (!caller.isEditor()) {
            throw new ForbiddenException("Only editors and administrators may delete documents.");
        }
        archive.delete(parseId(id), caller.getName());
        return Response.noContent().build();
    }

    /** The extracted text as plain UTF-8 (staff): for checking what the search actually reads. */
    @GET
    @Path("{id}/text")
    @Produces("text/plain; charset=UTF-8")
    @Operation(summary = "The extracted text (staff)")
    @APIResponse(responseCode = "200", description = "Plain UTF-8 text")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    @APIResponse(responseCode = "404", description = "No such document, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response text(@PathParam("id") String id) {
        caller.requireStaff();
        Document document = archive.find(parseId(id), true);
        String text = archive.text(document.getId()).orElse("");
        return Response.ok(text, "text/plain; charset=UTF-8").header("X-Content-Type-Options", "nosniff").build();
    }

    static long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new BadInputException("Send the revision you edited in an If-Match header (the document's \"revision\"), "
                    + "so a change made meanwhile is not overwritten.");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("If-Match must hold the document's revision number, like \"7\".", e);
        }
    }

    /** A JSON body, read only up to the size a description may have. */
    private static String text(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes(MetadataReader.MAX_INPUT_CHARS * 4 + 1);
            if (bytes.length > MetadataReader.MAX_INPUT_CHARS * 4) {
                throw new PayloadTooLargeException("The description is longer than " + MetadataReader.MAX_INPUT_CHARS + " characters.");
            }
            if (bytes.length == 0) {
                throw new BadInputException("Send the description as a JSON object, like {\"title\": \"...\"}.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("The description could not be read.", e);
        }
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no document " + (id.length() > 40 ? id.substring(0, 40) : id) + ".");
        }
    }

}
