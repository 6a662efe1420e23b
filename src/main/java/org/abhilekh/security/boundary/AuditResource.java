package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.security.control.AuditFilter;
import org.abhilekh.security.control.AuditLog;
import org.abhilekh.security.entity.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/admin/audit?actor=&action=&from=&to=&target=&page=} (admin): the audit trail, newest
 * first, 50 entries a page, as {@code {"total", "page", "size", "pages", "entries": [{"id", "at", "actor",
 * "action", "target", "details"}]}}. Dates are days in India, both ends included.
 */
@Path("admin/audit")
@RequestScoped
public class AuditResource {

    @Inject
    AuditLog log;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The audit trail (admin)", description = "Filter by actor, action, dates (YYYY-MM-DD) and part of the target.")
    @APIResponse(responseCode = "200", description = "One page of the audit trail")
    @APIResponse(responseCode = "400", description = "A malformed filter or page",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    public JsonObject find(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("target") String target, @QueryParam("page") String page) {
        caller.requireAdmin();
        AuditLog.Page found = log.find(AuditFilter.parse(actor, action, from, to, target, page));
        JsonArrayBuilder entries = Json.createArrayBuilder();
        found.entries().forEach(entry -> entries.add(json(entry)));
        return Json.createObjectBuilder().add("total", found.total()).add("page", found.page()).add("size", found.size())
                .add("pages", found.pages()).add("entries", entries).build();
    }

    private static JsonObjectBuilder json(AuditEntry entry) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", entry.getId()).add("at", entry.getAt().toString())
                .add("actor", entry.getActor()).add("action", entry.getAction().name());
        json = entry.getTarget() == null ? json.addNull("target") : json.add("target", entry.getTarget());
        return entry.getDetails() == null ? json.addNull("details") : json.add("details", entry.getDetails());
    }
}
