package org.abhilekh.ingest.entity;

import java.util.Locale;
import java.util.Optional;

/** How a job came about. Stored by name; the API and pages use the code. */
public enum JobSource {
    /** One file sent to {@code POST /api/documents} (the staff page and the command-line import use it too). */
    UPLOAD,
    /** A folder on the server imported by an administrator. */
    FOLDER_IMPORT,
    /** A failed job tried again by a person. */
    RETRY,
    /** The seed archive imported on the first start. */
    SEED,
    /** A document found waiting without a job after a crash between storing it and recording its job. */
    RECOVERED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<JobSource> ofCode(String code) {
        for (JobSource source : values()) {
            if (source.code().equals(code)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
