package org.abhilekh.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
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
        boolean secure = alwaysSecure || request.isSecure();
        chain.doFilter(new SessionCookieGuard(request, response, secure), new Guarded(response, secure));
    }

    /**
     * Payara writes the session cookie itself, ignoring the SameSite attribute of web.xml's cookie
     * config; so whenever a session is created or its id changes, the Set-Cookie header it wrote is
     * given SameSite=Lax (and Secure where cookies must be secure) before the response goes out.
     */
    private static final class SessionCookieGuard extends HttpServletRequestWrapper {

        private final HttpServletResponse response;
        private final boolean secure;

        SessionCookieGuard(HttpServletRequest request, HttpServletResponse response, boolean secure) {
            super(request);
            this.response = response;
            this.secure = secure;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (session != null && session.isNew()) {
                fixSessionCookie();
            }
            return session;
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            fixSessionCookie();
            return id;
        }

        private void fixSessionCookie() {
            if (response.isCommitted()) {
                return;
            }
            String name = getServletContext().getSessionCookieConfig().getName();
            String prefix = (name == null ? "JSESSIONID" : name) + "=";
            List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
            if (cookies.stream().noneMatch(cookie -> cookie.startsWith(prefix) && needsFix(cookie))) {
                return;
            }
            boolean first = true;
            for (String cookie : cookies) {
                String fixed = cookie.startsWith(prefix) && needsFix(cookie) ? fix(cookie) : cookie;
                if (first) {
                    response.setHeader("Set-Cookie", fixed);
                    first = false;
                } else {
                    response.addHeader("Set-Cookie", fixed);
                }
            }
        }

        private boolean needsFix(String cookie) {
            return !cookie.contains("SameSite=") || secure && !cookie.contains("; Secure");
        }

        private String fix(String cookie) {
            String fixed = cookie.contains("SameSite=") ? cookie : cookie + "; SameSite=Lax";
            return secure && !fixed.contains("; Secure") ? fixed + "; Secure" : fixed;
        }
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
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else if (!"X-Frame-Options".equalsIgnoreCase(name)) {
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
    }
}
