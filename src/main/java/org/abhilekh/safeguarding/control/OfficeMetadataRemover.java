package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Office Open XML (Word, Excel and PowerPoint files, macro-enabled ones too), with Apache POI's package API. The copy
 * has the same parts with the same content, except:
 * <ul>
 * <li>core properties: creator, lastModifiedBy, description (Office calls it Comments), keywords (Tags), category,
 *     contentStatus and lastPrinted go; title, subject, language, revision and the created and modified dates
 *     stay;</li>
 * <li>extended properties: Company, Manager, HyperlinkBase and Template (which can be a path with a user name) go;
 *     the application name, page and word counts stay;</li>
 * <li>custom properties: all go;</li>
 * <li>Word: comments, with their authors and the people list, go ({@link WordReviewRemover}), and tracked changes
 *     are left but their authors are renamed {@code Author}, as Word's own "remove personal information" does;</li>
 * <li>PowerPoint: classic comments and their authors' list go ({@link PresentationCommentRemover});</li>
 * <li>JPEG and PNG images inside the package (pictures, the thumbnail) lose their metadata as photos do.</li>
 * </ul>
 * Excel comments (notes and threaded comments) and PowerPoint's modern comments are not removed: they are tied to
 * drawing and slide markup that would have to be rewritten as well. They are reported as left, and so are Word's
 * tracked changes.
 *
 * <p>POI opens a package for writing only from a file it may change, so the original is first copied to a temporary
 * file; parts that are not changed are copied from it to the new package as they were.
 */
final class OfficeMetadataRemover implements MetadataRemover {

    private static final Map<String, String> COMMENTS_LEFT = Map.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "comments",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/comments", "comments",
            "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "threaded comments",
            "http://schemas.microsoft.com/office/2017/10/relationships/person", "threaded comments' authors",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/commentAuthors", "comment authors",
            "http://schemas.microsoft.com/office/2018/10/relationships/comments", "modern comments",
            "http://schemas.microsoft.com/office/2018/10/relationships/authors", "modern comments' authors");

    @Override
    public void copy(Original original, OutputStream target, RemovalReport findings) throws IOException {
        Path writable = original.writableCopy();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(writable.toFile(), PackageAccess.READ_WRITE);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("Not a readable Office Open XML file: " + e.getMessage(), e);
        }
        try {
            cleanCoreProperties((PackagePropertiesPart) pkg.getPackageProperties(), findings);
            cleanExtendedAndCustomProperties(pkg, findings);
            new WordReviewRemover(pkg).clean(findings);
            PresentationCommentRemover.clean(pkg, findings);
            for (PackagePart part : pkg.getParts()) {
                if (part.isRelationshipPart()) {
                    continue;
                }
                cleanImage(part, findings);
                for (PackageRelationship relationship : part.getRelationships()) {
                    String comments = COMMENTS_LEFT.get(relationship.getRelationshipType());
                    if (comments != null) {
                        findings.left(comments + " (" + part.getPartName().getName() + ")");
                    }
                }
            }
            pkg.save(CloseShieldOutputStream.wrap(target));
        } catch (OpenXML4JException | XmlException | RuntimeException e) {
            throw new IOException("Could not clean the Office Open XML file: " + e.getMessage(), e);
        } finally {
            pkg.revert();
        }
    }

    private static void cleanCoreProperties(PackagePropertiesPart core, RemovalReport findings) {
        clear("dc:creator", core::getCreatorProperty, core::setCreatorProperty, findings);
        clear("cp:lastModifiedBy", core::getLastModifiedByProperty, core::setLastModifiedByProperty, findings);
        clear("dc:description", core::getDescriptionProperty, core::setDescriptionProperty, findings);
        clear("cp:keywords", core::getKeywordsProperty, core::setKeywordsProperty, findings);
        clear("cp:category", core::getCategoryProperty, core::setCategoryProperty, findings);
        clear("cp:contentStatus", core::getContentStatusProperty, core::setContentStatusProperty, findings);
        clear("cp:lastPrinted", core::getLastPrintedProperty, core::setLastPrintedProperty, findings);
    }

    private static <T> void clear(String name, Supplier<Optional<T>> value, Consumer<Optional<T>> set,
            RemovalReport findings) {
        if (value.get().isPresent()) {
            set.accept(Optional.empty());
            findings.removed(name);
        }
    }

    private static void cleanExtendedAndCustomProperties(OPCPackage pkg, RemovalReport findings)
            throws IOException, OpenXML4JException, XmlException {
        POIXMLProperties properties = new POIXMLProperties(pkg);
        boolean changed = false;
        var extended = properties.getExtendedProperties().getUnderlyingProperties();
        if (extended.isSetCompany()) {
            extended.unsetCompany();
            findings.removed("extended Company");
            changed = true;
        }
        if (extended.isSetManager()) {
            extended.unsetManager();
            findings.removed("extended Manager");
            changed = true;
        }
        if (extended.isSetHyperlinkBase()) {
            extended.unsetHyperlinkBase();
            findings.removed("extended HyperlinkBase");
            changed = true;
        }
        if (extended.isSetTemplate()) {
            extended.unsetTemplate();
            findings.removed("extended Template");
            changed = true;
        }
        var custom = properties.getCustomProperties().getUnderlyingProperties();
        if (custom.sizeOfPropertyArray() > 0) {
            for (CTProperty property : custom.getPropertyArray()) {
                findings.removed("custom " + property.getName());
            }
            custom.setPropertyArray(new CTProperty[0]);
            changed = true;
        }
        if (changed) {
            properties.commit();
        }
    }

    private static void cleanImage(PackagePart part, RemovalReport findings) throws IOException {
        String type = part.getContentType();
        boolean jpeg = type.equals("image/jpeg");
        if (!jpeg && !type.equals("image/png")) {
            return;
        }
        byte[] image;
        try (InputStream in = part.getInputStream()) {
            image = in.readAllBytes();
        }
        RemovalReport inImage = findings.within("image " + part.getPartName().getName() + ": ");
        RemovalReport check = new RemovalReport();
        byte[] cleaned;
        try {
            cleaned = EmbeddedImage.clean(image, jpeg, check);
        } catch (IOException e) {
            inImage.left("not a readable image (copied as it is)");
            return;
        }
        if (check.anythingRemoved()) {
            check.result().removed().forEach(inImage::removed);
            try (OutputStream out = part.getOutputStream()) {
                out.write(cleaned);
            }
        }
    }
}
