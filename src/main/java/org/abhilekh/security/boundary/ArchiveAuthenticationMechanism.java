package org.abhilekh.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
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
import org.abhilekh.platform.control.ClientAddresses;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.control.LoginGuard;
import org.abhilekh.security.control.LoginThrottle.Wait;
import org.abhilekh.security.entity.AuditAction;

/**
 * One mechanism for people and programs. People log in through the login page, which hands the
 * credential over programmatically, and stay logged in through their session. Programs send HTTP
 * Basic credentials with each call to {@code /api}. An unauthenticated request for a protected page
 * is sent to the login page; for a protected API call it gets a 401.
 */
@AutoApplySession
@ApplicationScoped
public class ArchiveAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Set on the request when a login was refused because of too many failures: the {@link Wait}. */
    public static final String REFUSED_WAIT = "org.abhilekh.security.refusedWait";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    ClientAddresses clientAddresses;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential fromPage) {
            // From the login page: a failure is the page's to explain, not a bare 401.
            return check(fromPage, request, context, true) ? AuthenticationStatus.SUCCESS : AuthenticationStatus.SEND_FAILURE;
        }
        if (credential != null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        UsernamePasswordCredential basic = basicCredential(request);
        if (basic != null) {
            if (check(basic, request, context, false)) {
                return AuthenticationStatus.SUCCESS;
            }
            return request.getAttribute(REFUSED_WAIT) instanceof Wait wait ? tooManyAttempts(response, wait)
                    : context.responseUnauthorized();
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
    private boolean check(UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context,
                          boolean fromPage) {
        String address = clientAddresses.resolve(request.getRemoteAddr(), request.getHeaders(ClientAddresses.FORWARDED_FOR));
        String name = credential.getCaller();
        String how = fromPage ? "login page" : "HTTP Basic";
        LoginGuard.Admission admission = guard.admit(name, address, how);
        if (!admission.admitted()) {
            request.setAttribute(REFUSED_WAIT, admission.refusal().get());
            return false;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            guard.failed(name, address, how).ifPresent(wait -> request.setAttribute(REFUSED_WAIT, wait));
            return false;
        }
        guard.succeeded(name, address, admission);
        if (fromPage) {
            audit.record(result.getCallerPrincipal().getName(), AuditAction.LOGIN, "user " + result.getCallerPrincipal().getName(),
                    "from " + address);
        }
        return context.notifyContainerAboutLogin(result) == AuthenticationStatus.SUCCESS;
    }

    /** 429 with Retry-After and a problem document, the same for every name. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Wait wait) {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(wait.retryAfterSeconds()));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Too many requests")
                    .add("status", 429).add("detail", "Too many failed attempts; try again in " + wait.amount()
                            + (wait.inSeconds() ? " seconds." : " minutes."))
                    .build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
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
