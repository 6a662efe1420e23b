package org.abhilekh.presskit.entity;

import java.util.Arrays;
import java.util.Optional;

/** What an item of a kit is; the code is what forms, seed files and the API use. */
public enum ItemKind {
    DOCUMENT("document"),
    PRESS_RELEASE("press-release"),
    FACT_SHEET("fact-sheet"),
    PHOTO("photo"),
    LOGO("logo");

    private final String code;

    ItemKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ItemKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
