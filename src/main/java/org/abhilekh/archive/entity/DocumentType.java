package org.abhilekh.archive.entity;

import java.util.Arrays;
import java.util.Optional;

/** What kind of material a document is. The code is what URLs, sidecars, facets and the API use. */
public enum DocumentType {
    PRESS_CLIPPING("press-clipping"),
    RESEARCH_PAPER("research-paper"),
    TRAINING_MODULE("training-module"),
    PANEL_NOTES("panel-notes"),
    POLICY_DOCUMENT("policy-document"),
    PHOTO("photo");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DocumentType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
