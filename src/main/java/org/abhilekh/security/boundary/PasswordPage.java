package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.PageMessages;
import org.omnifaces.util.Faces;

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

    private String current;
    private String replacement;
    private String repeated;

    public void change() {
        String problem = replacement != null && !replacement.equals(repeated) ? "password.mismatch" : accounts.changeOwnPassword(current, replacement);
        if (problem != null) {
            PageMessages.error(problem);
            return;
        }
        sessions.keepCurrent(Faces.getRequest(), caller.getName());
        PageMessages.info("password.changed");
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
