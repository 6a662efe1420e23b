package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.HPSFException;
import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Legacy binary Office files (Word 97-2003 {@code .doc}, Excel {@code .xls}, PowerPoint {@code .ppt}), with Apache
 * POI's POIFS and HPSF. The compound file is copied stream by stream into a new one, so sectors the old streams left
 * behind are not carried over, and the two property streams of the document, and of every object embedded in it,
 * are written again without:
 * <ul>
 * <li>summary information: Author, LastAuthor, Comments, Keywords, Template and the Thumbnail; Title, Subject, the
 *     application name, dates and counts stay;</li>
 * <li>document summary information: Company, Manager and Category, and all custom properties.</li>
 * </ul>
 * The document body is not parsed: a Word body keeps its comments, tracked changes and the list of the last people
 * who saved it with their file paths; an Excel workbook its cell notes; a presentation its comments. That is reported
 * as left for every such file, since it is not checked. The new compound file is built in memory, as large as the
 * original.
 */
final class LegacyOfficeMetadataRemover implements MetadataRemover {

    @Override
    public void copy(Original original, OutputStream target, RemovalReport findings) throws IOException {
        try (POIFSFileSystem source = new POIFSFileSystem(original.file().toFile(), true);
                POIFSFileSystem copy = new POIFSFileSystem()) {
            copyDirectory(source.getRoot(), copy.getRoot(), findings);
            noteBody(source.getRoot(), findings);
            copy.writeFilesystem(CloseShieldOutputStream.wrap(target));
        } catch (RuntimeException e) {
            throw new IOException("Not a readable legacy Office file: " + e.getMessage(), e);
        }
    }

    private static void copyDirectory(DirectoryEntry from, DirectoryEntry to, RemovalReport findings) throws IOException {
        to.setStorageClsid(from.getStorageClsid());
        PropertySet summary = read(from, SummaryInformation.DEFAULT_STREAM_NAME, findings);
        PropertySet documentSummary = read(from, DocumentSummaryInformation.DEFAULT_STREAM_NAME, findings);
        for (Entry entry : from) {
            String name = entry.getName();
            if (entry instanceof DirectoryEntry directory) {
                copyDirectory(directory, to.createDirectory(name), findings.within(name + "/"));
            } else if (!(name.equals(SummaryInformation.DEFAULT_STREAM_NAME) && summary != null
                    || name.equals(DocumentSummaryInformation.DEFAULT_STREAM_NAME) && documentSummary != null)) {
                try (DocumentInputStream in = new DocumentInputStream((DocumentEntry) entry)) {
                    to.createDocument(name, in);
                }
            }
        }
        if (summary instanceof SummaryInformation information) {
            clean(information, findings);
        }
        if (documentSummary instanceof DocumentSummaryInformation information) {
            clean(information, findings);
        }
        if (summary != null) {
            write(summary, to, SummaryInformation.DEFAULT_STREAM_NAME);
        }
        if (documentSummary != null) {
            write(documentSummary, to, DocumentSummaryInformation.DEFAULT_STREAM_NAME);
        }
    }

    private static void clean(SummaryInformation summary, RemovalReport findings) {
        remove("summary Author", summary::getAuthor, summary::removeAuthor, findings);
        remove("summary LastAuthor", summary::getLastAuthor, summary::removeLastAuthor, findings);
        remove("summary Comments", summary::getComments, summary::removeComments, findings);
        remove("summary Keywords", summary::getKeywords, summary::removeKeywords, findings);
        remove("summary Template", summary::getTemplate, summary::removeTemplate, findings);
        remove("summary Thumbnail", summary::getThumbnail, summary::removeThumbnail, findings);
    }

    private static void clean(DocumentSummaryInformation summary, RemovalReport findings) {
        remove("document summary Company", summary::getCompany, summary::removeCompany, findings);
        remove("document summary Manager", summary::getManager, summary::removeManager, findings);
        remove("document summary Category", summary::getCategory, summary::removeCategory, findings);
        CustomProperties custom = summary.getCustomProperties();
        if (custom != null && !custom.isEmpty()) {
            custom.nameSet().forEach(name -> findings.removed("custom " + name));
            summary.removeCustomProperties();
        }
    }

    private static PropertySet read(DirectoryEntry root, String stream, RemovalReport findings) throws IOException {
        if (!root.hasEntry(stream)) {
            return null;
        }
        try {
            return PropertySetFactory.create(root, stream);
        } catch (HPSFException | RuntimeException e) {
            findings.left("property stream " + stream.substring(1) + " (unreadable, copied as it is)");
            return null;
        }
    }

    private static void write(PropertySet properties, DirectoryEntry root, String stream) throws IOException {
        try {
            properties.write(root, stream);
        } catch (HPSFException e) {
            throw new IOException("Could not write the property stream " + stream.substring(1), e);
        }
    }

    private static void remove(String name, Supplier<Object> value, Runnable remove, RemovalReport findings) {
        if (value.get() != null) {
            remove.run();
            findings.removed(name);
        }
    }

    private static void noteBody(DirectoryEntry root, RemovalReport findings) {
        if (root.hasEntry("WordDocument")) {
            findings.left("Word body not checked: comments, tracked changes, the saved-by list with file paths");
        }
        if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
            findings.left("Excel body not checked: cell notes");
        }
        if (root.hasEntry("PowerPoint Document")) {
            findings.left("PowerPoint body not checked: comments");
        }
    }
}
