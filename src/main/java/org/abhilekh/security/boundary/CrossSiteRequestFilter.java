package org.abhilekh.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses any state-changing request (every method but GET, HEAD and OPTIONS, so POST, PUT, PATCH,
 * DELETE, multipart included) that a browser marks as coming from another site: an Origin header
 * naming another host, or the opaque origin "null" (sandboxed frames, some redirects). It answers 403
 * before anything reads the body. Requests without an Origin (programs, old browsers) pass: JSF forms
 * are still guarded by their server-side view state, API calls riding on a session by
 * {@link SameOriginFilter}, and the session cookie is SameSite=Lax, so most browsers never send it on
 * a cross-site POST in the first place.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (SAFE.contains(request.getMethod()) || origin == null || sameSite(origin, request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    static boolean sameSite(String origin, String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
