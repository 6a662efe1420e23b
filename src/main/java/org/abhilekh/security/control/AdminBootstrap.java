package org.abhilekh.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.abhilekh.platform.entity.Role;
import org.abhilekh.security.entity.AuditAction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a fresh installation can be administered: when there is no account at all, an admin
 * is created with the configured password, or with a generated one-time password that is written
 * to the log and must be changed at the first login. There is never a fixed default password.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    UserDirectory users;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "abhilekh.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "abhilekh.admin.password")
    Optional<String> password;

    public void ensureAdmin() {
        if (!users.isEmpty()) {
            return;
        }
        if (password.isPresent() && !password.get().isBlank()) {
            if (password.get().length() < UserDirectory.MIN_PASSWORD_CHARS) {
                throw new IllegalStateException("abhilekh.admin.password must have at least "
                        + UserDirectory.MIN_PASSWORD_CHARS + " characters");
            }
            users.create(username, username, password.get().toCharArray(), Role.ADMIN, false);
            audit.record("system", AuditAction.USER_CREATE, "user " + username, "first administrator, configured password");
            LOG.info(() -> "Created the first administrator '" + username + "' with the configured password");
            return;
        }
        String oneTime = OneTimePassword.generate();
        users.create(username, username, oneTime.toCharArray(), Role.ADMIN, true);
        audit.record("system", AuditAction.USER_CREATE, "user " + username, "first administrator, one-time password");
        LOG.warning(() -> "\n\n    First start: created administrator '" + username + "' with the one-time password  "
                + oneTime + "\n    Log in at /login.xhtml and choose a new password.\n");
    }
}
