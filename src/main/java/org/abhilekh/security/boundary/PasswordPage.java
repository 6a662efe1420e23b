package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.control.PasswordHasher;
import org.abhilekh.security.control.UserDirectory;
import org.abhilekh.security.entity.AuditAction;

/** Backs {@code /admin/password.xhtml}: a logged-in person replaces their password. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    UserDirectory users;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    FacesContext faces;

    private String current;
    private String replacement;
    private String repeated;

    public void change() {
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        boolean currentOk = users.find(caller.getName())
                .filter(user -> PasswordHasher.verify(chars(current), user.getPasswordHash())).isPresent();
        String problem = null;
        if (!currentOk) {
            problem = "password.wrongCurrent";
        } else if (replacement == null || replacement.length() < UserDirectory.MIN_PASSWORD_CHARS
                || replacement.length() > UserDirectory.MAX_PASSWORD_CHARS) {
            problem = "password.tooShort";
        } else if (!replacement.equals(repeated)) {
            problem = "password.mismatch";
        } else if (replacement.equals(current)) {
            problem = "password.same";
        }
        if (problem != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString(problem), null));
            return;
        }
        users.changePassword(caller.getName(), replacement.toCharArray());
        audit.record(caller.getName(), AuditAction.PASSWORD_CHANGE, "user " + caller.getName(), "own password replaced");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.getString("password.changed"), null));
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
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
