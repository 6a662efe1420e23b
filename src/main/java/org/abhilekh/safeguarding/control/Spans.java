package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * Character spans found by a detector, merged where they overlap and turned into findings. A span is {start, end}, or
 * {start, end, nameStart, nameEnd} when it names a person; merged spans keep the first one's name.
 */
final class Spans {

    private Spans() {
    }

    static List<Finding> findings(String text, List<int[]> spans, String kind, String where) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt((int[] span) -> span[0]).thenComparingInt(span -> span[1]));
        List<Finding> findings = new ArrayList<>();
        int[] current = null;
        for (int[] span : sorted) {
            if (current != null && span[0] < current[1]) {
                current[1] = Math.max(current[1], span[1]);
                continue;
            }
            if (current != null) {
                findings.add(finding(text, current, kind, where));
            }
            current = span.clone();
        }
        if (current != null) {
            findings.add(finding(text, current, kind, where));
        }
        return findings;
    }

    private static Finding finding(String text, int[] span, String kind, String where) {
        Finding finding = new Finding(kind, Excerpts.around(text, span[0], span[1]), where, span[0], span[1]);
        return span.length == 4 ? finding.withName(text.substring(span[2], span[3])) : finding;
    }
}
