package org.abhilekh.safeguarding.control;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one copy took out of the original, and what it found but could not take out; collected by the removers while
 * they write, turned into a {@link PublicCopy.Result} at the end. Entries keep the order they were found in and are
 * listed once.
 */
final class RemovalReport {

    private final String prefix;
    private final Set<String> removed;
    private final Set<String> left;

    RemovalReport() {
        this("", new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    private RemovalReport(String prefix, Set<String> removed, Set<String> left) {
        this.prefix = prefix;
        this.removed = removed;
        this.left = left;
    }

    /** The same lists, each entry starting with {@code prefix}: for an image inside a document, say. */
    RemovalReport within(String prefix) {
        return new RemovalReport(this.prefix + prefix, removed, left);
    }

    void removed(String field) {
        removed.add(prefix + field);
    }

    void left(String what) {
        left.add(prefix + what);
    }

    boolean anythingRemoved() {
        return !removed.isEmpty();
    }

    PublicCopy.Result result() {
        return new PublicCopy.Result(true, removed.stream().toList(), left.stream().toList());
    }
}
