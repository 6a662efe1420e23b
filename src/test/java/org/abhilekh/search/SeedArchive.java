package org.abhilekh.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.ingest.control.ExtractionFailedException;
import org.abhilekh.ingest.control.TextExtractor;
import org.abhilekh.ingest.entity.Extraction;
import org.abhilekh.search.control.EnglishHindiDictionary;
import org.abhilekh.search.entity.IndexableDocument;

/**
 * The real seed archive as the application indexes it: the text Tika reads from each file, described by its
 * sidecar (scanned images by their description; OCR is exercised by the integration tests), numbered in file order.
 * Read once per test class and handed to whichever engine the test asks.
 */
public final class SeedArchive {

    private static final Path SEED = Path.of("seed-content");
    /** The known-item searches: query, the seed file sought, who searches. */
    public static final Path KNOWN_ITEMS = Path.of("src/test/resources/relevance/seed-known-items.csv");
    /** English searches, each after one Hindi document: query, the seed file sought, who searches. */
    public static final Path CROSS_LANGUAGE_ITEMS = Path.of("src/test/resources/relevance/cross-language-known-items.csv");
    /**
     * Success@10 and MRR@10 of the cross-language table with the dictionary, a little below what was measured with
     * FreeDict eng-hin 2022.04.21 when the table was written: 30 of 41 (0.732) and 0.551 (with the glossary alone:
     * 23 of 41, 0.561, and 0.435).
     */
    public static final double CROSS_LANGUAGE_SUCCESS_FLOOR = 0.70;
    public static final double CROSS_LANGUAGE_MRR_FLOOR = 0.52;
    /** Where Debian's dict-freedict-eng-hin puts the dictionary, as the server looks for it by default. */
    public static final Path DICTIONARY = Path.of("/usr/share/dictd/freedict-eng-hin");

    private final List<IndexableDocument> documents = new ArrayList<>();
    private final Map<String, Long> ids = new HashMap<>();

    private SeedArchive() {
    }

    public static SeedArchive read() throws IOException, ExtractionFailedException {
        SeedArchive archive = new SeedArchive();
        TextExtractor extractor = new TextExtractor(Path.of("index-config/tika-config.xml"), 20_000_000);
        long id = 0;
        for (Path file : org.abhilekh.ingest.control.FolderImport.contentFiles(SEED)) {
            id++;
            String name = file.getFileName().toString();
            boolean image = name.matches(".*\\.(png|jpg|jpeg)$");
            DocumentMetadata metadata = MetadataReader.read(
                    Files.readString(file.resolveSibling(name + ".meta.json"), StandardCharsets.UTF_8), name, image);
            String text = "";
            String language = metadata.language();
            if (!image) {
                Extraction extraction = extractor.extract(file);
                text = extraction.text();
                language = language == null ? extraction.language() : language;
            }
            archive.documents.add(DocumentIndexing.toIndexable(id, 1, metadata, language, name, text));
            archive.ids.put(SEED.relativize(file).toString(), id);
        }
        return archive;
    }

    public List<IndexableDocument> documents() {
        return List.copyOf(documents);
    }

    /** The id the seed file (relative to seed-content/) was given, or null for a file that is not there. */
    public Long idOf(String file) {
        return ids.get(file);
    }

    /** Every known-item search: query, file, caller ({@code public} or {@code staff}). */
    public static List<String[]> knownItems() throws IOException {
        return items(KNOWN_ITEMS);
    }

    /** Every cross-language known-item search: an English query, the Hindi file, caller. */
    public static List<String[]> crossLanguageItems() throws IOException {
        return items(CROSS_LANGUAGE_ITEMS);
    }

    private static List<String[]> items(Path table) throws IOException {
        try (Stream<String> lines = Files.lines(table, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\\|")).toList();
        }
    }

    /**
     * The English–Hindi dictionary the relevance tables are measured with. CI installs it; a machine without it
     * fails here, saying what to install, rather than measuring the glossary alone under the dictionary's name.
     */
    public static EnglishHindiDictionary dictionary() {
        return EnglishHindiDictionary.read(DICTIONARY).orElseThrow(() -> new IllegalStateException("The English-Hindi"
                + " dictionary is not at " + DICTIONARY + " (.index, .dict.dz): install the Debian package"
                + " dict-freedict-eng-hin (apt-get install dict-freedict-eng-hin; .ci/run installs it)"));
    }
}
