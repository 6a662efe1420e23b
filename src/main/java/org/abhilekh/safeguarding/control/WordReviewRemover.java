package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * The review traces in a Word package: comments (the comments part, its extended, id and extensible companions, and
 * the people part that lists the reviewers) are removed with their anchors in the text ({@code commentRangeStart},
 * {@code commentRangeEnd}, {@code commentReference}); tracked changes stay, since accepting or rejecting them would
 * change the text, but every {@code w:author} becomes {@code Author}; the attached template's path goes. Only Word
 * parts are read and a part is written again only when something in it changed. Not a Word package: nothing happens.
 */
final class WordReviewRemover {

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WORD_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final Set<String> REVIEW_PARTS = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/comments",
            "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
            "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
            "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
            "http://schemas.microsoft.com/office/2011/relationships/people");
    private static final Set<String> ATTACHED_TEMPLATE = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/attachedTemplate");
    private static final String TRACKED_CHANGES = "Word tracked changes (their text stays, authors renamed 'Author')";
    private static final XmlPartFilter FILTER = new XmlPartFilter(
            names("commentRangeStart", "commentRangeEnd", "commentReference", "attachedTemplate"),
            Map.of(new QName(WORD, "author"), "Author", new QName(WORD_STRICT, "author"), "Author"),
            Stream.of("ins", "del", "moveFrom", "moveTo").flatMap(name -> names(name).stream())
                    .collect(Collectors.toMap(name -> name, name -> TRACKED_CHANGES)));

    private final OPCPackage pkg;

    WordReviewRemover(OPCPackage pkg) {
        this.pkg = pkg;
    }

    void clean(RemovalReport findings) throws IOException, InvalidFormatException {
        List<PackagePart> main = new ArrayList<>(pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT));
        main.addAll(pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT));
        if (main.isEmpty() || !isWord(main.get(0))) {
            return;
        }
        RelatedParts.remove(pkg, main.get(0), REVIEW_PARTS, "Word", findings);
        for (PackagePart part : pkg.getParts()) {
            if (!part.isRelationshipPart() && isWord(part)) {
                RelatedParts.remove(pkg, part, ATTACHED_TEMPLATE, "Word", findings);
                filter(part, findings);
            }
        }
    }

    private static void filter(PackagePart part, RemovalReport findings) throws IOException {
        XmlPartFilter.Outcome outcome;
        try (InputStream in = part.getInputStream()) {
            outcome = FILTER.filter(in);
        }
        outcome.notes().forEach(findings::left);
        if (outcome.changed()) {
            outcome.removed().forEach(name -> findings.removed("Word " + name));
            try (OutputStream out = part.getOutputStream()) {
                out.write(outcome.filtered());
            }
        }
    }

    private static boolean isWord(PackagePart part) {
        String type = part.getContentType();
        return type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.")
                || type.startsWith("application/vnd.ms-word.");
    }

    private static Set<QName> names(String... localNames) {
        return Stream.of(localNames)
                .flatMap(name -> Stream.of(new QName(WORD, name), new QName(WORD_STRICT, name)))
                .collect(Collectors.toSet());
    }
}
