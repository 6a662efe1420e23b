package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.control.LocalPath;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.control.LoginThrottle.Wait;
import org.abhilekh.security.control.UserDirectory;
import org.abhilekh.security.entity.AuditAction;
import org.omnifaces.util.Faces;

/** Backs the login page and the logout button. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserDirectory users;

    @Inject
    AuditTrail audit;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        // A new session on login, so a session id planted before it is worth nothing.
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, Faces.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            Faces.responseComplete();
        } else if (status != AuthenticationStatus.SUCCESS) {
            refused(request.getAttribute(ArchiveAuthenticationMechanism.REFUSED_WAIT));
        } else {
            boolean mustChange = users.find(username).map(user -> user.isMustChangePassword()).orElse(false);
            redirect(mustChange ? "/admin/password.xhtml" : LocalPath.orHome(next));
        }
    }

    public void logout() throws IOException, ServletException {
        Principal user = Faces.getRequest().getUserPrincipal();
        if (user != null) {
            audit.record(user.getName(), AuditAction.LOGOUT, "user " + user.getName(), null);
        }
        Faces.logout();
        Faces.invalidateSession();
        redirect("/search/");
    }

    private static void refused(Object refusal) {
        if (refusal instanceof Wait slowed) {
            PageMessages.error(slowed.inSeconds() ? "login.slowed" : "login.locked", slowed.amount());
        } else {
            PageMessages.error("login.failed");
        }
    }

    /** Not Faces.redirect: it also marks the flash for the redirect, and these responses never carried a flash. */
    private static void redirect(String path) throws IOException {
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + path);
        Faces.responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
