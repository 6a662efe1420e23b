package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicCopyPdfTest {

    private static final String BODY = "Survey of brick works in Gumla district";
    private static final String TITLE = "Brick works survey";
    private static final String OFFICE = "Forum field office";

    @TempDir
    Path temp;

    @Test
    void reviewedPdfLosesAuthorXmpCommentsAndPhotoExifButKeepsTitleTextLinksAndPictures() throws IOException {
        Path original = Files.write(temp.resolve("survey.pdf"), reviewedPdf());
        byte[] before = Files.readAllBytes(original);
        assertTrue(latin1(before).contains(TestImages.PHOTOGRAPHER), "the original has the author in plain bytes");
        Path copy = temp.resolve("survey-public.pdf");

        PublicCopy.Result result = PublicCopy.write(original, "application/pdf", copy);

        assertArrayEquals(before, Files.readAllBytes(original), "the original is not changed");
        assertTrue(result.removed().containsAll(List.of("PDF info Author", "PDF info Creator", "PDF info Keywords",
                "PDF info Reviewer", "PDF XMP metadata", "PDF annotation Text", "PDF annotation Popup",
                "PDF annotation FreeText", "PDF image EXIF GPSLatitude", "PDF image XMP", "PDF image JPEG comment")),
                result.removed()::toString);
        assertEquals(List.of(), result.left());
        assertCleanCopyOf(before, Files.readAllBytes(copy));
    }

    @Test
    void incrementallyUpdatedPdfKeepsNoEarlierRevisionWithTheFirstAuthor() throws IOException {
        byte[] first = reviewedPdf();
        ByteArrayOutputStream updated = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(first)) {
            document.getDocumentInformation().setAuthor(OFFICE);
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(updated);
        }
        byte[] original = updated.toByteArray();
        String bytes = latin1(original);
        assertEquals(2, bytes.split("startxref").length - 1, "two revisions");
        assertTrue(bytes.contains(OFFICE) && bytes.contains(TestImages.PHOTOGRAPHER),
                "the update holds the new author, the revision before it the old one");
        try (PDDocument document = Loader.loadPDF(original)) {
            assertEquals(OFFICE, document.getDocumentInformation().getAuthor());
        }

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), "application/pdf", copy);

        assertTrue(result.removed().contains("PDF info Author"));
        assertFalse(latin1(copy.toByteArray()).contains(OFFICE));
        assertCleanCopyOf(original, copy.toByteArray());
    }

    @Test
    void pdfWithPermissionRestrictionsOnlyIsCopiedWithoutThem() throws IOException {
        ByteArrayOutputStream restricted = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(reviewedPdf())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            document.protect(new StandardProtectionPolicy("owner-secret", "", permissions));
            document.save(restricted);
        }

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(restricted.toByteArray()),
                "application/pdf", copy);

        assertTrue(result.removed().contains("PDF encryption (permission restrictions)"));
        assertTrue(result.removed().contains("PDF info Author"));
        try (PDDocument document = Loader.loadPDF(copy.toByteArray())) {
            assertFalse(document.isEncrypted());
            assertNull(document.getDocumentInformation().getAuthor());
            assertEquals(BODY, new PDFTextStripper().getText(document).strip());
        }
    }

    @Test
    void pdfThatNeedsAPasswordIsRefused() throws IOException {
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(reviewedPdf())) {
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            document.save(locked);
        }
        assertThrows(IOException.class, () -> PublicCopy.write(new ByteArrayInputStream(locked.toByteArray()),
                "application/pdf", new ByteArrayOutputStream()));
    }

    /** Read back with Tika and PDFBox: nothing hidden is left, the pages and pictures are the same. */
    private static void assertCleanCopyOf(byte[] original, byte[] copy) throws IOException {
        String bytes = latin1(copy);
        for (String secret : TestImages.SECRETS) {
            assertFalse(bytes.contains(secret), "the copy's bytes still contain '" + secret + "'");
        }
        TikaReading tika = TikaReading.of(copy);
        tika.assertSilentAbout(TestImages.SECRETS);
        assertFalse(tika.mentions(OFFICE));
        assertEquals(TITLE, tika.metadata().get("dc:title"));
        assertTrue(tika.text().contains(BODY), tika::text);
        try (PDDocument before = Loader.loadPDF(original); PDDocument after = Loader.loadPDF(copy)) {
            assertEquals(new PDFTextStripper().getText(before), new PDFTextStripper().getText(after));
            assertNull(after.getDocumentCatalog().getMetadata());
            PDDocumentInformation information = after.getDocumentInformation();
            assertEquals(List.of(COSName.TITLE), new ArrayList<>(information.getCOSObject().keySet()));
            List<PDAnnotation> annotations = after.getPage(0).getAnnotations();
            assertEquals(1, annotations.size());
            assertTrue(annotations.get(0) instanceof PDAnnotationLink, "the link stays");
            assertSameRendering(before, after);
            PDImageXObject photoBefore = photo(before);
            PDImageXObject photoAfter = photo(after);
            assertSamePixels(photoBefore.getImage(), photoAfter.getImage());
            try (InputStream raw = photoAfter.getCOSObject().createRawInputStream()) {
                String jpeg = latin1(raw.readAllBytes());
                assertTrue(jpeg.startsWith("\u00FF\u00D8"), "still a JPEG file");
                assertFalse(jpeg.contains("Exif") && jpeg.contains("GPS"), "no GPS in the picture");
            }
        }
    }

    private static void assertSameRendering(PDDocument before, PDDocument after) throws IOException {
        PDFRenderer first = new PDFRenderer(before);
        PDFRenderer second = new PDFRenderer(after);
        first.setAnnotationsFilter(annotation -> false);
        second.setAnnotationsFilter(annotation -> false);
        assertSamePixels(first.renderImage(0, 0.5f), second.renderImage(0, 0.5f));
    }

    private static void assertSamePixels(BufferedImage before, BufferedImage after) {
        int width = before.getWidth();
        int height = before.getHeight();
        assertEquals(width, after.getWidth());
        assertEquals(height, after.getHeight());
        assertArrayEquals(before.getRGB(0, 0, width, height, null, 0, width),
                after.getRGB(0, 0, width, height, null, 0, width));
    }

    private static PDImageXObject photo(PDDocument document) throws IOException {
        var resources = document.getPage(0).getResources();
        return (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
    }

    /** One page of text and a field photo (kept whole as DCTDecode), with author, XMP and review comments. */
    static byte[] reviewedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject photo = JPEGFactory.createFromByteArray(document, TestImages.fieldPhotoJpeg());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(BODY);
                content.endText();
                content.drawImage(photo, 72, 500, 96, 64);
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(TITLE);
            information.setAuthor(TestImages.PHOTOGRAPHER);
            information.setCreator("Writer, on the laptop of " + TestImages.PHOTOGRAPHER);
            information.setKeywords(TestImages.CITY);
            information.setCustomMetadataValue("Reviewer", TestImages.PHOTOGRAPHER);
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata(TestImages.xmp().getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);

            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(300, 700, 20, 20));
            note.setContents(TestImages.COMMENT);
            note.setTitlePopup(TestImages.PHOTOGRAPHER);
            PDAnnotationPopup popup = new PDAnnotationPopup();
            popup.setRectangle(new PDRectangle(320, 600, 150, 100));
            popup.setParent(note);
            note.setPopup(popup);
            PDAnnotationFreeText typed = new PDAnnotationFreeText();
            typed.setRectangle(new PDRectangle(72, 400, 200, 40));
            typed.setContents("Ask " + TestImages.PHOTOGRAPHER + " about " + TestImages.CITY);
            typed.setTitlePopup(TestImages.PHOTOGRAPHER);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 690, 200, 20));
            PDActionURI target = new PDActionURI();
            target.setURI("https://example.org/survey");
            link.setAction(target);
            page.setAnnotations(List.of(note, popup, typed, link));

            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf, CompressParameters.NO_COMPRESSION);
            return pdf.toByteArray();
        }
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
