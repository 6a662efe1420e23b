package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.JsonBody;
import org.abhilekh.platform.control.UploadedNames;
import org.abhilekh.presskit.entity.AssetDescription;
import org.abhilekh.presskit.entity.ItemKind;
import org.abhilekh.presskit.entity.KitView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/presskits}: the kits the caller may see; staff also get each kit's preview token and drafts, with what
 * the safeguarding checks found. Editors create a kit (a draft), describe it, add documents and files, and publish it;
 * publishing, or changing a published kit, answers 409 with the findings unless the request says
 * {@code "safeguardingReviewed": true}, which only editors may say.
 */
@Path("presskits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PressKitsResource {

    private static final int MAX_BODY_BYTES = 16_384;
    private static final String REVIEWED = "safeguardingReviewed";

    @Inject
    SiteUrl siteUrl;

    @Inject
    PressKits pressKits;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Press kits", description = "The public sees published kits past their embargo; staff see drafts too.")
    @APIResponse(responseCode = "200", description = "The kits")
    public List<KitView> list() {
        return pressKits.list(new PressKits.Viewer(caller.isStaff(), null), siteUrl.of(request));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One press kit", description = "A draft or embargoed kit is seen by staff, or by anyone holding its preview key.")
    @APIResponse(responseCode = "200", description = "The kit")
    @APIResponse(responseCode = "404", description = "No such press kit, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public KitView kit(@PathParam("slug") String slug, @QueryParam("preview") String preview) {
        return pressKits.find(slug, new PressKits.Viewer(caller.isStaff(), preview), siteUrl.of(request));
    }

    /** A new draft: {@code {"slug", "title", "summary", "embargoUntil"}} (an ISO instant such as 2027-06-12T04:30:00Z). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a draft press kit (editor)")
    @APIResponse(responseCode = "201", description = "The new draft; Location names it")
    @APIResponse(responseCode = "400", description = "A malformed body; the problem names the field",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", description = "Not logged in: no valid HTTP Basic credentials or session",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "403", description = "A staff account: only editors and administrators may do this",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409", description = "A kit with this slug exists",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", description = "The body is larger than this address takes",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response create(InputStream body) {
        JsonObject sent = editorsBody(body, "a JSON object such as {\"slug\": \"mica-report-2026\", \"title\": \"...\"}",
                Set.of("slug", "title", "summary", "embargoUntil"));
        KitView kit = pressKits.create(JsonBody.string(sent, "slug").orElse(null), JsonBody.string(sent, "title").orElse(null),
                JsonBody.string(sent, "summary").orElse(null), instant(sent, "embargoUntil"), siteUrl.of(request), caller.getName());
        return Response.created(URI.create("presskits/" + kit.slug())).entity(kit).build();
    }

    /** Replaces the title, summary and embargo: {@code {"title", "summary", "embargoUntil", "safeguardingReviewed"}}. */
    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a press kit's title, summary and embargo (editor)")
    @APIResponse(responseCode = "200", description = "The changed kit")
    @APIResponse(responseCode = "400", description = "A malformed body; the problem names the field",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", description = "Not logged in: no valid HTTP Basic credentials or session",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "403", description = "A staff account: only editors and administrators may do this",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "404", description = "No such press kit, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409", description = "The safeguarding checks found something that needs an editor's review",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", description = "The body is larger than this address takes",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public KitView describe(@PathParam("slug") String slug, InputStream body) {
        JsonObject sent = editorsBody(body, "a JSON object such as {\"title\": \"...\", \"summary\": \"...\"}",
                Set.of("title", "summary", "embargoUntil", REVIEWED));
        pressKits.describe(slug, JsonBody.string(sent, "title").orElse(null), JsonBody.string(sent, "summary").orElse(null),
                instant(sent, "embargoUntil"), reviewed(sent), caller.getName());
        return staffView(slug);
    }

    /** Adds an archive document: {@code {"document": 42}}. */
    @POST
    @Path("{slug}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an archive document to a press kit (editor)", description = "Body {\"document\": 42}.")
    @APIResponse(responseCode = "200", description = "The changed kit")
    @APIResponse(responseCode = "400", description = "A malformed body, or a document the kit cannot take",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", description = "Not logged in: no valid HTTP Basic credentials or session",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "403", description = "A staff account: only editors and administrators may do this",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "404", description = "No such press kit or document",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409", description = "The document is in the kit already, or needs an editor's review",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", description = "The body is larger than this address takes",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public KitView addDocument(@PathParam("slug") String slug, InputStream body) {
        JsonObject sent = editorsBody(body, "a JSON object such as {\"document\": 42}", Set.of("document"));
        pressKits.addDocument(slug, JsonBody.wholeNumber(sent, "document")
                .orElseThrow(() -> new BadInputException("'document' is required: the number of an archive document.")));
        return staffView(slug);
    }

    /**
     * Adds a file of the kit's own: a part {@code file} and a part {@code metadata}, {@code {"kind", "title", "date",
     * "caption", "credit", "licence", "safeguardingReviewed"}} (kind: press-release, fact-sheet, photo or logo).
     */
    @POST
    @Path("{slug}/items")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a file of the kit's own (editor)",
            description = "Parts 'file' and 'metadata' (kind press-release, fact-sheet, photo or logo; title, date, caption,"
                    + " credit, licence).")
    @APIResponse(responseCode = "200", description = "The changed kit")
    @APIResponse(responseCode = "400", description = "Missing parts or a malformed description",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", description = "Not logged in: no valid HTTP Basic credentials or session",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "403", description = "A staff account: only editors and administrators may do this",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "404", description = "No such press kit, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409", description = "The safeguarding checks found something that needs an editor's review",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", description = "The body is larger than this address takes",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "415", description = "The body is not multipart/form-data, or the file's type is not one a kit takes",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public KitView addAsset(@PathParam("slug") String slug, List<EntityPart> parts) throws IOException {
        JsonObject sent = editorsBody(part(parts, "metadata").map(EntityPart::getContent).orElse(null),
                "a JSON object such as {\"kind\": \"photo\", \"title\": \"...\", \"caption\": \"...\"}",
                Set.of("kind", "title", "date", "caption", "credit", "licence", REVIEWED));
        EntityPart file = part(parts, "file").orElseThrow(() -> new BadInputException("Send the file as a multipart part named 'file'."));
        String kind = JsonBody.string(sent, "kind").orElse("");
        AssetDescription description = new AssetDescription(JsonBody.string(sent, "title").orElse(null), date(sent),
                file.getFileName().map(UploadedNames::of).orElse("file"), file.getMediaType() == null ? null : file.getMediaType().toString(),
                JsonBody.string(sent, "caption").orElse(null), JsonBody.string(sent, "credit").orElse(null),
                JsonBody.string(sent, "licence").orElse(null));
        try (InputStream content = file.getContent()) {
            pressKits.addAsset(slug, ItemKind.fromCode(kind).orElse(null), description, content, reviewed(sent), caller.getName());
        }
        return staffView(slug);
    }

    /** Publishes a draft; the body, if any, is {@code {"safeguardingReviewed": true}}. */
    @POST
    @Path("{slug}/publish")
    @Operation(summary = "Publish a draft press kit (editor)", description = "Body, if any, {\"safeguardingReviewed\": true}.")
    @APIResponse(responseCode = "200", description = "The published kit")
    @APIResponse(responseCode = "400", description = "A malformed body",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", description = "Not logged in: no valid HTTP Basic credentials or session",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "403", description = "A staff account: only editors and administrators may do this",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "404", description = "No such press kit, or one the caller may not see",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409", description = "The kit is empty, published already, or needs an editor's review",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public KitView publish(@PathParam("slug") String slug, InputStream body) {
        JsonObject sent = editorsBody(body, "empty, or a JSON object such as {\"safeguardingReviewed\": true}", Set.of(REVIEWED));
        pressKits.publish(slug, reviewed(sent), caller.getName());
        return staffView(slug);
    }

    /**
     * The body of a change, once the caller is known to be an editor: strangers get 401 and other staff 403 before
     * any rule about the body applies, and staff who say they reviewed the findings are told that review is an editor's.
     */
    private JsonObject editorsBody(InputStream body, String expected, Set<String> allowed) {
        caller.requireStaff();
        byte[] bytes = bytes(body);
        if (!caller.isEditor()) {
            if (lenient(bytes).getBoolean(REVIEWED, false)) {
                throw new ForbiddenException("Only editors and administrators may publish what the safeguarding checks found.");
            }
            caller.requireEditor();
        }
        JsonObject sent = bytes.length == 0 ? JsonValue.EMPTY_JSON_OBJECT : JsonBody.read(new ByteArrayInputStream(bytes), MAX_BODY_BYTES, expected);
        JsonBody.allowOnly(sent, allowed);
        return sent;
    }

    private static byte[] bytes(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
            return new String(bytes, StandardCharsets.UTF_8).isBlank() ? new byte[0] : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("The request body could not be read", e);
        }
    }

    /** The body as far as it is a JSON object, else an empty one: only to tell a non-editor why they are refused. */
    private static JsonObject lenient(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private KitView staffView(String slug) {
        return pressKits.find(slug, new PressKits.Viewer(true, null), siteUrl.of(request));
    }

    private static boolean reviewed(JsonObject sent) {
        return JsonBody.bool(sent, REVIEWED).orElse(false);
    }

    private static Instant instant(JsonObject sent, String field) {
        Optional<String> value = JsonBody.string(sent, field);
        try {
            return value.filter(text -> !text.isBlank()).map(Instant::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new BadInputException("'" + field + "' must be an instant such as 2027-06-12T04:30:00Z.", e);
        }
    }

    private static LocalDate date(JsonObject sent) {
        Optional<String> value = JsonBody.string(sent, "date");
        try {
            return value.filter(text -> !text.isBlank()).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new BadInputException("'date' must be a date such as 2026-06-12.", e);
        }
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }
}
