package org.abhilekh.ingest.entity;

import java.util.Locale;
import java.util.Optional;

/** Where one ingest job stands. Stored by name; the API and pages use the lower-case code. */
public enum JobStatus {
    /** Waiting for a worker; after a restart, also every job that was running when the server stopped. */
    QUEUED,
    /** A worker is reading the original. */
    RUNNING,
    /** The text was extracted and handed to the index. */
    DONE,
    /** The original could not be read; the reason says what to do. */
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean open() {
        return this == QUEUED || this == RUNNING;
    }

    public static Optional<JobStatus> ofCode(String code) {
        for (JobStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
