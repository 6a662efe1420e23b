package org.abhilekh.safeguarding.control;

import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * PowerPoint's classic comments: each slide's comments part and the presentation's list of comment authors. Nothing in
 * the slide markup points at them (only relationships do), so they go with their relationships. The modern comments
 * of PowerPoint 365 are anchored in the slide markup as well and are left (reported by the caller).
 */
final class PresentationCommentRemover {

    private static final String SLIDE = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml";
    private static final Set<String> PRESENTATION = Set.of(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml");
    private static final Set<String> COMMENTS = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/comments");
    private static final Set<String> AUTHORS = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/commentAuthors",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/commentAuthors");

    private PresentationCommentRemover() {
    }

    static void clean(OPCPackage pkg, RemovalReport findings) throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            if (part.isRelationshipPart()) {
                continue;
            }
            if (part.getContentType().equals(SLIDE)) {
                RelatedParts.remove(pkg, part, COMMENTS, "PowerPoint", findings);
            } else if (PRESENTATION.contains(part.getContentType())) {
                RelatedParts.remove(pkg, part, AUTHORS, "PowerPoint", findings);
            }
        }
    }
}
