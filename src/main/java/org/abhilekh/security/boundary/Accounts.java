package org.abhilekh.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.entity.Role;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.control.OneTimePassword;
import org.abhilekh.security.control.Passwords;
import org.abhilekh.security.control.UserDirectory;
import org.abhilekh.security.entity.AccountChange;
import org.abhilekh.security.entity.AccountView;
import org.abhilekh.security.entity.AppUser;
import org.abhilekh.security.entity.AuditAction;
import org.abhilekh.security.entity.IssuedPassword;

/**
 * The team's accounts, for administrators (the API and {@code /admin/users.xhtml} both call this),
 * and each account's own password. Every change is audited with old and new values, never a password.
 * The last enabled administrator can be neither demoted nor disabled, so the installation always has
 * someone who can run it.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    /** Lower-case letters, digits, dot, dash and underscore; it appears in the audit trail and in logins. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MAX_DISPLAY_NAME = 200;

    @Inject
    Passwords passwords;

    @Inject
    UserDirectory users;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    public List<AccountView> list() {
        caller.requireAdmin();
        return users.all().stream().map(AccountView::of).toList();
    }

    public IssuedPassword create(String username, String displayName, String role) {
        caller.requireAdmin();
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BadInputException("A username has 2 to 64 characters: lower-case letters, digits, '.', '-' or '_', "
                    + "starting with a letter or digit.");
        }
        Role chosen = parseRole(role);
        String name = displayName(displayName == null || displayName.isBlank() ? username : displayName);
        if (users.find(username).isPresent()) {
            throw new ConflictException("There is already an account '" + username + "'.");
        }
        String oneTime = OneTimePassword.generate();
        AppUser user = users.create(username, name, oneTime.toCharArray(), chosen, true);
        audit.record(caller.getName(), AuditAction.USER_CREATE, "user " + username,
                "role " + chosen.code() + ", name \"" + name + "\", one-time password issued");
        return new IssuedPassword(AccountView.of(user), oneTime);
    }

    public AccountView change(String username, AccountChange change) {
        caller.requireAdmin();
        AppUser user = existing(username);
        String before = state(user);
        boolean losesAdmin = user.getRole() == Role.ADMIN && !user.isDisabled()
                && (change.role().filter(role -> role != Role.ADMIN).isPresent() || change.disabled().orElse(false));
        if (losesAdmin && users.enabledAdministrators() <= 1) {
            throw new ConflictException("'" + username + "' is the last enabled administrator: make another account an "
                    + "administrator first.");
        }
        change.role().ifPresent(user::setRole);
        change.disabled().ifPresent(user::setDisabled);
        change.displayName().map(Accounts::displayName).ifPresent(user::setDisplayName);
        String after = state(user);
        if (!after.equals(before)) {
            audit.record(caller.getName(), AuditAction.USER_CHANGE, "user " + username, before + " -> " + after);
        }
        return AccountView.of(user);
    }

    /** A new one-time password; the account's sessions and its old password stop working at once. */
    public IssuedPassword resetPassword(String username) {
        caller.requireAdmin();
        AppUser user = existing(username);
        String oneTime = OneTimePassword.generate();
        user.resetPassword(passwords.hash(oneTime.toCharArray()));
        audit.record(caller.getName(), AuditAction.PASSWORD_RESET, "user " + username, "one-time password issued, sessions ended");
        return new IssuedPassword(AccountView.of(user), oneTime);
    }

    /**
     * The caller replaces their own password. Answers the problem with it as a message key (for the page to
     * say in the reader's language), or null when it was changed.
     */
    public String changeOwnPassword(String current, String replacement) {
        caller.requireLoggedIn();
        AppUser user = existing(caller.getName());
        if (current == null || !passwords.verify(current.toCharArray(), user.getPasswordHash())) {
            return "password.wrongCurrent";
        }
        if (replacement == null || replacement.length() < UserDirectory.MIN_PASSWORD_CHARS
                || replacement.length() > UserDirectory.MAX_PASSWORD_CHARS) {
            return "password.tooShort";
        }
        if (replacement.equals(current)) {
            return "password.same";
        }
        user.changePassword(passwords.hash(replacement.toCharArray()));
        audit.record(caller.getName(), AuditAction.PASSWORD_CHANGE, "user " + caller.getName(), "own password replaced, other sessions ended");
        return null;
    }

    private AppUser existing(String username) {
        return users.findForUpdate(username).orElseThrow(() -> new NotFoundException("There is no account '" + username + "'."));
    }

    /** The role a caller named: 400 for anything but admin, editor and staff. */
    public static Role parseRole(String code) {
        return Role.of(code).orElseThrow(() -> new BadInputException("The role must be one of admin, editor, staff."));
    }

    private static String displayName(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_DISPLAY_NAME || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException("A display name has 1 to " + MAX_DISPLAY_NAME + " characters, without control characters.");
        }
        return stripped;
    }

    private static String state(AppUser user) {
        return "role " + user.getRole().code() + ", " + (user.isDisabled() ? "disabled" : "enabled") + ", name \"" + user.getDisplayName() + "\"";
    }
}
