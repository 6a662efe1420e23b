package org.abhilekh.safeguarding.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.abhilekh.platform.control.BundledFolder;
import org.abhilekh.safeguarding.control.SafeguardingScanner;
import org.abhilekh.safeguarding.entity.Finding;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The safeguarding checks, for every feature that puts something in front of the public: what in a text, a
 * description or a file's hidden metadata could identify a child, reach a family or locate a shelter. The word
 * lists and the organisation's own contacts are data in {@code index-config/safeguarding/}.
 */
@ApplicationScoped
public class Safeguarding {

    @Inject
    @ConfigProperty(name = "abhilekh.index-config.dir")
    Optional<String> indexConfigDir;

    private SafeguardingScanner scanner;

    @PostConstruct
    void readConfiguration() {
        scanner = new SafeguardingScanner(BundledFolder.resolve(indexConfigDir, "index-config", "fields.json"));
    }

    /** Findings in one text; {@code where} names it for the person reviewing ("text", "comment", "post body"...). */
    public List<Finding> inText(String text, String where) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return scanner.scanText(text, where).stream()
                .map(finding -> finding.start() >= 0 && finding.end() <= text.length() && finding.start() < finding.end()
                        ? finding.withMatch(text.substring(finding.start(), finding.end())) : finding)
                .toList();
    }

    /** Findings in named texts (a description's fields, a post's title and body), each named by its key. */
    public List<Finding> inTexts(Map<String, String> texts) {
        List<Finding> found = new ArrayList<>();
        texts.forEach((where, text) -> found.addAll(inText(text, where)));
        return found;
    }

    /** Findings in a file's metadata as Tika read it (GPS position, author, company, camera owner...). */
    public List<Finding> inFileMetadata(Map<String, List<String>> metadata) {
        return metadata == null || metadata.isEmpty() ? List.of() : scanner.scanMetadata(metadata);
    }
}
