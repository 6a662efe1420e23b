package org.abhilekh.ingest.control;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Real PDFs made for a test with PDFBox (the library Tika reads PDFs with). */
final class Pdfs {

    private Pdfs() {
    }

    /** A scan: one page holding only the image, no text layer, as a scanner or a phone app makes it. */
    static Path scanOf(Path image, Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDImageXObject picture = PDImageXObject.createFromFile(image.toString(), document);
            // 300 dpi: the image's pixels at their scanned size.
            PDRectangle size = new PDRectangle(picture.getWidth() * 72f / 300, picture.getHeight() * 72f / 300);
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
            }
            document.save(target.toFile());
        }
        return target;
    }

    /** A text PDF in a standard Latin font, as legacy Hindi fonts (Kruti Dev) store their text. */
    static Path withLatinText(String text, Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 780);
                for (String line : wrap(text, 80)) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(target.toFile());
        }
        return target;
    }

    /** A text PDF that opens only with a password. */
    static Path passwordProtected(String text, Path target) throws IOException {
        Path plain = withLatinText(text, target.resolveSibling("plain-" + target.getFileName()));
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(target.toFile());
        }
        return target;
    }

    private static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
