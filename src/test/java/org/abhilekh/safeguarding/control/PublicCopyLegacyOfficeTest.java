package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hpsf.extractor.HPSFPropertiesExtractor;
import org.junit.jupiter.api.Test;

class PublicCopyLegacyOfficeTest {

    private static final String TITLE = "Brick works survey";

    @Test
    void realWordDocumentLosesItsAuthorsAndKeepsItsText() throws IOException {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/test-documents/testWORD.doc")) {
            original = in.readAllBytes();
        }
        byte[] untouched = original.clone();
        TikaReading before = TikaReading.of(original);
        before.assertMentions("Keith Bennett");
        before.assertMentions("Nick Burch");

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), "application/msword", copy);

        assertArrayEquals(untouched, original);
        assertTrue(result.removed().containsAll(List.of("summary Author", "summary LastAuthor", "summary Template")),
                result.removed()::toString);
        assertEquals(List.of("Word body not checked: comments, tracked changes, the saved-by list with file paths"),
                result.left());
        TikaReading after = TikaReading.of(copy.toByteArray());
        after.assertSilentAbout(List.of("Keith Bennett", "Nick Burch"));
        assertEquals(before.text(), after.text());
        assertEquals(before.metadata().get("dc:title"), after.metadata().get("dc:title"));
        assertEquals("application/msword", after.metadata().get("Content-Type"));
    }

    @Test
    void commentInAWordDocumentIsReportedAsLeft() throws IOException {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/test-documents/testComment.doc")) {
            original = in.readAllBytes();
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), "application/msword", copy);

        assertTrue(result.removed().contains("summary Author"), result.removed()::toString);
        assertEquals(List.of("Word body not checked: comments, tracked changes, the saved-by list with file paths"),
                result.left());
        assertEquals(TikaReading.of(original).text(), TikaReading.of(copy.toByteArray()).text());
    }

    @Test
    void workbookLosesAuthorCompanyCommentsAndCustomPropertiesAndKeepsItsCells() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            HSSFSheet sheet = workbook.createSheet("Survey");
            sheet.createRow(0).createCell(0).setCellValue("Gumla");
            sheet.getRow(0).createCell(1).setCellValue(14);
            workbook.createInformationProperties();
            setProperties(workbook.getSummaryInformation(), workbook.getDocumentSummaryInformation());
            workbook.write(file);
        }
        byte[] original = file.toByteArray();
        assertTrue(TikaReading.of(original).mentions(TestImages.PHOTOGRAPHER));

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original), "application/vnd.ms-excel",
                copy);

        assertEquals(List.of("summary Author", "summary LastAuthor", "summary Comments", "summary Keywords",
                "document summary Company", "document summary Manager", "custom Source"), result.removed());
        assertEquals(List.of("Excel body not checked: cell notes"), result.left());
        assertClean(original, copy.toByteArray());
        try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(copy.toByteArray()))) {
            assertEquals("Gumla", workbook.getSheet("Survey").getRow(0).getCell(0).getStringCellValue());
            assertEquals(14, workbook.getSheet("Survey").getRow(0).getCell(1).getNumericCellValue());
            assertEquals(TITLE, workbook.getSummaryInformation().getTitle());
            assertNull(workbook.getSummaryInformation().getAuthor());
            assertNull(workbook.getDocumentSummaryInformation().getCustomProperties());
        }
    }

    @Test
    void presentationLosesItsAuthorAndKeepsItsSlides() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (HSLFSlideShow slides = new HSLFSlideShow()) {
            HSLFTextBox box = slides.createSlide().createTextBox();
            box.setText("Children found working at the brick works: 14.");
            box.setAnchor(new java.awt.Rectangle(50, 50, 400, 100));
            setProperties(slides.getSummaryInformation(), slides.getDocumentSummaryInformation());
            slides.write(file);
        }
        byte[] original = file.toByteArray();

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PublicCopy.Result result = PublicCopy.write(new ByteArrayInputStream(original),
                "application/vnd.ms-powerpoint", copy);

        assertTrue(result.removed().containsAll(List.of("summary Author", "document summary Company")),
                result.removed()::toString);
        assertClean(original, copy.toByteArray());
    }

    /** Tika reads the same text and no secret; not even the file's bytes hold one, in either string encoding. */
    private static void assertClean(byte[] original, byte[] copy) throws IOException {
        TikaReading before = TikaReading.of(original);
        TikaReading after = TikaReading.of(copy);
        after.assertSilentAbout(TestImages.SECRETS);
        assertEquals(before.text(), after.text());
        assertEquals(TITLE, after.metadata().get("dc:title"));
        String latin1 = new String(copy, StandardCharsets.ISO_8859_1);
        String utf16 = new String(copy, StandardCharsets.UTF_16LE) + new String(copy, 1, copy.length - 1,
                StandardCharsets.UTF_16LE);
        for (String secret : TestImages.SECRETS) {
            assertFalse(latin1.contains(secret) || utf16.contains(secret), "the copy's bytes hold '" + secret + "'");
        }
        try (var properties = new HPSFPropertiesExtractor(new org.apache.poi.poifs.filesystem.POIFSFileSystem(
                new ByteArrayInputStream(copy)))) {
            assertFalse(properties.getText().contains(TestImages.PHOTOGRAPHER), properties::getText);
        }
    }

    private static void setProperties(SummaryInformation summary, DocumentSummaryInformation documentSummary) {
        summary.setTitle(TITLE);
        summary.setAuthor(TestImages.PHOTOGRAPHER);
        summary.setLastAuthor(TestImages.PHOTOGRAPHER);
        summary.setComments(TestImages.COMMENT);
        summary.setKeywords(TestImages.CITY);
        documentSummary.setCompany(TestImages.CITY + " field office");
        documentSummary.setManager(TestImages.PHOTOGRAPHER);
        CustomProperties custom = new CustomProperties();
        custom.put("Source", "Notes of " + TestImages.PHOTOGRAPHER);
        documentSummary.setCustomProperties(custom);
    }
}
