package org.abhilekh.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Every JSON resource lives under {@code /api}; its description is served at {@code /openapi}, with the refusals most
 * methods share described once here (named in {@link Refusals}).
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Abhilekh API", version = "1",
        description = "Search and put documents into the archive of the Jharkhand Child Rights Forum."
                + " Errors are application/problem+json (RFC 9457)."),
        components = @Components(responses = {
            @APIResponse(name = Refusals.NOT_LOGGED_IN, description = "Not logged in: no valid HTTP Basic credentials or session",
                    content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE)),
            @APIResponse(name = Refusals.NOT_STAFF, description = "An account without a staff role, or one that must first choose its own password",
                    content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE)),
            @APIResponse(name = Refusals.NOT_EDITOR, description = "A staff account: only editors and administrators may do this",
                    content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE)),
            @APIResponse(name = Refusals.NOT_ADMINISTRATOR, description = "Not an administrator",
                    content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE)),
            @APIResponse(name = Refusals.TOO_LARGE, description = "The body is larger than this address takes",
                    content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE)),
            @APIResponse(name = Refusals.NOT_JSON, description = "The body is not application/json",
                    content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))}))
public class JaxRsConfiguration extends Application {
}
