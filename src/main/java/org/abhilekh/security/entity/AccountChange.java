package org.abhilekh.security.entity;

import java.util.Optional;
import org.abhilekh.platform.entity.Role;

/** What an administrator changes about an account; an empty field stays as it is. */
public record AccountChange(Optional<Role> role, Optional<Boolean> disabled, Optional<String> displayName) {
}
