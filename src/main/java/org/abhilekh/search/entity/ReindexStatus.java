package org.abhilekh.search.entity;

import java.time.Instant;

/** Where a rebuild of the index stands: running or not, how far, and how the last one ended. */
public record ReindexStatus(boolean running, long indexed, Instant started, Instant finished, String problem) {

    public static ReindexStatus idle() {
        return new ReindexStatus(false, 0, null, null, null);
    }
}
