package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written test passages of {@code src/test/resources/safeguarding/}: one a line, a first column
 * (the expected kind, or what the passage is about), a tab, the passage; [[ and ]] mark the sensitive part,
 * and \n stands for a line break (text extracted from files breaks its lines).
 */
record SafeguardingTestSet(String label, String passage, int markStart, int markEnd, int line) {

    static List<SafeguardingTestSet> read(String resource) {
        List<SafeguardingTestSet> rows = new ArrayList<>();
        try (InputStream in = SafeguardingTestSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int number = 1; number <= lines.length; number++) {
                String line = lines[number - 1].stripTrailing();
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + ":" + number + " has no tab");
                }
                String text = line.substring(tab + 1).replace("\\n", "\n");
                int open = text.indexOf("[[");
                int close = text.indexOf("]]");
                if (open < 0 || close < open) {
                    rows.add(new SafeguardingTestSet(line.substring(0, tab), text, -1, -1, number));
                } else {
                    String passage = text.substring(0, open) + text.substring(open + 2, close) + text.substring(close + 2);
                    rows.add(new SafeguardingTestSet(line.substring(0, tab), passage, open, close - 2, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
