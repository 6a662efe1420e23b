package org.abhilekh.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.abhilekh.platform.control.ServerLifecycle;

/**
 * While the server drains before a stop ({@link StopSignal}), every new request is answered 503 with
 * {@code Retry-After} and {@code Connection: close}: a problem document for the API, a short page in both
 * languages for people. Requests that arrived earlier run to their end. The health checks answer as
 * always: readiness says DOWN ({@code "stopping": true}) in its own format.
 */
public class StoppingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** A restart takes about half a minute; a client retrying sooner would find the port closed. */
    static final String RETRY_AFTER_SECONDS = "30";
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Abhilekh is restarting</title></head>
            <body><main><h1>Abhilekh is restarting</h1><p>Please try again in a minute.</p>
            <p lang="hi">अभिलेख फिर से शुरू हो रहा है। कृपया एक मिनट बाद फिर कोशिश करें।</p></main></body></html>
            """;

    @Inject
    transient ServerLifecycle lifecycle;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!lifecycle.isStopping() || path.startsWith("/health/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Service Unavailable")
                    .add("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                    .add("detail", "The server is stopping, probably for a restart. Try again in " + RETRY_AFTER_SECONDS + " seconds.")
                    .add("instance", request.getRequestURI()).build().toString());
        } else {
            response.setContentType("text/html");
            response.getWriter().write(PAGE);
        }
    }
}
