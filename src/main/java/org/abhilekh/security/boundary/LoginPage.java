package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.abhilekh.platform.control.LocalPath;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.control.LoginThrottle.Wait;
import org.abhilekh.security.control.UserDirectory;
import org.abhilekh.security.entity.AuditAction;

/** Backs the login page and the logout button. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    UserDirectory users;

    @Inject
    AuditTrail audit;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session on login, so a session id planted before it is worth nothing.
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
            String message = request.getAttribute(ArchiveAuthenticationMechanism.REFUSED_WAIT) instanceof Wait wait
                    ? MessageFormat.format(messages.getString(wait.inSeconds() ? "login.slowed" : "login.locked"), wait.amount())
                    : messages.getString("login.failed");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            return;
        }
        boolean mustChange = users.find(username).map(user -> user.isMustChangePassword()).orElse(false);
        external.redirect(external.getRequestContextPath() + (mustChange ? "/admin/password.xhtml" : LocalPath.orHome(next)));
        faces.responseComplete();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            audit.record(request.getUserPrincipal().getName(), AuditAction.LOGOUT, "user " + request.getUserPrincipal().getName(), null);
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/search/");
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
