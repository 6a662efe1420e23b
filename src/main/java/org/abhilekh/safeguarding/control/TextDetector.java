package org.abhilekh.safeguarding.control;

import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/** Finds one kind of sensitive passage in a text. */
interface TextDetector {

    /** The findings in {@code text}, each naming {@code where} as its source. */
    List<Finding> find(ScannedText text, String where);
}
