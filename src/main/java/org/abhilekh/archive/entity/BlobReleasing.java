package org.abhilekh.archive.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired (synchronously) when the last document holding some bytes is deleted, before the bytes are
 * removed from the blob store: a feature that keeps its own files in the same store (a press kit's
 * photo or fact sheet) claims them, and then they stay.
 */
public final class BlobReleasing {

    private final String sha256;
    private final List<String> claims = new ArrayList<>();

    public BlobReleasing(String sha256) {
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }

    /** Keeps the bytes; {@code by} says who still needs them, for the log. */
    public void claim(String by) {
        claims.add(by);
    }

    public boolean isClaimed() {
        return !claims.isEmpty();
    }

    public List<String> claims() {
        return List.copyOf(claims);
    }
}
