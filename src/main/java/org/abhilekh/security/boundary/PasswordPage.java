package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ResourceBundle;
import org.abhilekh.platform.boundary.Caller;

/** Backs {@code /admin/password.xhtml}: a logged-in person replaces their password; their other sessions end. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    SessionCredentials sessions;

    @Inject
    FacesContext faces;

    private String current;
    private String replacement;
    private String repeated;

    public void change() {
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        String problem = replacement != null && !replacement.equals(repeated) ? "password.mismatch" : accounts.changeOwnPassword(current, replacement);
        if (problem != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString(problem), null));
            return;
        }
        sessions.keepCurrent((HttpServletRequest) faces.getExternalContext().getRequest(), caller.getName());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.getString("password.changed"), null));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
