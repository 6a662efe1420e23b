package org.abhilekh.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The security headers on every response the application writes: pages, API, static files and error
 * pages (the filter also runs on error dispatches). The Content-Security-Policy is the one given to
 * PrimeFaces in {@code web.xml} ({@code primefaces.CSP_POLICY}), so both say the same: PrimeFaces adds
 * the page's script nonce to it, and its header replaces the one set here rather than adding a second,
 * stricter policy that would block the nonce. Cookies written through the response get Secure when the
 * request is HTTPS, or always when {@code abhilekh.cookies.secure=true} (TLS ended at a proxy).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

    private String policy;
    private long hstsSeconds;
    private boolean alwaysSecure;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        policy = config.getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (policy == null || policy.isBlank()) {
            throw new ServletException("web.xml must set primefaces.CSP_POLICY, the site's Content-Security-Policy");
        }
        policy = policy.strip().replaceAll("\\s+", " ") + ";";
        var settings = ConfigProvider.getConfig();
        hstsSeconds = settings.getOptionalValue("abhilekh.hsts.max-age-seconds", Long.class).orElse(31_536_000L);
        alwaysSecure = settings.getOptionalValue("abhilekh.cookies.secure", Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!response.isCommitted()) {
            response.setHeader(CSP, policy);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Permissions-Policy", PERMISSIONS);
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            if (request.isSecure() && hstsSeconds > 0) {
                response.setHeader("Strict-Transport-Security", "max-age=" + hstsSeconds);
            }
        }
        chain.doFilter(request, new Guarded(response, alwaysSecure || request.isSecure()));
    }

    /** Keeps one Content-Security-Policy header and one X-Frame-Options, and makes cookies safe. */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final boolean secureCookies;

        Guarded(HttpServletResponse response, boolean secureCookies) {
            super(response);
            this.secureCookies = secureCookies;
        }

        @Override
        public void addHeader(String name, String value) {
            if (isSingle(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"X-Frame-Options".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setHttpOnly(true);
            if (secureCookies) {
                cookie.setSecure(true);
            }
            if (cookie.getAttribute("SameSite") == null) {
                cookie.setAttribute("SameSite", "Lax");
            }
            super.addCookie(cookie);
        }

        private static boolean isSingle(String name) {
            return CSP.equalsIgnoreCase(name);
        }
    }
}
