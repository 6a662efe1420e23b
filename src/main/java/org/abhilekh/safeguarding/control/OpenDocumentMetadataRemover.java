package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * OpenDocument (text, spreadsheet, presentation). The package is a ZIP; it is copied entry by entry with Commons
 * Compress, each unchanged entry as its stored bytes (so {@code mimetype} stays first and uncompressed). Changed:
 * <ul>
 * <li>{@code meta.xml}: initial-creator, creator, printed-by, description, keywords, the template reference and the
 *     user-defined fields go; title, subject, language, generator, dates and statistics stay;</li>
 * <li>{@code content.xml} and {@code styles.xml}: comments ({@code office:annotation}, with their author and date,
 *     and {@code office:annotation-end}) go; tracked changes stay with their authors and are reported as left;</li>
 * <li>JPEG and PNG pictures lose their metadata as photos do.</li>
 * </ul>
 * Hand-written over a ZIP because no OpenDocument library is on the class path; the XML itself is filtered with the
 * JDK's StAX ({@link XmlPartFilter}). An encrypted document cannot be read and is refused.
 */
final class OpenDocumentMetadataRemover implements MetadataRemover {

    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final XmlPartFilter META_FILTER = new XmlPartFilter(Set.of(new QName(META, "initial-creator"),
            new QName(DC, "creator"), new QName(META, "printed-by"), new QName(DC, "description"),
            new QName(META, "keyword"), new QName(META, "template"), new QName(META, "user-defined")),
            Map.of(), Map.of());
    private static final XmlPartFilter CONTENT_FILTER = new XmlPartFilter(
            Set.of(new QName(OFFICE, "annotation"), new QName(OFFICE, "annotation-end")), Map.of(),
            Map.of(new QName(TEXT, "tracked-changes"), "OpenDocument tracked changes (with their authors)"));
    private static final Set<String> CONTENT_PARTS = Set.of("content.xml", "styles.xml");

    @Override
    public void copy(Original original, OutputStream target, RemovalReport findings) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(original.file()).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(target))) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                byte[] changed = entry.isDirectory() ? null : clean(zip, entry, findings);
                if (changed == null) {
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        out.addRawArchiveEntry(entry, raw);
                    }
                } else {
                    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                    copy.setMethod(ZipArchiveEntry.DEFLATED);
                    copy.setTime(entry.getTime());
                    out.putArchiveEntry(copy);
                    out.write(changed);
                    out.closeArchiveEntry();
                }
            }
            out.finish();
        }
    }

    /** The entry's new content, or null when it stays as it is. */
    private static byte[] clean(ZipFile zip, ZipArchiveEntry entry, RemovalReport findings) throws IOException {
        String name = entry.getName();
        if (name.equals("meta.xml")) {
            return filter(zip, entry, META_FILTER, findings);
        }
        if (CONTENT_PARTS.contains(name)) {
            return filter(zip, entry, CONTENT_FILTER, findings);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean jpeg = lower.endsWith(".jpg") || lower.endsWith(".jpeg");
        if (!jpeg && !lower.endsWith(".png")) {
            return null;
        }
        byte[] image;
        try (InputStream in = zip.getInputStream(entry)) {
            image = in.readAllBytes();
        }
        RemovalReport check = new RemovalReport();
        byte[] cleaned;
        try {
            cleaned = EmbeddedImage.clean(image, jpeg, check);
        } catch (IOException e) {
            findings.left("image " + name + ": not a readable image (copied as it is)");
            return null;
        }
        if (!check.anythingRemoved()) {
            return null;
        }
        RemovalReport inImage = findings.within("image " + name + ": ");
        check.result().removed().forEach(inImage::removed);
        return cleaned;
    }

    private static byte[] filter(ZipFile zip, ZipArchiveEntry entry, XmlPartFilter filter, RemovalReport findings)
            throws IOException {
        XmlPartFilter.Outcome outcome;
        try (InputStream in = zip.getInputStream(entry)) {
            outcome = filter.filter(in);
        }
        outcome.notes().forEach(findings::left);
        outcome.removed().forEach(findings::removed);
        return outcome.changed() ? outcome.filtered() : null;
    }
}
