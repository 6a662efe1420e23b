package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One word list of {@code index-config/safeguarding/}: UTF-8, one entry a line, {@code #} starts a comment
 * line, blank lines are skipped, and a line {@code [name]} starts a section. Entries before any section
 * belong to the section {@code ""}.
 */
final class WordListFile {

    private final Path file;
    private final Map<String, List<String>> sections;

    private WordListFile(Path file, Map<String, List<String>> sections) {
        this.file = file;
        this.sections = sections;
    }

    static WordListFile read(Path folder, String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Safeguarding word list missing: " + file);
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = "";
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1).strip();
                    sections.computeIfAbsent(section, s -> new ArrayList<>());
                    continue;
                }
                sections.computeIfAbsent(section, s -> new ArrayList<>()).add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new WordListFile(file, sections);
    }

    /** The entries of the file, all sections together. */
    List<String> all() {
        return sections.values().stream().flatMap(List::stream).toList();
    }

    /** The entries of one section; a section the file lacks is a mistake in the file. */
    List<String> section(String name) {
        List<String> entries = sections.get(name);
        if (entries == null) {
            throw new IllegalStateException("Safeguarding word list " + file + " has no section [" + name + "]");
        }
        return entries;
    }
}
