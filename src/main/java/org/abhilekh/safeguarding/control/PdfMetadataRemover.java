package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * PDF, with Apache PDFBox. The copy:
 * <ul>
 * <li>keeps of the document information dictionary only the Title; Author, Subject, Keywords, Creator, Producer,
 *     the dates, Trapped and any custom entry go (the producing program and dates say little, but nothing needs
 *     them);</li>
 * <li>loses the XMP metadata stream of the document, of its pages and of its images and forms, and the private
 *     application data ({@code /PieceInfo}) of the document and its pages;</li>
 * <li>loses every review annotation, those that carry an author ({@code /T}) and a note: the markup annotations
 *     (Text, FreeText, Highlight, Underline, Squiggly, StrikeOut, Caret, Ink, Stamp, Line, Square, Circle, Polygon,
 *     PolyLine, FileAttachment, Sound, Redact) and their Popups. Links and form fields stay. Page content streams are
 *     not touched, so the pages show the same text and pictures;</li>
 * <li>has the EXIF, XMP, IPTC and comments taken out of the JPEG images on its pages (stored as DCTDecode, a JPEG
 *     file whole), by {@link JpegMetadataRemover}, which keeps them pixel-identical;</li>
 * <li>is written whole, never as an incremental update, and without object streams: earlier revisions (with the
 *     author an incremental update replaced) and objects nothing refers to any more are not carried over, and the
 *     copy can be checked with a text search;</li>
 * <li>when the original is encrypted but opens without a password (permission restrictions only), is written
 *     without encryption; that is noted as removed. A PDF that needs a password to open is refused.</li>
 * </ul>
 * Attached files ({@code /EmbeddedFiles}) are copied as they are and reported as left.
 */
final class PdfMetadataRemover implements MetadataRemover {

    /** Annotation subtypes that are review comments, each with an author and a note. */
    private static final Set<String> COMMENTS = Set.of("Text", "FreeText", "Highlight", "Underline", "Squiggly",
            "StrikeOut", "Caret", "Ink", "Stamp", "Line", "Square", "Circle", "Polygon", "PolyLine", "FileAttachment",
            "Sound", "Redact", "Popup");
    private static final COSName PIECE_INFO = COSName.getPDFName("PieceInfo");

    @Override
    public void copy(Original original, OutputStream target, RemovalReport findings) throws IOException {
        try (PDDocument document = Loader.loadPDF(original.file().toFile())) {
            if (document.isEncrypted()) {
                document.setAllSecurityToBeRemoved(true);
                findings.removed("PDF encryption (permission restrictions)");
            }
            cleanInformation(document, findings);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            removeEntry(catalog.getCOSObject(), COSName.METADATA, "PDF XMP metadata", findings);
            removeEntry(catalog.getCOSObject(), PIECE_INFO, "PDF private application data", findings);
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : document.getPages()) {
                removeEntry(page.getCOSObject(), COSName.METADATA, "PDF page XMP metadata", findings);
                removeEntry(page.getCOSObject(), PIECE_INFO, "PDF private application data", findings);
                removeComments(page, findings);
                cleanXObjects(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), seen, findings);
            }
            PDDocumentNameDictionary names = catalog.getNames();
            if (names != null && names.getEmbeddedFiles() != null) {
                findings.left("PDF attached files (copied as they are)");
            }
            document.save(CloseShieldOutputStream.wrap(target), CompressParameters.NO_COMPRESSION);
        }
    }

    private static void cleanInformation(PDDocument document, RemovalReport findings) {
        PDDocumentInformation information = document.getDocumentInformation();
        for (COSName key : information.getCOSObject().keySet()) {
            if (!key.equals(COSName.TITLE)) {
                findings.removed("PDF info " + key.getName());
            }
        }
        PDDocumentInformation kept = new PDDocumentInformation();
        kept.setTitle(information.getTitle());
        document.setDocumentInformation(kept);
    }

    private static void removeComments(PDPage page, RemovalReport findings) throws IOException {
        List<PDAnnotation> annotations = page.getAnnotations();
        List<PDAnnotation> kept = new ArrayList<>();
        for (PDAnnotation annotation : annotations) {
            String subtype = annotation.getSubtype();
            if (subtype != null && COMMENTS.contains(subtype)) {
                findings.removed("PDF annotation " + subtype);
            } else {
                kept.add(annotation);
            }
        }
        if (kept.size() != annotations.size()) {
            if (kept.isEmpty()) {
                page.getCOSObject().removeItem(COSName.ANNOTS);
            } else {
                page.setAnnotations(kept);
            }
        }
    }

    /** Image and form XObjects of a resource dictionary, forms followed into their own resources, each once. */
    private static void cleanXObjects(COSDictionary resources, Set<COSBase> seen, RemovalReport findings)
            throws IOException {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        COSDictionary xObjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xObjects == null) {
            return;
        }
        for (COSName name : xObjects.keySet()) {
            if (!(xObjects.getDictionaryObject(name) instanceof COSStream stream) || !seen.add(stream)) {
                continue;
            }
            COSName subtype = stream.getCOSName(COSName.SUBTYPE);
            if (COSName.IMAGE.equals(subtype)) {
                removeEntry(stream, COSName.METADATA, "PDF image XMP metadata", findings);
                if (isJpeg(stream)) {
                    cleanJpeg(stream, findings);
                }
            } else if (COSName.FORM.equals(subtype)) {
                removeEntry(stream, COSName.METADATA, "PDF form XMP metadata", findings);
                removeEntry(stream, PIECE_INFO, "PDF private application data", findings);
                cleanXObjects(stream.getCOSDictionary(COSName.RESOURCES), seen, findings);
            }
        }
    }

    /** Whether the stream is a JPEG file as it is: DCTDecode its only filter. */
    private static boolean isJpeg(COSStream stream) {
        COSBase filters = stream.getFilters();
        return COSName.DCT_DECODE.equals(filters)
                || filters instanceof COSArray array && array.size() == 1 && COSName.DCT_DECODE.equals(array.getObject(0));
    }

    private static void cleanJpeg(COSStream stream, RemovalReport findings) throws IOException {
        byte[] jpeg;
        try (InputStream in = stream.createRawInputStream()) {
            jpeg = in.readAllBytes();
        }
        RemovalReport image = new RemovalReport();
        byte[] cleaned;
        try {
            cleaned = JpegMetadataRemover.clean(jpeg, image);
        } catch (IOException e) {
            findings.left("PDF image that is not a readable JPEG (copied as it is)");
            return;
        }
        if (image.anythingRemoved()) {
            image.result().removed().forEach(field -> findings.removed("PDF image " + field));
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(cleaned);
            }
        }
    }

    private static void removeEntry(COSDictionary dictionary, COSName key, String what, RemovalReport findings) {
        if (dictionary.containsKey(key)) {
            dictionary.removeItem(key);
            findings.removed(what);
        }
    }
}
