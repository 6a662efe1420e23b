package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.JsonBody;
import org.abhilekh.presskit.entity.KitView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/presskits}: the kits the caller may see; staff also get each kit's preview token and drafts, with what
 * the safeguarding checks found. Editors create a kit (a draft), describe it, add documents and files, and publish it;
 * publishing, or changing a published kit, answers 409 with the findings unless the request says
 * {@code "safeguardingReviewed": true}, which only editors may say. Editors also add several documents at once or a
 * search's first results ({@link KitItemsResource}), remove and reorder items, and set or lift the embargo; each change
 * is in the audit trail.
 */
@Path("presskits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PressKitsResource {

    @Inject
    EditorsBody body;

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
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    public Response create(InputStream in) {
        JsonObject sent = body.read(in, "a JSON object such as {\"slug\": \"mica-report-2026\", \"title\": \"...\"}",
                Set.of("slug", "title", "summary", "embargoUntil"));
        KitView kit = pressKits.create(JsonBody.string(sent, "slug").orElse(null), JsonBody.string(sent, "title").orElse(null),
                JsonBody.string(sent, "summary").orElse(null), EditorsBody.instant(sent, "embargoUntil"), siteUrl.of(request), caller.getName());
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
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    public KitView describe(@PathParam("slug") String slug, InputStream in) {
        JsonObject sent = body.read(in, "a JSON object such as {\"title\": \"...\", \"summary\": \"...\"}",
                Set.of("title", "summary", "embargoUntil", EditorsBody.REVIEWED));
        pressKits.describe(slug, JsonBody.string(sent, "title").orElse(null), JsonBody.string(sent, "summary").orElse(null),
                EditorsBody.instant(sent, "embargoUntil"), EditorsBody.reviewed(sent), caller.getName());
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
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    @PUT
    @Path("{slug}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public KitView reorder(@PathParam("slug") String slug, InputStream in) {
        JsonObject sent = body.read(in, "a JSON object such as {\"items\": [7, 5, 6]}", Set.of("items"));
        if (!sent.containsKey("items")) {
            throw new BadInputException("'items' is required: the ids of the kit's items in their new order.");
        }
        pressKits.requireExists(slug);
        pressKits.reorder(slug, EditorsBody.ids(sent.get("items")), caller.getName());
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
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    @PUT
    @Path("{slug}/embargo")
    @Consumes(MediaType.APPLICATION_JSON)
    public KitView embargo(@PathParam("slug") String slug, InputStream in) {
        JsonObject sent = body.read(in, "a JSON object such as {\"until\": \"2027-06-12T04:30:00Z\"}", Set.of("until"));
        Instant until = EditorsBody.instant(sent, "until");
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
    public KitView publish(@PathParam("slug") String slug, InputStream in) {
        JsonObject sent = body.read(in, "empty, or a JSON object such as {\"safeguardingReviewed\": true}", Set.of(EditorsBody.REVIEWED));
        pressKits.publish(slug, EditorsBody.reviewed(sent), caller.getName());
        return staffView(slug);
    }

    private KitView staffView(String slug) {
        return pressKits.find(slug, new PressKits.Viewer(true, null), siteUrl.of(request));
    }
}
