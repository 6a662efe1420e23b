package org.abhilekh.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Logger;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.ApplicationMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/metrics}: the application's own metrics in the Prometheus text format, for an administrator or a
 * scraper holding the token configured as {@code abhilekh.metrics.token} ({@code ABHILEKH_METRICS_TOKEN}), sent as
 * {@code Authorization: Bearer <token>}. Not for the public: the counts include staff-only documents. Payara's own
 * {@code /metrics} (heap, threads, garbage collection) stays where it is and says nothing about the archive.
 */
@Path("metrics")
@RequestScoped
public class MetricsResource {

    private static final Logger LOG = Logger.getLogger(MetricsResource.class.getName());
    /** A shorter token could be guessed; one is refused rather than half-trusted. */
    static final int MIN_TOKEN_CHARS = 32;

    @Inject
    ApplicationMetrics metrics;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "abhilekh.metrics.token")
    Optional<String> token;

    @GET
    @Produces(ApplicationMetrics.CONTENT_TYPE)
    @Operation(summary = "The application's metrics in Prometheus text (admin or the scraper's token)",
            description = "Documents by visibility and by ingest state, queue depth, ingest jobs by outcome, extraction and"
                    + " search times, index size, comments awaiting moderation, backup age.")
    @APIResponse(responseCode = "200", description = "Prometheus text format 0.0.4",
            content = @Content(mediaType = "text/plain"))
    @APIResponse(responseCode = "401", description = "Neither an account nor the scraper's token",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "An account that is not an administrator",
            content = @Content(mediaType = "application/problem+json"))
    public Response scrape(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!holdsToken(authorization)) {
            caller.requireAdmin();
        }
        return Response.ok(metrics.scrape(), ApplicationMetrics.CONTENT_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    boolean holdsToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || token.isEmpty()) {
            return false;
        }
        String expected = token.get().strip();
        if (expected.length() < MIN_TOKEN_CHARS) {
            LOG.warning(() -> "abhilekh.metrics.token is shorter than " + MIN_TOKEN_CHARS + " characters; it is not accepted");
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
