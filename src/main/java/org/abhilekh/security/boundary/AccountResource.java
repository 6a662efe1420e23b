package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/account/password}: every account replaces its own password; an account holding a
 * one-time password may call nothing else until it has. Its other sessions end; the one it calls from
 * (if any) goes on.
 */
@Path("account/password")
@RequestScoped
public class AccountResource {

    private static final int MAX_BODY_BYTES = 2048;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    SessionCredentials sessions;

    @Context
    HttpServletRequest request;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose a new password for one's own account",
            description = "Body {\"currentPassword\", \"newPassword\"}; other sessions of the account end.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "A malformed body, a wrong current password or a new one too weak",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    public void changePassword(InputStream body) {
        caller.requireLoggedIn();
        JsonObject sent = JsonBody.read(body, MAX_BODY_BYTES, "a JSON object such as {\"currentPassword\": \"...\", \"newPassword\": \"...\"}");
        JsonBody.allowOnly(sent, Set.of("currentPassword", "newPassword"));
        String problem = accounts.changeOwnPassword(JsonBody.string(sent, "currentPassword").orElse(null),
                JsonBody.string(sent, "newPassword").orElse(null));
        if (problem != null) {
            throw new BadInputException(ResourceBundle.getBundle("messages", Locale.ENGLISH, Thread.currentThread().getContextClassLoader())
                    .getString(problem));
        }
        sessions.keepCurrent(request, caller.getName());
    }
}
