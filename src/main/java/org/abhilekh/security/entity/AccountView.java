package org.abhilekh.security.entity;

import java.time.Instant;

/** An account as administrators see it: never its password or hash. */
public record AccountView(String username, String displayName, String role, boolean disabled, boolean mustChangePassword,
                          Instant lastLoginAt) {

    public static AccountView of(AppUser user) {
        return new AccountView(user.getUsername(), user.getDisplayName(), user.getRole().code(), user.isDisabled(),
                user.isMustChangePassword(), user.getLastLoginAt());
    }
}
