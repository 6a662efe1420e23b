package org.abhilekh.presskit.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abhilekh.presskit.entity.AssetDescription;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * Which words of a kit the safeguarding checks read, and which findings are new since a published kit was last saved.
 * The checks themselves are the safeguarding feature's.
 */
public final class KitChecks {

    /** Where a finding in a kit file's own text says it is. */
    public static final String FILE_TEXT = "file text";

    private KitChecks() {
    }

    /** A kit's own words: what the press room, the kit page and the README show above its files. */
    public static Map<String, String> kitTexts(String title, String summary) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", title);
        texts.put("summary", summary);
        return texts;
    }

    /** What the kit says about one of its own files: shown on the kit page and written into the README. */
    public static Map<String, String> assetTexts(AssetDescription description) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", description.title());
        texts.put("caption", description.caption());
        texts.put("credit", description.credit());
        return texts;
    }

    /** The findings in {@code now} that {@code before} did not have, compared by what they found rather than by the words around it. */
    public static List<Finding> newOnes(List<Finding> now, List<Finding> before) {
        List<String> known = before.stream().map(Finding::what).toList();
        return now.stream().filter(finding -> !known.contains(finding.what())).toList();
    }

    /** The 409's detail when a kit would publish findings nobody reviewed. */
    /** The metadata that travels unseen with a file; a text or HTML file hides nothing (its head is read as text). */
    public static Map<String, List<String>> hiddenMetadata(String mediaType, Map<String, List<String>> metadata) {
        return mediaType != null && mediaType.toLowerCase(java.util.Locale.ROOT).startsWith("text/") ? Map.of() : metadata;
    }

    public static String holdReason(int count) {
        return "The safeguarding checks found " + count + " passage(s) in this kit that may identify a child or reach or locate a"
                + " person (listed under \"safeguarding\"). Change them, or, having reviewed them, send the request again with"
                + " \"safeguardingReviewed\": true (editors only).";
    }
}
