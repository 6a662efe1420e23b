package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PublicCopyExcelPowerPointTest {

    @Test
    void commentsInASpreadsheetWrittenByExcelAreReportedAsLeft() throws IOException {
        byte[] original = OfficeFiles.resource("testComment.xlsx");

        byte[] copy = OfficeFiles.copy(original, OfficeFiles.XLSX, result -> {
            assertEquals(List.of("extended Company"), result.removed());
            assertEquals(List.of("comments (/xl/worksheets/sheet1.xml)"), result.left());
        });

        assertEquals(TikaReading.of(original).text(), TikaReading.of(copy).text(), "the same text, comments too");
    }

    @Test
    void commentsInAPresentationWrittenByPowerPointAreRemovedWithTheirAuthors() throws IOException {
        byte[] original = OfficeFiles.resource("testComment.pptx");
        TikaReading before = TikaReading.of(original);
        before.assertMentions("McCandless");

        byte[] copy = OfficeFiles.copy(original, OfficeFiles.PPTX, result -> {
            assertTrue(result.removed().containsAll(List.of("dc:creator", "cp:lastModifiedBy",
                    "PowerPoint comments", "PowerPoint commentAuthors")), result.removed()::toString);
            assertEquals(List.of(), result.left());
        });

        TikaReading after = TikaReading.of(copy);
        after.assertSilentAbout(List.of("McCandless"));
        assertEquals("Here is some text", after.metadata().get("dc:title").strip());
        try (XMLSlideShow beforeSlides = new XMLSlideShow(new ByteArrayInputStream(original));
                XMLSlideShow afterSlides = new XMLSlideShow(new ByteArrayInputStream(copy))) {
            assertEquals(1, beforeSlides.getSlides().get(0).getComments().size());
            assertEquals(0, afterSlides.getSlides().get(0).getComments().size());
            assertEquals(slideText(beforeSlides), slideText(afterSlides));
        }
    }

    @Test
    void spreadsheetLosesItsPropertiesAndReportsTheCellCommentItCannotRemove() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Survey");
            sheet.createRow(0).createCell(0).setCellValue("Gumla");
            sheet.getRow(0).createCell(1).setCellValue(14);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            Comment note = sheet.createDrawingPatriarch().createCellComment(anchor);
            note.setAuthor(TestImages.PHOTOGRAPHER);
            note.setString(workbook.getCreationHelper().createRichTextString("Counted by the reviewer"));
            sheet.getRow(0).getCell(1).setCellComment(note);
            OfficeFiles.setProperties(workbook);
            workbook.write(file);
        }

        byte[] copy = OfficeFiles.copy(file.toByteArray(), OfficeFiles.XLSX, result -> {
            assertTrue(result.removed().containsAll(List.of("dc:creator", "cp:lastModifiedBy", "extended Company",
                    "custom Source")), result.removed()::toString);
            assertEquals(List.of("comments (/xl/worksheets/sheet1.xml)"), result.left());
        });

        TikaReading tika = TikaReading.of(copy);
        assertEquals(OfficeFiles.TITLE, tika.metadata().get("dc:title"));
        for (String property : List.of("dc:creator", "meta:last-author", "extended-properties:Company",
                "custom:Source")) {
            assertNull(tika.metadata().get(property), property);
        }
        assertTrue(tika.text().contains("Gumla") && tika.text().contains("14"), tika::text);
    }

    @Test
    void presentationLosesItsPropertiesAndKeepsItsSlides() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XMLSlideShow slides = new XMLSlideShow()) {
            XSLFTextBox box = slides.createSlide().createTextBox();
            box.setAnchor(new Rectangle(50, 50, 400, 100));
            box.setText(OfficeFiles.BODY);
            OfficeFiles.setProperties(slides);
            slides.write(file);
        }

        byte[] copy = OfficeFiles.copy(file.toByteArray(), OfficeFiles.PPTX, result -> assertEquals(List.of(), result.left()));

        OfficeFiles.assertNoSecretInAnyPart(copy);
        TikaReading tika = TikaReading.of(copy);
        tika.assertSilentAbout(TestImages.SECRETS);
        assertTrue(tika.text().contains(OfficeFiles.BODY), tika::text);
        assertEquals(OfficeFiles.TITLE, tika.metadata().get("dc:title"));
    }

    private static List<String> slideText(XMLSlideShow slides) {
        return slides.getSlides().stream().flatMap(slide -> slide.getShapes().stream())
                .filter(shape -> shape instanceof XSLFTextShape)
                .map(shape -> ((XSLFTextShape) shape).getText()).toList();
    }
}
