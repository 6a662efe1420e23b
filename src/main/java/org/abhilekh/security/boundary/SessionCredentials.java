package org.abhilekh.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.abhilekh.security.control.UserDirectory;
import org.abhilekh.security.entity.AppUser;

/**
 * Ties a logged-in session to the credentials it was opened with. The session remembers the account's
 * credential version; a password change, reset or disabling raises the version in the database, so
 * every session opened before ends at its next request, on whichever server it arrives (the database
 * is shared, memory is not). A role change needs no new session: the role is read afresh each request.
 */
@ApplicationScoped
public class SessionCredentials {

    private static final String KEY = "org.abhilekh.security.credentials";

    @Inject
    UserDirectory users;

    /** Marks the request's session as opened by this account as it is now. */
    public void stamp(HttpServletRequest request, AppUser user) {
        request.getSession().setAttribute(KEY, user.getUsername() + "\n" + user.getCredentialVersion());
    }

    /** After the caller changed their own password: the session it was changed from goes on. */
    public void keepCurrent(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(KEY) != null) {
            users.find(username).ifPresent(user -> stamp(request, user));
        }
    }

    /** The session's account if it is still enabled and its credentials unchanged since the session began. */
    public Optional<AppUser> current(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        Object stamped = session == null ? null : session.getAttribute(KEY);
        return users.find(username)
                .filter(user -> !user.isDisabled())
                .filter(user -> (user.getUsername() + "\n" + user.getCredentialVersion()).equals(stamped));
    }

    /** Ends the session: its credentials are no longer good. */
    public void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
