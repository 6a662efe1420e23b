package org.abhilekh.safeguarding.control;

import java.nio.file.Path;
import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/** One scanner on the shipped configuration for the detector tests, and the matched text of its findings. */
final class SafeguardingScannerFixture {

    static final SafeguardingScanner SCANNER = new SafeguardingScanner(Path.of("index-config"));

    private SafeguardingScannerFixture() {
    }

    /** The matched passages of the findings of one kind in a text. */
    static List<String> found(String text, String kind) {
        return SCANNER.scanText(text, "text").stream()
                .filter(finding -> finding.kind().equals(kind))
                .map(finding -> text.substring(finding.start(), finding.end()))
                .toList();
    }
}
