package org.abhilekh.search.entity;

import java.util.Map;

/**
 * Fired after an index commit: these revisions are now durable in the index, by kind of item
 * ({@code "document"}, {@code "post"}) and then by the item's id within its kind.
 */
public record IndexCommitted(Map<String, Map<Long, Long>> revisionsByKind) {

    public IndexCommitted {
        revisionsByKind = Map.copyOf(revisionsByKind);
    }

    /** The revisions of one kind's items, by id; empty when none of that kind were committed. */
    public Map<Long, Long> revisionsOf(String kind) {
        return revisionsByKind.getOrDefault(kind, Map.of());
    }

    public boolean isEmpty() {
        return revisionsByKind.values().stream().allMatch(Map::isEmpty);
    }
}
