package org.abhilekh.archive.entity;

import java.util.Arrays;
import java.util.Optional;

/** Who may learn that a document exists. */
public enum Visibility {
    PUBLIC("public"),
    STAFF("staff");

    private final String code;

    Visibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Visibility> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
