package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Calendar;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

class PublicCopyWordTest {

    private static final String INSERTED = "Two more were seen later.";

    @Test
    void wordFileLosesPeopleCompanyCommentsAndPhotoExifButKeepsItsText() throws IOException {
        byte[] original = reviewedWordFile();
        byte[] untouched = original.clone();
        TikaReading.of(original).assertMentions(TestImages.PHOTOGRAPHER);

        byte[] copy = OfficeFiles.copy(original, OfficeFiles.DOCX, result -> {
            assertTrue(result.removed().containsAll(List.of("dc:creator", "cp:lastModifiedBy", "dc:description",
                    "cp:keywords", "extended Company", "extended Manager", "extended Template", "custom Source",
                    "Word comments", "Word w:commentRangeStart", "Word w:commentRangeEnd", "Word w:commentReference",
                    "Word w:author of w:ins", "image /word/media/image1.jpeg: EXIF GPSLatitude")),
                    result.removed()::toString);
            assertEquals(List.of("Word tracked changes (their text stays, authors renamed 'Author')"),
                    result.left());
        });

        assertArrayEquals(untouched, original, "the original is not changed");
        OfficeFiles.assertNoSecretInAnyPart(copy);
        TikaReading tika = TikaReading.of(copy);
        tika.assertSilentAbout(TestImages.SECRETS);
        assertEquals(OfficeFiles.TITLE, tika.metadata().get("dc:title"));
        assertTrue(tika.text().contains(OfficeFiles.BODY) && tika.text().contains(INSERTED), tika::text);
        try (XWPFDocument before = new XWPFDocument(new ByteArrayInputStream(original));
                XWPFDocument after = new XWPFDocument(new ByteArrayInputStream(copy))) {
            assertEquals(paragraphs(before), paragraphs(after), "the same paragraphs and text");
            assertEquals(1, before.getComments().length);
            assertNull(after.getDocComments(), "no comments part");
            assertEquals(OfficeFiles.TITLE, after.getProperties().getCoreProperties().getTitle());
            byte[] photoBefore = before.getAllPictures().get(0).getData();
            byte[] photoAfter = after.getAllPictures().get(0).getData();
            TestImages.assertSamePixels(photoBefore, photoAfter);
        }
    }

    @Test
    void commentWrittenByWordIsRemovedWithItsAuthorAndTheTextStays() throws IOException {
        byte[] original = OfficeFiles.resource("testComment.docx");
        TikaReading before = TikaReading.of(original);
        assertTrue(before.text().contains("Here is some text.") && before.text().contains("Here is a comment"),
                before::text);
        before.assertMentions("Michael McCandless");

        byte[] copy = OfficeFiles.copy(original, OfficeFiles.DOCX, result -> {
            assertTrue(result.removed().containsAll(List.of("dc:creator", "cp:lastModifiedBy", "extended Template",
                    "Word comments", "Word w:commentReference")), result.removed()::toString);
            assertEquals(List.of(), result.left());
        });

        TikaReading after = TikaReading.of(copy);
        after.assertSilentAbout(List.of("McCandless", "Here is a comment"));
        assertEquals("Here is some text.", after.text().strip());
        String document = OfficeFiles.part(copy, "word/document.xml");
        assertTrue(document.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"), document);
        assertTrue(document.contains("xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\""),
                "namespace declarations stay as they were");
        assertFalse(document.contains("comment"), document);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(original));
                XWPFDocument publicCopy = new XWPFDocument(new ByteArrayInputStream(copy))) {
            assertEquals(paragraphs(word), paragraphs(publicCopy));
        }
    }

    /** A report with people in its properties, a reviewer's comment, a tracked insertion and a field photo. */
    static byte[] reviewedWordFile() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph first = document.createParagraph();
            first.getCTP().addNewCommentRangeStart().setId(BigInteger.ZERO);
            first.createRun().setText(OfficeFiles.BODY);
            first.getCTP().addNewCommentRangeEnd().setId(BigInteger.ZERO);
            first.createRun().getCTR().addNewCommentReference().setId(BigInteger.ZERO);
            XWPFComment comment = document.createComments().createComment(BigInteger.ZERO);
            comment.setAuthor(TestImages.PHOTOGRAPHER);
            comment.setInitials("RV");
            comment.createParagraph().createRun().setText(TestImages.COMMENT);

            XWPFParagraph second = document.createParagraph();
            CTRunTrackChange insertion = second.getCTP().addNewIns();
            insertion.setId(BigInteger.ONE);
            insertion.setAuthor(TestImages.PHOTOGRAPHER);
            insertion.setDate(Calendar.getInstance());
            insertion.addNewR().addNewT().setStringValue(INSERTED);

            XWPFRun picture = document.createParagraph().createRun();
            try {
                picture.addPicture(new ByteArrayInputStream(TestImages.fieldPhotoJpeg()), PictureType.JPEG,
                        "photo.jpg", Units.toEMU(96), Units.toEMU(64));
            } catch (InvalidFormatException e) {
                throw new IOException(e);
            }
            OfficeFiles.setProperties(document);
            document.write(file);
        }
        return file.toByteArray();
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }
}
