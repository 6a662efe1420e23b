package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * Places and persons in a file's metadata, as Tika reports it: a GPS position (EXIF of photos, and XMP
 * packets in PNG text chunks) is one {@code location-in-file} finding; each distinct person value (author,
 * last editor, company, manager, comments and descriptions of office files and PDFs; artist, owner,
 * copyright and captions of photos) is a {@code person-in-file-metadata} finding. Software names and blank
 * or placeholder values are not findings. A position at exactly 0, 0 is a camera without a fix.
 */
final class FileMetadataDetector {

    private static final String GPS = "GPS";

    private final MetadataFields fields;

    FileMetadataDetector(MetadataFields fields) {
        this.fields = fields;
    }

    List<Finding> find(Map<String, List<String>> metadata) {
        List<String> position = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Finding> persons = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : metadata.entrySet()) {
            String name = field.getKey();
            for (String value : field.getValue() == null ? List.<String>of() : field.getValue()) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (fields.location(name) && !zero(value)) {
                    position.add(name + " " + value.strip());
                } else if (fields.person(name)) {
                    person(name, value, seen, persons);
                } else if (fields.pngText(name)) {
                    for (PngTextEntries.Entry entry : PngTextEntries.parse(value)) {
                        position.addAll(PngTextEntries.xmpPosition(entry.value()));
                        for (String creator : PngTextEntries.xmpCreators(entry.value())) {
                            person("png:XMP dc:creator", creator, seen, persons);
                        }
                        if (fields.person("png:" + entry.keyword())) {
                            person("png:" + entry.keyword(), entry.value(), seen, persons);
                        }
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (!position.isEmpty()) {
            String excerpt = String.join(", ", position);
            findings.add(new Finding(Finding.LOCATION_IN_FILE, Excerpts.around(excerpt, 0, 0), Finding.FILE_METADATA + GPS, -1, -1));
        }
        findings.addAll(persons);
        return findings;
    }

    private void person(String name, String value, Set<String> seen, List<Finding> persons) {
        String stripped = value.strip();
        if (fields.notAPerson(stripped) || !seen.add(stripped.toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        String excerpt = stripped.length() <= Excerpts.LENGTH ? stripped : stripped.substring(0, Excerpts.LENGTH) + "…";
        persons.add(new Finding(Finding.PERSON_IN_FILE_METADATA, excerpt, Finding.FILE_METADATA + name, -1, -1));
    }

    /** Whether a coordinate says 0 (degrees, minutes and seconds all zero). */
    private static boolean zero(String value) {
        return value.replaceAll("[^0-9]", "").chars().allMatch(c -> c == '0');
    }
}
