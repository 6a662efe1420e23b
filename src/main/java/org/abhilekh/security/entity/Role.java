package org.abhilekh.security.entity;

import java.util.Set;

/** What a staff account may do. Every role sees staff-only material. */
public enum Role {
    /** Manages users and the installation. */
    ADMIN("admin"),
    /** Writes posts, moderates comments, assembles press kits. */
    EDITOR("editor"),
    /** Puts documents in, describes and searches them. */
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
}
