package org.abhilekh.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.UnauthorizedException;
import org.abhilekh.platform.entity.Role;

/** Who is asking, as far as the rest of the application needs to know. */
@Named
@RequestScoped
public class Caller {

    /*
     * The servlet request, not the SecurityContext: it answers the same, and also while an error
     * page is rendered, where Payara's SecurityContext fails.
     */
    @Inject
    HttpServletRequest request;

    /** Staff of any role see staff-only material. */
    public boolean isStaff() {
        return Role.ALL.stream().anyMatch(request::isUserInRole);
    }

    /** For API calls that need staff: 401 for strangers, 403 for accounts without a staff role. */
    public void requireStaff() {
        if (!isLoggedIn()) {
            throw new UnauthorizedException("Log in as staff to do this.");
        }
        if (!isStaff()) {
            throw new ForbiddenException("Your account may not do this.");
        }
    }

    public boolean isAdmin() {
        return request.isUserInRole(Role.ADMIN.code());
    }

    /** Editors and admins write and publish blog posts. */
    public boolean isEditor() {
        return isAdmin() || request.isUserInRole(Role.EDITOR.code());
    }

    /** For deciding what the public sees (visibility, deletion, posts, comments, kits, outlets): 401 for strangers, 403 for staff. */
    public void requireEditor() {
        if (!isLoggedIn()) {
            throw new UnauthorizedException("Log in as an editor to do this.");
        }
        if (!isEditor()) {
            throw new ForbiddenException("Only editors and administrators may do this.");
        }
    }

    /** For the audit trail and user management: 401 for strangers, 403 for staff who are not administrators. */
    public void requireAdmin() {
        if (!isLoggedIn()) {
            throw new UnauthorizedException("Log in as an administrator to do this.");
        }
        if (!isAdmin()) {
            throw new ForbiddenException("Only administrators may do this.");
        }
    }

    /** For what every account may do to itself: 401 for strangers. */
    public void requireLoggedIn() {
        if (!isLoggedIn()) {
            throw new UnauthorizedException("Log in to do this.");
        }
    }

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }
}
