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
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.JsonBody;

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
