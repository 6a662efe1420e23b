package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.JsonBody;
import org.abhilekh.presskit.control.PressRoomRules;
import org.abhilekh.presskit.entity.Bilingual;
import org.abhilekh.presskit.entity.MediaContact;
import org.abhilekh.presskit.entity.PressRoomContent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/pressroom}: the press room's words (about the organisation, the note for a child in danger, the media
 * contacts), public like the page that shows them, with their version as the ETag. Editors replace them with
 * {@code PUT}, naming in {@code If-Match} the version they edited; a save made meanwhile answers 409, and so do words
 * in which the safeguarding checks find something new, until they are sent again with {@code "safeguardingReviewed": true}.
 */
@Path("pressroom")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PressRoomResource {

    private static final int MAX_BODY_BYTES = 65_536;

    @Inject
    PressRoom pressRoom;

    @Inject
    Caller caller;

    @Operation(summary = "The press room's words and media contacts", description = "In English and Hindi, with their version as the ETag.")
    @APIResponse(responseCode = "200", description = "The press room's words, contacts and version")
    @GET
    public Response content() {
        PressRoomContent content = pressRoom.content();
        return Response.ok(content).tag(Long.toString(content.version())).build();
    }

    /**
     * {@code {"about": {"en", "hi"}, "helpline": {"en", "hi"}, "contacts": [{"name", "role": {"en", "hi"}, "email", "phone"}]}},
     * the whole of it: contacts left out of the list are removed; {@code "safeguardingReviewed": true} once the editor
     * reviewed what the safeguarding checks found.
     */
    @Operation(summary = "Replace the press room's words and media contacts (editor)", description = "The whole content; If-Match names the version edited.")
    @APIResponse(responseCode = "200", description = "The saved content and its new version")
    @APIResponse(responseCode = "400", description = "A malformed body, a missing or malformed If-Match, or a field too long or not valid",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_EDITOR)
    @APIResponse(responseCode = "409", description = "Another editor saved the press room since the version named in If-Match, or the"
            + " safeguarding checks found something new (listed under \"safeguarding\"; send again with \"safeguardingReviewed\": true once reviewed)",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@HeaderParam("If-Match") String ifMatch, InputStream body) {
        caller.requireEditor();
        long version = version(ifMatch);
        JsonObject sent = JsonBody.read(body, MAX_BODY_BYTES,
                "a JSON object such as {\"about\": {\"en\": \"...\", \"hi\": \"...\"}, \"helpline\": {...}, \"contacts\": [...]}");
        JsonBody.allowOnly(sent, Set.of("about", "helpline", "contacts", "safeguardingReviewed"));
        PressRoomContent changed = pressRoom.change(version, bilingual(sent, "about"), bilingual(sent, "helpline"),
                contacts(sent.get("contacts")), caller.getName(), JsonBody.bool(sent, "safeguardingReviewed").orElse(false));
        return Response.ok(changed).tag(Long.toString(changed.version())).build();
    }

    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new BadInputException("Send the version you edited in an If-Match header (the press room's \"version\"), "
                    + "so a change made meanwhile is not overwritten.");
        }
        String value = ifMatch.strip();
        value = (value.startsWith("W/") ? value.substring(2) : value).replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("If-Match must hold the press room's version number, like \"3\".", e);
        }
    }

    private static Bilingual bilingual(JsonObject sent, String field) {
        JsonValue value = sent.get(field);
        if (!(value instanceof JsonObject text)) {
            throw new BadInputException("'" + field + "' is required: an object such as {\"en\": \"...\", \"hi\": \"...\"}.");
        }
        JsonBody.allowOnly(text, Set.of("en", "hi"));
        return new Bilingual(JsonBody.string(text, "en").orElse(null), JsonBody.string(text, "hi").orElse(null));
    }

    private static List<MediaContact> contacts(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(each -> !(each instanceof JsonObject))) {
            throw new BadInputException("'contacts' must be a list of objects such as {\"name\": \"...\", \"role\": {\"en\": \"...\"}, \"email\": \"...\"}.");
        }
        if (array.size() > PressRoomRules.MAX_CONTACTS) {
            throw new BadInputException("The press room lists at most " + PressRoomRules.MAX_CONTACTS + " media contacts.");
        }
        List<MediaContact> contacts = new ArrayList<>();
        for (JsonObject contact : array.getValuesAs(JsonObject.class)) {
            JsonBody.allowOnly(contact, Set.of("name", "role", "email", "phone"));
            contacts.add(new MediaContact(JsonBody.string(contact, "name").orElse(null), bilingual(contact, "role"),
                    JsonBody.string(contact, "email").orElse(null), JsonBody.string(contact, "phone").orElse(null)));
        }
        return contacts;
    }
}
