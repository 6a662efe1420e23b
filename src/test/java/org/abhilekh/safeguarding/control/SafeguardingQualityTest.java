package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance measure of the detectors on the hand-written test set: recall on must-find.tsv (a passage
 * is found when a finding of its kind overlaps its marked part) and false alarms on must-not-find.tsv
 * (any finding at all).
 */
class SafeguardingQualityTest {

    private static final double REQUIRED_RECALL = 0.95;
    private static final Set<String> TEXT_KINDS = Set.of(Finding.CHILD_IDENTITY, Finding.PHONE_NUMBER,
            Finding.AADHAAR_NUMBER, Finding.EMAIL_ADDRESS, Finding.EXACT_ADDRESS);

    private static SafeguardingScanner scanner;

    @BeforeAll
    static void load() {
        scanner = new SafeguardingScanner(Path.of("index-config"));
    }

    @Test
    void recallOnMustFindIsAtLeastNinetyFivePercent() {
        List<SafeguardingTestSet> rows = SafeguardingTestSet.read("/safeguarding/must-find.tsv");
        assertTrue(rows.size() >= 45, "must-find.tsv needs at least 45 passages");
        List<String> missed = new ArrayList<>();
        for (SafeguardingTestSet row : rows) {
            assertTrue(TEXT_KINDS.contains(row.label()), "must-find.tsv:" + row.line() + " has an unknown kind " + row.label());
            assertTrue(row.markStart() >= 0, "must-find.tsv:" + row.line() + " marks no part with [[ ]]");
            boolean found = scanner.scanText(row.passage(), "text").stream()
                    .anyMatch(f -> f.kind().equals(row.label()) && f.overlaps(row.markStart(), row.markEnd()));
            if (!found) {
                missed.add(row.label() + ": " + row.passage());
            }
        }
        double recall = (rows.size() - missed.size()) / (double) rows.size();
        System.out.printf("Safeguarding recall on must-find: %.3f (%d of %d)%n", recall, rows.size() - missed.size(), rows.size());
        assertTrue(recall >= REQUIRED_RECALL, "recall " + recall + "; missed:\n" + String.join("\n", missed));
    }

    @Test
    void noFalseAlarmOnMustNotFind() {
        List<SafeguardingTestSet> rows = SafeguardingTestSet.read("/safeguarding/must-not-find.tsv");
        assertTrue(rows.size() >= 45, "must-not-find.tsv needs at least 45 passages");
        List<String> alarms = new ArrayList<>();
        for (SafeguardingTestSet row : rows) {
            for (Finding finding : scanner.scanText(row.passage(), "text")) {
                alarms.add(finding.kind() + " '" + row.passage().substring(finding.start(), finding.end()) + "' in: " + row.passage());
            }
        }
        System.out.printf("Safeguarding false alarms on must-not-find: %d in %d passages%n", alarms.size(), rows.size());
        assertEquals(List.of(), alarms);
    }
}
