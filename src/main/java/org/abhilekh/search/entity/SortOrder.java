package org.abhilekh.search.entity;

import java.util.Arrays;
import java.util.Optional;

/** How hits are ordered. */
public enum SortOrder {
    RELEVANCE("relevance"),
    NEWEST("date"),
    OLDEST("oldest");

    private final String code;

    SortOrder(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SortOrder> fromCode(String code) {
        if ("newest".equals(code)) {
            return Optional.of(NEWEST);
        }
        return Arrays.stream(values()).filter(order -> order.code.equals(code)).findFirst();
    }
}
