package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.platform.entity.Role;
import org.abhilekh.security.control.AuditFilter;
import org.abhilekh.security.entity.AccountChange;
import org.abhilekh.security.entity.AccountView;
import org.abhilekh.security.entity.IssuedPassword;

/** Backs {@code /admin/users.xhtml} (administrators): the team's accounts, with the same rules as the API. */
@Named
@RequestScoped
public class UsersPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Organisation.ZONE);

    @Inject
    Accounts accounts;

    private String username;
    private String displayName;
    private String role = Role.STAFF.code();
    private IssuedPassword issued;
    private List<AccountView> list;

    public List<AccountView> getAccounts() {
        if (list == null) {
            list = accounts.list();
        }
        return list;
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::code).toList();
    }

    public void create() {
        act(() -> issued = accounts.create(username, displayName, role), null);
        if (issued != null) {
            username = null;
            displayName = null;
        }
    }

    public void resetPassword(String account) {
        act(() -> issued = accounts.resetPassword(account), null);
    }

    public void toggleDisabled(String account) {
        boolean disabled = getAccounts().stream().filter(each -> each.username().equals(account)).findFirst()
                .map(AccountView::disabled).orElse(false);
        act(() -> accounts.change(account, new AccountChange(Optional.empty(), Optional.of(!disabled), Optional.empty())),
                disabled ? "users.enabledNow" : "users.disabledNow");
    }

    public void changeRole(String account, String newRole) {
        act(() -> accounts.change(account, new AccountChange(Optional.of(Accounts.parseRole(newRole)), Optional.empty(), Optional.empty())),
                "users.roleChanged");
    }

    /** Runs a change; its refusal (last administrator, a bad name, ...) is shown, not thrown. */
    private void act(Runnable change, String doneKey) {
        PageMessages.attempt(() -> {
            change.run();
            list = null;
            if (doneKey != null) {
                PageMessages.info(doneKey);
            }
            return null;
        });
    }

    public String getIssuedMessage() {
        return issued == null ? null : MessageFormat.format(PageMessages.text("users.issued"), issued.account().username());
    }

    public String time(Instant at) {
        return at == null ? PageMessages.text("users.never") : TIME.format(at);
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
