package org.abhilekh.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.abhilekh.platform.control.ClientAddresses;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.control.LoginGuard;
import org.abhilekh.security.control.LoginThrottle.Wait;
import org.abhilekh.security.control.UserDirectory;
import org.abhilekh.security.entity.AppUser;
import org.abhilekh.security.entity.AuditAction;

/**
 * One mechanism for people and programs. People log in through the login page, which hands the
 * credential over programmatically, and stay logged in through their session. Programs send HTTP
 * Basic credentials with each call to {@code /api}, which opens no session. An unauthenticated request
 * for a protected page is sent to the login page; for a protected API call it gets a 401.
 *
 * <p>The session is kept by hand rather than with {@code @AutoApplySession}: that would open a session for
 * every Basic call, and could not check on each request that the account is still enabled, still has the
 * credentials the session was opened with ({@link SessionCredentials}) and still has its role. An account
 * holding a one-time password gets nothing but the password change until it has chosen its own.
 */
@ApplicationScoped
public class ArchiveAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Set on the request when a login was refused because of too many failures: the {@link Wait}. */
    public static final String REFUSED_WAIT = "org.abhilekh.security.refusedWait";
    static final String PASSWORD_PAGE = "/admin/password.xhtml";
    static final String PASSWORD_API = "/api/account/password";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    UserDirectory users;

    @Inject
    SessionCredentials sessions;

    @Inject
    ClientAddresses clientAddresses;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential fromPage) {
            // From the login page: a failure is the page's to explain, not a bare 401.
            Optional<AppUser> user = check(fromPage, request, true);
            if (user.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            context.setRegisterSession(user.get().getUsername(), groups(user.get()));
            AuthenticationStatus status = context.notifyContainerAboutLogin(user.get().getUsername(), groups(user.get()));
            sessions.stamp(request, user.get());
            return status;
        }
        if (credential != null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        UsernamePasswordCredential basic = basicCredential(request);
        if (basic != null) {
            Optional<AppUser> user = check(basic, request, false);
            if (user.isPresent()) {
                context.notifyContainerAboutLogin(user.get().getUsername(), groups(user.get()));
                return admit(user.get(), request, response);
            }
            return request.getAttribute(REFUSED_WAIT) instanceof Wait wait ? tooManyAttempts(response, wait)
                    : context.responseUnauthorized();
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            Optional<AppUser> user = sessions.current(request, sessionCaller.getName());
            if (user.isPresent()) {
                context.notifyContainerAboutLogin(sessionCaller, groups(user.get()));
                return admit(user.get(), request, response);
            }
            // Disabled, or its password changed or reset since this session began: the session is over.
            sessions.end(request);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return context.responseUnauthorized();
        }
        return redirectToLogin(request, response);
    }

    /**
     * Checks a name and password unless this name from this client address, or the address, must wait
     * (then not even a right password gets in, and no password is checked, for known and unknown names
     * alike). Failures, slow-downs and locks are counted and audited; a login from the page is audited,
     * a Basic call (one per API request) is not.
     */
    private Optional<AppUser> check(UsernamePasswordCredential credential, HttpServletRequest request, boolean fromPage) {
        String address = clientAddresses.resolve(request.getRemoteAddr(), request.getHeaders(ClientAddresses.FORWARDED_FOR));
        String name = credential.getCaller();
        String how = fromPage ? "login page" : "HTTP Basic";
        LoginGuard.Admission admission = guard.admit(name, address, how);
        if (!admission.admitted()) {
            request.setAttribute(REFUSED_WAIT, admission.refusal().get());
            return Optional.empty();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        Optional<AppUser> user = result.getStatus() == CredentialValidationResult.Status.VALID
                ? users.find(result.getCallerPrincipal().getName()) : Optional.empty();
        if (user.isEmpty()) {
            guard.failed(name, address, how).ifPresent(wait -> request.setAttribute(REFUSED_WAIT, wait));
            return Optional.empty();
        }
        guard.succeeded(name, address, admission);
        if (fromPage) {
            // A person's login; a program's HTTP Basic call is no login to list (and would write on every call).
            users.loggedIn(user.get().getUsername());
            audit.record(user.get().getUsername(), AuditAction.LOGIN, "user " + user.get().getUsername(), "from " + address);
        }
        return user;
    }

    /** The container groups of an account: its role; the roles' nesting is {@link Caller}'s. */
    private static Set<String> groups(AppUser user) {
        return Set.of(user.getRole().code());
    }

    /**
     * An account still holding a one-time password may only replace it: pages send it to the password page,
     * the API answers 403 saying so; the page's own scripts, styles and the login page stay reachable.
     */
    private static AuthenticationStatus admit(AppUser user, HttpServletRequest request, HttpServletResponse response) {
        if (!user.isMustChangePassword()) {
            return AuthenticationStatus.SUCCESS;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isApi(request)) {
            if ("PUT".equals(request.getMethod()) && path.equals(PASSWORD_API)) {
                return AuthenticationStatus.SUCCESS;
            }
            problem(response, 403, "Forbidden", "This account still has a one-time password. Choose your own first: PUT "
                    + PASSWORD_API + " with {\"currentPassword\", \"newPassword\"}.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (path.equals(PASSWORD_PAGE) || path.equals("/login.xhtml") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")) {
            return AuthenticationStatus.SUCCESS;
        }
        try {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** 429 with Retry-After and a problem document, the same for every name. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Wait wait) {
        response.setHeader("Retry-After", Long.toString(wait.retryAfterSeconds()));
        problem(response, 429, "Too many requests", "Too many failed attempts; try again in " + wait.amount()
                + (wait.inSeconds() ? " seconds." : " minutes."));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                    .add("status", status).add("detail", detail).build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) || header.length() > 1000) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        try {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
