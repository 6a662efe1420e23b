package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.JsonBody;
import org.abhilekh.security.entity.AccountChange;
import org.abhilekh.security.entity.AccountView;
import org.abhilekh.security.entity.IssuedPassword;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/users}: administrators list the team's accounts, create one (answered once with its
 * one-time password), change its role, display name or whether it is disabled, and reset its password.
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final int MAX_BODY_BYTES = 4096;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The staff accounts (admin)")
    @APIResponse(responseCode = "200", description = "Every account, without password hashes")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    public Map<String, List<AccountView>> list() {
        return Map.of("users", accounts.list());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account (admin)",
            description = "Body {\"username\", \"displayName\", \"role\"}; answers once with a one-time password to hand over.")
    @APIResponse(responseCode = "201", description = "The account and its one-time password")
    @APIResponse(responseCode = "400", description = "A malformed body; the problem names the field",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    @APIResponse(responseCode = "409", description = "The user name is taken",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    public Response create(InputStream body) {
        caller.requireAdmin();
        JsonObject sent = JsonBody.read(body, MAX_BODY_BYTES, "a JSON object such as {\"username\": \"asha\", \"displayName\": \"Asha Oraon\", \"role\": \"editor\"}");
        JsonBody.allowOnly(sent, Set.of("username", "displayName", "role"));
        IssuedPassword issued = accounts.create(JsonBody.string(sent, "username").orElse(null), JsonBody.string(sent, "displayName").orElse(null),
                JsonBody.string(sent, "role").orElseThrow(() -> new BadInputException("'role' is required: admin, editor or staff.")));
        return Response.created(URI.create("admin/users/" + issued.account().username())).entity(issued).build();
    }

    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's role, display name or whether it is disabled (admin)")
    @APIResponse(responseCode = "200", description = "The changed account")
    @APIResponse(responseCode = "400", description = "A malformed body",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409", description = "The change would leave no enabled administrator",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    public AccountView change(@PathParam("username") String username, InputStream body) {
        caller.requireAdmin();
        JsonObject sent = JsonBody.read(body, MAX_BODY_BYTES, "a JSON object with any of role, disabled and displayName");
        JsonBody.allowOnly(sent, Set.of("role", "disabled", "displayName"));
        return accounts.change(username, new AccountChange(JsonBody.string(sent, "role").map(Accounts::parseRole),
                JsonBody.bool(sent, "disabled"), JsonBody.string(sent, "displayName")));
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(summary = "Issue a new one-time password (admin)", description = "Ends the account's sessions at once.")
    @APIResponse(responseCode = "200", description = "The one-time password, shown once")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_ADMINISTRATOR)
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public IssuedPassword resetPassword(@PathParam("username") String username) {
        return accounts.resetPassword(username);
    }
}
