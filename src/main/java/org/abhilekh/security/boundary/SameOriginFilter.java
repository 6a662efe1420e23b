package org.abhilekh.security.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.abhilekh.platform.control.ForbiddenException;

/**
 * Cross-site request forgery guard for the API: a state-changing call that rides on a browser
 * session (no Authorization header of its own) must come from a page of this site, as its Origin
 * (or, failing that, Referer) header shows. Programs that send credentials with each call are
 * not affected.
 */
@Provider
public class SameOriginFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        if (!request.getCookies().containsKey("JSESSIONID")) {
            return;
        }
        String source = request.getHeaderString("Origin");
        if (source == null || "null".equals(source)) {
            source = request.getHeaderString("Referer");
        }
        String host = request.getHeaderString(HttpHeaders.HOST);
        if (source == null || host == null || !host.equalsIgnoreCase(authority(source))) {
            throw new ForbiddenException("This request did not come from a page of this site.");
        }
    }

    private static String authority(String url) {
        try {
            return URI.create(url).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
