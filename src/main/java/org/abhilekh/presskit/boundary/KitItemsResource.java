package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.JsonBody;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.control.UploadedNames;
import org.abhilekh.presskit.control.SearchSummary;
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
 * {@code /api/presskits/{slug}/items}: what a kit holds, changed by editors. Archive documents go in one at a time,
 * several at once or as a search's first results (several only into a draft, so they pass the safeguarding review at
 * publishing); files of the kit's own go in with their description; any item comes out again. Each change is in the
 * audit trail and answers the kit as staff see it.
 */
@Path("presskits/{slug}/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KitItemsResource {

    private static final String DOCUMENT = "document";
    private static final int DEFAULT_LIMIT = 10;

    @Inject
    SearchIndex searchIndex;

    @Inject
    SiteUrl siteUrl;

    @Inject
    PressKits pressKits;

    @Inject
    EditorsBody body;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

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
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Object addDocuments(@PathParam("slug") String slug, InputStream in) {
        JsonObject sent = body.read(in, "a JSON object such as {\"document\": 42} or {\"search\": {\"q\": \"mica\"}, \"limit\": 20}",
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
        pressKits.requireExists(slug);
        List<Long> ids;
        String from;
        if (sent.containsKey("documents")) {
            ids = EditorsBody.ids(sent.get("documents"));
            from = null;
        } else {
            SearchRequest search = search(sent.get("search"), limit(sent));
            ids = searchIndex.search(search).hits().stream().filter(hit -> DOCUMENT.equals(hit.kind())).map(SearchHit::id).toList();
            from = "search " + SearchSummary.of(search);
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
    @Path("{item}")
    public KitView removeItem(@PathParam("slug") String slug, @PathParam("item") String item) {
        caller.requireEditor();
        pressKits.removeItem(slug, itemId(item), caller.getName());
        return staffView(slug);
    }

    /**
     * Adds a file of the kit's own: a part {@code file} and a part {@code metadata}, {@code {"kind", "title", "date",
     * "caption", "credit", "licence", "safeguardingReviewed"}} (kind: press-release, fact-sheet, photo or logo).
     */
    @POST
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
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", description = "The body is not multipart/form-data, or the file's type is not one a kit takes",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public KitView addAsset(@PathParam("slug") String slug, List<EntityPart> parts) throws IOException {
        JsonObject sent = body.read(part(parts, "metadata").map(EntityPart::getContent).orElse(null),
                "a JSON object such as {\"kind\": \"photo\", \"title\": \"...\", \"caption\": \"...\"}",
                Set.of("kind", "title", "date", "caption", "credit", "licence", EditorsBody.REVIEWED));
        EntityPart file = part(parts, "file").orElseThrow(() -> new BadInputException("Send the file as a multipart part named 'file'."));
        String kind = JsonBody.string(sent, "kind").orElse("");
        AssetDescription description = new AssetDescription(JsonBody.string(sent, "title").orElse(null), EditorsBody.date(sent),
                file.getFileName().map(UploadedNames::of).orElse("file"), file.getMediaType() == null ? null : file.getMediaType().toString(),
                JsonBody.string(sent, "caption").orElse(null), JsonBody.string(sent, "credit").orElse(null),
                JsonBody.string(sent, "licence").orElse(null));
        try (InputStream content = file.getContent()) {
            pressKits.addAsset(slug, ItemKind.fromCode(kind).orElse(null), description, content, EditorsBody.reviewed(sent), caller.getName());
        }
        return staffView(slug);
    }

    private static long itemId(String item) {
        try {
            return Long.parseLong(item);
        } catch (NumberFormatException e) {
            throw new NotFoundException("This kit has no item '" + (item.length() > 20 ? item.substring(0, 20) : item) + "'.");
        }
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

    private KitView staffView(String slug) {
        return pressKits.find(slug, new PressKits.Viewer(true, null), siteUrl.of(request));
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }
}
