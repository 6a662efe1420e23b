package org.abhilekh.presskit.entity;

import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * What the safeguarding checks found in one of a kit's own files and in what the kit says about it.
 *
 * @param number  the item's place in the kit as staff see it, from 1
 * @param cleaned whether the public downloads the file without its hidden metadata
 */
public record ItemFindings(Long itemId, int number, String title, boolean cleaned, List<Finding> findings) {

    /** The findings as a kit's reviewer reads them, naming the item by its number: "item 2: caption". */
    public List<Finding> labelled() {
        return labelled(number, findings);
    }

    public static List<Finding> labelled(int number, List<Finding> findings) {
        return findings.stream().map(finding -> new Finding(finding.kind(), finding.excerpt(), "item " + number + ": " + finding.where(),
                finding.start(), finding.end(), finding.match(), finding.name())).toList();
    }
}
