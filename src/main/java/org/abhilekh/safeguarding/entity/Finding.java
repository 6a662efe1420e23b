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
 * @param match   the matched words themselves, for marking them in the excerpt; null when not known
 * @param name    in a child's identity, the child's name within the match (what keeps the child unnamed when it is
 *                withheld wherever it occurs); otherwise null
 */
public record Finding(String kind, String excerpt, String where, int start, int end, String match, String name) {

    public static final String CHILD_IDENTITY = "child-identity";
    public static final String PHONE_NUMBER = "phone-number";
    public static final String AADHAAR_NUMBER = "aadhaar-number";
    public static final String EMAIL_ADDRESS = "email-address";
    public static final String EXACT_ADDRESS = "exact-address";
    public static final String LOCATION_IN_FILE = "location-in-file";
    public static final String PERSON_IN_FILE_METADATA = "person-in-file-metadata";

    /** Where metadata findings say they come from, before the field's name. */
    public static final String FILE_METADATA = "file metadata: ";

    public Finding(String kind, String excerpt, String where, int start, int end) {
        this(kind, excerpt, where, start, end, null, null);
    }

    public Finding(String kind, String excerpt, String where, int start, int end, String match) {
        this(kind, excerpt, where, start, end, match, null);
    }

    /** The finding by what it found, not by the words around it, which an edit nearby changes: what a review compares. */
    public String what() {
        return kind + ": " + (match == null || match.isEmpty() ? excerpt : match);
    }

    public Finding withMatch(String matched) {
        return new Finding(kind, excerpt, where, start, end, matched, name);
    }

    public Finding withName(String person) {
        return new Finding(kind, excerpt, where, start, end, match, person);
    }

    /** The excerpt before the match (all of it when the match is not in it). */
    public String before() {
        int at = matchAt();
        return at < 0 ? excerpt : excerpt.substring(0, at);
    }

    /** The match, for marking; empty when it is not in the excerpt. */
    public String marked() {
        return matchAt() < 0 ? "" : match;
    }

    public String after() {
        int at = matchAt();
        return at < 0 ? "" : excerpt.substring(at + match.length());
    }

    private int matchAt() {
        return match == null || match.isEmpty() ? -1 : excerpt.indexOf(match);
    }

    /** Whether this finding covers any character of [start, end). */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
