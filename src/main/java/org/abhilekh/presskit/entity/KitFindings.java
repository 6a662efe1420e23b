package org.abhilekh.presskit.entity;

import java.util.ArrayList;
import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * What the safeguarding checks found in a kit, for staff: in its title and summary ({@code kit}), in each of its own
 * files ({@code items}, only those with findings), and of all that, what holds it back from publication until an
 * editor has reviewed it ({@code holding}: hidden metadata the public copy leaves out does not). Archive documents in
 * the kit are not here: the archive checks and holds them itself.
 */
public record KitFindings(List<Finding> kit, List<ItemFindings> items, List<Finding> holding) {

    public boolean isEmpty() {
        return kit.isEmpty() && items.isEmpty();
    }

    /** Every finding, those in items named by the item's number ("item 2: caption"). */
    public List<Finding> all() {
        List<Finding> all = new ArrayList<>(kit);
        items.forEach(item -> all.addAll(item.labelled()));
        return all;
    }
}
