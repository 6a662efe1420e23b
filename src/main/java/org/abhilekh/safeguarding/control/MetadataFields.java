package org.abhilekh.safeguarding.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which metadata fields give away a place or a person ({@code file-metadata-fields.txt}): field names as
 * Tika reports them, each possibly starting or ending with {@code *}; and values that software or templates
 * put in person fields ("Microsoft Office User", "CREATOR: gd-jpeg v1.0..."), which are not a person.
 */
final class MetadataFields {

    private final List<String> location;
    private final List<String> person;
    private final List<String> pngText;
    private final List<String> notAPerson;

    MetadataFields(Path folder) {
        WordListFile file = WordListFile.read(folder, "file-metadata-fields.txt");
        location = file.section("location");
        person = file.section("person");
        pngText = file.section("png-text");
        notAPerson = file.section("not-a-person").stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
    }

    boolean location(String field) {
        return matches(location, field);
    }

    boolean person(String field) {
        return matches(person, field);
    }

    boolean pngText(String field) {
        return matches(pngText, field);
    }

    /** Whether a value is blank or written by software rather than a person. */
    boolean notAPerson(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return true;
        }
        for (String entry : notAPerson) {
            if (entry.endsWith("*") ? lower.startsWith(entry.substring(0, entry.length() - 1)) : lower.equals(entry)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> patterns, String field) {
        for (String pattern : patterns) {
            boolean prefix = pattern.endsWith("*");
            boolean suffix = pattern.startsWith("*");
            String core = pattern.substring(suffix ? 1 : 0, pattern.length() - (prefix ? 1 : 0));
            boolean match = prefix && suffix ? field.contains(core)
                    : prefix ? field.startsWith(core)
                    : suffix ? field.endsWith(core)
                    : field.equals(core);
            if (match) {
                return true;
            }
        }
        return false;
    }
}
