package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.JsonBody;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.control.UploadedNames;
import org.abhilekh.presskit.entity.AddedDocuments;
import org.abhilekh.presskit.entity.AssetDescription;
import org.abhilekh.presskit.entity.ItemKind;
import org.abhilekh.presskit.entity.KitView;
import org.abhilekh.search.boundary.SearchIndex;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/presskits}: the kits the caller may see; staff also get each kit's preview token and drafts, with what
 * the safeguarding checks found. Editors create a kit (a draft), describe it, add documents and files, and publish it;
 * publishing, or changing a published kit, answers 409 with the findings unless the request says
 * {@code "safeguardingReviewed": true}, which only editors may say. Editors also add several documents at once or a
 * search's first results, remove and reorder items, and set or lift the embargo; each change is in the audit trail.
 */
@Path("presskits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PressKitsResource {

    private static final int MAX_BODY_BYTES = 16_384;
    private static final String REVIEWED = "safeguardingReviewed";
    private static final String DOCUMENT = "document";
    private static final int DEFAULT_LIMIT = 10;

    @Inject
    SearchIndex searchIndex;

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
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
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
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
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

    /**
     * Adds archive documents: one ({@code {"document": 42}}, answering the kit), several ({@code {"documents": [42, 43]}}),
     * or the first results of a search as staff see them ({@code {"search": {"q", "f": ["type:press-clipping"], "from",
     * "to", "sort"}, "limit": 20}}, limit 1 to 100, default 10). Several answer {@code {"added", "alreadyInKit", "kit"}}:
     * documents the kit holds already stay where they are.
     */
    @Operation(summary = "Add archive documents to a press kit (editor)",
            description = "Body {\"document\": 42}, {\"documents\": [42, 43]} or {\"search\": {\"q\": \"mica\","
                    + " \"f\": [\"type:press-clipping\"]}, \"limit\": 20}; several at once go into a draft kit only.")
    @APIResponse(responseCode = "200",
            description = "The changed kit; for several documents, which were added and which were in the kit already")
    @APIResponse(responseCode = "400",
            description = "A malformed body, a search with a mistake, a limit outside 1-100, or a document the kit cannot take",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
    @APIResponse(responseCode = "404", description = "No such press kit or document",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409",
            description = "The document is in the kit already, or several documents were sent to a published kit",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", description = "The body is larger than this address takes",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @POST
    @Path("{slug}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Object addDocuments(@PathParam("slug") String slug, InputStream body) {
        JsonObject sent = editorsBody(body, "a JSON object such as {\"document\": 42} or {\"search\": {\"q\": \"mica\"}, \"limit\": 20}",
                Set.of("document", "documents", "search", "limit"));
        long forms = Stream.of("document", "documents", "search").filter(sent::containsKey).count();
        if (forms != 1) {
            throw new BadInputException("Send exactly one of 'document' (a number), 'documents' (a list of numbers) or 'search'.");
        }
        if (sent.containsKey("limit") && !sent.containsKey("search")) {
            throw new BadInputException("'limit' goes with 'search': how many of its first results to add.");
        }
        if (sent.containsKey("document")) {
            pressKits.addDocument(slug, JsonBody.wholeNumber(sent, "document")
                    .orElseThrow(() -> new BadInputException("'document' is required: the number of an archive document.")), caller.getName());
            return staffView(slug);
        }
        requireKit(slug);
        List<Long> ids;
        String from;
        if (sent.containsKey("documents")) {
            ids = documentIds(sent.get("documents"));
            from = null;
        } else {
            SearchRequest search = search(sent.get("search"), limit(sent));
            ids = searchIndex.search(search).hits().stream().filter(hit -> DOCUMENT.equals(hit.kind())).map(SearchHit::id).toList();
            from = "search " + describe(search);
        }
        List<Long> added = pressKits.addDocuments(slug, ids, from, caller.getName());
        return new AddedDocuments(added, ids.stream().distinct().filter(id -> !added.contains(id)).toList(), staffView(slug));
    }

    /** Takes an item (a document or a file of the kit's own) out of the kit; answers the kit. */
    @Operation(summary = "Take an item out of a press kit (editor)")
    @APIResponse(responseCode = "200", description = "The changed kit")
    @APIResponse(responseCode = "400", description = "The item is not a number",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
    @APIResponse(responseCode = "404", description = "No such press kit, or no such item in it",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @DELETE
    @Path("{slug}/items/{item}")
    public KitView removeItem(@PathParam("slug") String slug, @PathParam("item") String item) {
        caller.requireEditor();
        pressKits.removeItem(slug, itemId(item), caller.getName());
        return staffView(slug);
    }

    /** Puts the items in a new order: {@code {"items": [7, 5, 6]}}, each item's id once. */
    @Operation(summary = "Put a press kit's items in a new order (editor)", description = "Body {\"items\": [7, 5, 6]}, naming each item once.")
    @APIResponse(responseCode = "200", description = "The changed kit")
    @APIResponse(responseCode = "400", description = "A malformed body, or a list that does not name each item exactly once",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
    @APIResponse(responseCode = "404", description = "No such press kit",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", description = "The body is larger than this address takes",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @PUT
    @Path("{slug}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public KitView reorder(@PathParam("slug") String slug, InputStream body) {
        JsonObject sent = editorsBody(body, "a JSON object such as {\"items\": [7, 5, 6]}", Set.of("items"));
        if (!sent.containsKey("items")) {
            throw new BadInputException("'items' is required: the ids of the kit's items in their new order.");
        }
        requireKit(slug);
        pressKits.reorder(slug, documentIds(sent.get("items")), caller.getName());
        return staffView(slug);
    }

    /**
     * Sets the embargo: {@code {"until": "2027-06-12T04:30:00Z"}}. Until then the kit is hidden from the public (list,
     * page, ZIP, press releases), published or not; its preview link opens it early once it is published.
     */
    @Operation(summary = "Set a press kit's embargo (editor)", description = "Body {\"until\": \"2027-06-12T04:30:00Z\"}; until then the kit is hidden from the public.")
    @APIResponse(responseCode = "200", description = "The changed kit")
    @APIResponse(responseCode = "400", description = "A malformed body or instant",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
    @APIResponse(responseCode = "404", description = "No such press kit",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", description = "The body is larger than this address takes",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @PUT
    @Path("{slug}/embargo")
    @Consumes(MediaType.APPLICATION_JSON)
    public KitView embargo(@PathParam("slug") String slug, InputStream body) {
        JsonObject sent = editorsBody(body, "a JSON object such as {\"until\": \"2027-06-12T04:30:00Z\"}", Set.of("until"));
        Instant until = instant(sent, "until");
        if (until == null) {
            throw new BadInputException("'until' is required: an instant such as 2027-06-12T04:30:00Z. DELETE the embargo to lift it.");
        }
        pressKits.embargo(slug, until, caller.getName());
        return staffView(slug);
    }

    /** Lifts the embargo: a published kit is public from now on. */
    @Operation(summary = "Lift a press kit's embargo (editor)")
    @APIResponse(responseCode = "200", description = "The changed kit")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
    @APIResponse(responseCode = "404", description = "No such press kit",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @DELETE
    @Path("{slug}/embargo")
    public KitView liftEmbargo(@PathParam("slug") String slug) {
        caller.requireEditor();
        pressKits.embargo(slug, null, caller.getName());
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
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
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
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
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

    /** A missing kit is 404 before anything about the body is judged or a search is run. */
    private void requireKit(String slug) {
        if (!pressKits.exists(slug)) {
            throw new NotFoundException("There is no press kit '" + (slug.length() > 80 ? slug.substring(0, 80) : slug) + "'.");
        }
    }

    private static long itemId(String item) {
        try {
            return Long.parseLong(item);
        } catch (NumberFormatException e) {
            throw new NotFoundException("This kit has no item '" + (item.length() > 20 ? item.substring(0, 20) : item) + "'.");
        }
    }

    private static List<Long> documentIds(JsonValue value) {
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw new BadInputException("Send a non-empty list of whole numbers, such as [42, 43].");
        }
        if (array.size() > PressKits.MAX_DOCUMENTS_AT_ONCE) {
            throw new BadInputException("At most " + PressKits.MAX_DOCUMENTS_AT_ONCE + " at once; got " + array.size() + ".");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue each : array) {
            if (!(each instanceof JsonNumber number) || !number.isIntegral()) {
                throw new BadInputException("Send a list of whole numbers, such as [42, 43].");
            }
            ids.add(number.longValue());
        }
        return ids;
    }

    private static int limit(JsonObject sent) {
        long limit = JsonBody.wholeNumber(sent, "limit").orElse((long) DEFAULT_LIMIT);
        if (limit < 1 || limit > PressKits.MAX_DOCUMENTS_AT_ONCE) {
            throw new BadInputException("'limit' must be between 1 and " + PressKits.MAX_DOCUMENTS_AT_ONCE + "; got " + limit + ".");
        }
        return (int) limit;
    }

    /** The search as staff would run it on {@code /search/}, with its own first page of {@code limit} hits. */
    private SearchRequest search(JsonValue value, int limit) {
        if (!(value instanceof JsonObject search)) {
            throw new BadInputException("'search' must be an object such as {\"q\": \"mica\", \"f\": [\"type:press-clipping\"]}.");
        }
        JsonBody.allowOnly(search, Set.of("q", "f", "from", "to", "sort"));
        List<String> filters = new ArrayList<>();
        JsonValue f = search.get("f");
        if (f != null && f.getValueType() != JsonValue.ValueType.NULL) {
            if (!(f instanceof JsonArray array) || array.stream().anyMatch(each -> !(each instanceof JsonString))) {
                throw new BadInputException("'f' must be a list of filters written FACET:VALUE, such as [\"language:hi\"].");
            }
            array.getValuesAs(JsonString.class).forEach(each -> filters.add(each.getString()));
        }
        return searchIndex.request(JsonBody.string(search, "q").orElse(""), filters, JsonBody.string(search, "from").orElse(null),
                JsonBody.string(search, "to").orElse(null), JsonBody.string(search, "sort").orElse(null), limit, true);
    }

    /** A search as the trail records it. */
    static String describe(SearchRequest search) {
        StringBuilder text = new StringBuilder("\"").append(search.query()).append('"');
        search.filters().keySet().stream().sorted().forEach(facet -> search.selected(facet).forEach(value -> text.append(" f=").append(facet).append(':').append(value)));
        if (search.from() != null) {
            text.append(" from ").append(search.from());
        }
        if (search.to() != null) {
            text.append(" to ").append(search.to());
        }
        return text.append(" sort ").append(search.sort().code()).append(", first ").append(search.size()).toString();
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
