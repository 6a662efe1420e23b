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
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.JsonBody;
import org.abhilekh.security.entity.AccountChange;
import org.abhilekh.security.entity.AccountView;
import org.abhilekh.security.entity.IssuedPassword;

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
    public Map<String, List<AccountView>> list() {
        return Map.of("users", accounts.list());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
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
    public AccountView change(@PathParam("username") String username, InputStream body) {
        caller.requireAdmin();
        JsonObject sent = JsonBody.read(body, MAX_BODY_BYTES, "a JSON object with any of role, disabled and displayName");
        JsonBody.allowOnly(sent, Set.of("role", "disabled", "displayName"));
        return accounts.change(username, new AccountChange(JsonBody.string(sent, "role").map(Accounts::parseRole),
                JsonBody.bool(sent, "disabled"), JsonBody.string(sent, "displayName")));
    }

    @POST
    @Path("{username}/password-reset")
    public IssuedPassword resetPassword(@PathParam("username") String username) {
        return accounts.resetPassword(username);
    }
}
