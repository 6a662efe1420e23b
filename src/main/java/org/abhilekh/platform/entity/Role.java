package org.abhilekh.platform.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a staff account may do; each role includes the ones below it. Every role sees staff-only
 * material. The whole rule is written down in this feature's package-info and in the README.
 */
public enum Role {
    /** Also accounts, imports from server folders, backups, re-index, the audit trail. */
    ADMIN("admin"),
    /** Also decides what the public sees: visibility, deletion, posts, comments, press kits, outlets. */
    EDITOR("editor"),
    /** Searches everything, puts documents in (they arrive staff-only), describes them, follows jobs. */
    STAFF("staff");

    /** The role names as the container knows them. */
    public static final Set<String> ALL = Set.of("admin", "editor", "staff");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The role with this code, if there is one. */
    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }

    /** True if this role may do all that {@code other} may: admin over editor over staff. */
    public boolean includes(Role other) {
        return ordinal() <= other.ordinal();
    }
}
