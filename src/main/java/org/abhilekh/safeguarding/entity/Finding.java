package org.abhilekh.safeguarding.entity;

/**
 * Something the archive must not publish, found in a text or in a file's metadata.
 *
 * @param kind    what was found: one of the constants of this record ({@link #CHILD_IDENTITY}, ...)
 * @param excerpt the passage around the match (at most about 120 characters, the match inside), or for
 *                metadata the field's value
 * @param where   the source the caller named ("text", "title", "description"...), or for metadata
 *                {@code "file metadata: "} and the field ({@code "file metadata: GPS"})
 * @param start   the match's first character in the scanned text; -1 for metadata
 * @param end     one past the match's last character in the scanned text; -1 for metadata
 */
public record Finding(String kind, String excerpt, String where, int start, int end) {

    public static final String CHILD_IDENTITY = "child-identity";
    public static final String PHONE_NUMBER = "phone-number";
    public static final String AADHAAR_NUMBER = "aadhaar-number";
    public static final String EMAIL_ADDRESS = "email-address";
    public static final String EXACT_ADDRESS = "exact-address";
    public static final String LOCATION_IN_FILE = "location-in-file";
    public static final String PERSON_IN_FILE_METADATA = "person-in-file-metadata";

    /** Where metadata findings say they come from, before the field's name. */
    public static final String FILE_METADATA = "file metadata: ";

    /** Whether this finding covers any character of [start, end). */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
