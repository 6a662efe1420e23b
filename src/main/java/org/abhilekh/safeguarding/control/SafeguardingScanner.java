package org.abhilekh.safeguarding.control;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * Finds what the archive must never publish: a child's identity, phone numbers, Aadhaar numbers, private
 * e-mail addresses and exact addresses in English and Hindi text, and places and persons in a file's
 * metadata. Built once from the configuration folder ({@code index-config/}, whose {@code safeguarding/}
 * holds the word lists); thread-safe afterwards.
 */
public final class SafeguardingScanner {

    /** The folder under the configuration folder that holds the word lists. */
    public static final String FOLDER = "safeguarding";

    private final List<TextDetector> textDetectors;
    private final FileMetadataDetector metadataDetector;

    /**
     * Reads the word lists of {@code configFolder/safeguarding/}.
     *
     * @throws IllegalStateException naming the file, when a list is missing or malformed
     */
    public SafeguardingScanner(Path configFolder) {
        Path folder = configFolder.resolve(FOLDER);
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        KnownContacts known = new KnownContacts(folder, phones);
        ChildIdentityWords childWords = new ChildIdentityWords(folder);
        this.textDetectors = List.of(
                new ChildIdentityDetector(childWords),
                new PhoneNumberDetector(phones, known),
                new AadhaarDetector(),
                new EmailDetector(known),
                new AddressDetector(folder, new PersonNames(childWords)));
        this.metadataDetector = new FileMetadataDetector(new MetadataFields(folder));
    }

    /**
     * The findings in a text, in the order they occur.
     *
     * @param text  the text to scan (English, Hindi or both); null is scanned as empty
     * @param where the source to name in each finding ("text", "title", "description", "comment"...)
     */
    public List<Finding> scanText(String text, String where) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        ScannedText scanned = new ScannedText(text);
        List<Finding> findings = new ArrayList<>();
        for (TextDetector detector : textDetectors) {
            findings.addAll(detector.find(scanned, where));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return List.copyOf(findings);
    }

    /**
     * The findings in a file's metadata: at most one {@code location-in-file} (the GPS position), then one
     * {@code person-in-file-metadata} per distinct person value.
     *
     * @param metadata field names as Apache Tika 3 reports them ({@code GPS:GPS Latitude}, {@code dc:creator},
     *                 {@code meta:last-author}...) with their values
     */
    public List<Finding> scanMetadata(Map<String, List<String>> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return List.of();
        }
        return List.copyOf(metadataDetector.find(metadata));
    }
}
