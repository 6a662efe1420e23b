package org.abhilekh.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.platform.control.BusyException;

/**
 * Turns every failure into an RFC 9457 problem document with a status that tells the truth:
 * the caller's mistakes keep their 4xx status, and only our own faults become a 500, which
 * carries an incident id instead of a stack trace.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    /** For the API's OpenAPI annotations, which need a constant. */
    public static final String PROBLEM_JSON_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(PROBLEM_JSON_TYPE);
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        // Ours, even when a library wrapped it on the way (a limit hit while a body was being parsed).
        for (Throwable cause = failure.getCause(); cause != null && !(failure instanceof AbhilekhException); cause = cause.getCause()) {
            if (cause instanceof AbhilekhException known) {
                failure = known;
            }
        }
        if (failure instanceof AbhilekhException known) {
            Response.ResponseBuilder response = problem(known.status(), known.title(), known.getMessage(), known.extensions());
            if (known instanceof BusyException busy) {
                response.header("Retry-After", busy.retryAfterSeconds());
            }
            return response.build();
        }
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                return internalError(failure);
            }
            Response.ResponseBuilder response = problem(status, original.getStatusInfo().getReasonPhrase(), detailFor(status));
            original.getHeaders().forEach((name, values) -> {
                if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                    values.forEach(value -> response.header(name, value));
                }
            });
            return response.build();
        }
        if (failure instanceof JsonbException) {
            return problem(400, "Bad request", "The request body is not valid JSON of the expected shape.").build();
        }
        return internalError(failure);
    }

    private Response internalError(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + path(), failure);
        return problem(500, "Internal server error",
                "Something went wrong on our side. Quote incident " + incident + " when reporting it.").build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Log in to do this.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 413 -> "The request is larger than allowed.";
            case 415 -> "This address does not accept that content type.";
            default -> "The request could not be handled.";
        };
    }

    private Response.ResponseBuilder problem(int status, String title, String detail) {
        return problem(status, title, detail, JsonValue.EMPTY_JSON_OBJECT);
    }

    private Response.ResponseBuilder problem(int status, String title, String detail, JsonObject extensions) {
        JsonObjectBuilder body = Json.createObjectBuilder(extensions)
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        String path = path();
        if (path != null) {
            body.add("instance", path);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
    }

    private String path() {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
