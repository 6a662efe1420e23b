package org.abhilekh.blog.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The blog's categories. A fixed list, because each has a translated name in both bundles
 * ({@code blog.category.CODE}) and its own archive page and feed; codes are their URL slugs.
 */
public enum Category {
    TRAINING("training"),
    AWARENESS("awareness"),
    RESEARCH("research"),
    NEWS("news");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Category> ofCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
    }
}
