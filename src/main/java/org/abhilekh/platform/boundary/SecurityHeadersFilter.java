package org.abhilekh.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
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
        String cookieName = request.getServletContext().getSessionCookieConfig().getName();
        boolean staffArea = request.getRequestURI().startsWith(request.getContextPath() + "/admin/");
        chain.doFilter(new SessionCookieGuard(request, response, secure), new Guarded(response, secure, cookieName, staffArea));
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
            SecurityHeadersFilter.fixSessionCookie(response, getServletContext().getSessionCookieConfig().getName(), secure);
        }
    }

    /** Gives the session cookie that the container wrote SameSite=Lax, and Secure where cookies must be secure. */
    static void fixSessionCookie(HttpServletResponse response, String cookieName, boolean secure) {
        if (response.isCommitted()) {
            return;
        }
        String prefix = (cookieName == null ? "JSESSIONID" : cookieName) + "=";
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        if (cookies.stream().noneMatch(cookie -> cookie.startsWith(prefix) && needsFix(cookie, secure))) {
            return;
        }
        boolean first = true;
        for (String cookie : cookies) {
            String fixed = cookie.startsWith(prefix) && needsFix(cookie, secure) ? fix(cookie, secure) : cookie;
            if (first) {
                response.setHeader("Set-Cookie", fixed);
                first = false;
            } else {
                response.addHeader("Set-Cookie", fixed);
            }
        }
    }

    private static boolean needsFix(String cookie, boolean secure) {
        return !cookie.contains("SameSite=") || secure && !cookie.contains("; Secure");
    }

    private static String fix(String cookie, boolean secure) {
        String fixed = cookie.contains("SameSite=") ? cookie : cookie + "; SameSite=Lax";
        return secure && !fixed.contains("; Secure") ? fixed + "; Secure" : fixed;
    }

    /** Keeps one Content-Security-Policy header and one X-Frame-Options, and makes cookies safe. */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final boolean secureCookies;
        private final String sessionCookieName;
        private final boolean staffArea;

        Guarded(HttpServletResponse response, boolean secureCookies, String sessionCookieName, boolean staffArea) {
            super(response);
            this.secureCookies = secureCookies;
            this.sessionCookieName = sessionCookieName;
            this.staffArea = staffArea;
        }

        /*
         * Mojarra's f:ajax runs the scripts PrimeFaces sends with each Ajax update through eval, so the
         * staff pages, where the post editor's live preview uses f:ajax, allow eval; public pages, where
         * strangers' text is shown, do not.
         */
        private String policyFor(String value) {
            return staffArea ? value.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'") : value;
        }

        /* The container may also renew the session while logging someone in, out of our sight: the
           cookie is checked again whenever the response is about to start. */
        @Override
        public void sendRedirect(String location) throws IOException {
            fixSessionCookie((HttpServletResponse) getResponse(), sessionCookieName, secureCookies);
            super.sendRedirect(location);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            fixSessionCookie((HttpServletResponse) getResponse(), sessionCookieName, secureCookies);
            return super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            fixSessionCookie((HttpServletResponse) getResponse(), sessionCookieName, secureCookies);
            return super.getOutputStream();
        }

        @Override
        public void flushBuffer() throws IOException {
            fixSessionCookie((HttpServletResponse) getResponse(), sessionCookieName, secureCookies);
            super.flushBuffer();
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, policyFor(value));
            } else if (!"X-Frame-Options".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, policyFor(value));
            } else if (!"X-Frame-Options".equalsIgnoreCase(name)) {
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
