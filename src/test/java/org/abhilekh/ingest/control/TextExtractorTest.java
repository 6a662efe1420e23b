package org.abhilekh.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.ingest.entity.Extraction;
import org.abhilekh.ingest.entity.Extraction.Flag;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.LuceneIndex;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SortOrder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tika, configured by index-config/tika-config.xml, on real files: the seed archive's and Tika's own test
 * documents (unpacked onto the test class path under test-documents/), one of each format.
 */
class TextExtractorTest {

    static final Path CONFIG = Path.of("index-config/tika-config.xml");
    private static TextExtractor extractor;

    @TempDir
    Path temp;

    @BeforeAll
    static void configure() throws IOException {
        extractor = new TextExtractor(CONFIG, 1_000_000);
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    static Path testDocument(String name) {
        try {
            return Path.of(TextExtractorTest.class.getResource("/test-documents/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test-documents/" + name + " is not on the test class path", e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "research/mica-supply-chain-children-koderma-giridih-2020.pdf | application/pdf | en | Koderma",
            "policy/manav-taskari-rokthaam-rajya-sarkar-sujhav-patra-2023.pdf | application/pdf | hi | तस्करी",
            "clippings/jharkhand-darpan-2024-01-22-dumka-int-bhatta-nigrani.docx | application/vnd.openxmlformats-officedocument.wordprocessingml.document | hi | ईंट",
            "research/brick-kiln-seasonal-migration-pakur-dumka-2022.docx | application/vnd.openxmlformats-officedocument.wordprocessingml.document | en | kiln",
            "research/gumla-simdega-kishoriyon-ka-palayan-adhyayan-2023.odt | application/vnd.oasis.opendocument.text | hi | गुमला",
            "policy/jcrf-child-safeguarding-policy-2021.html | text/html; charset=UTF-8 | en | safeguarding",
            "clippings/jh-news-24-2023-12-05-sahibganj-station-rescue.txt | text/plain; charset=UTF-8 | hi | साहिबगंज",
    })
    void readsEachFormatInBothScripts(String file, String mediaType, String language, String word) throws Exception {
        Extraction extraction = extractor.extract(Path.of("seed-content", file));
        assertEquals(mediaType, extraction.mediaType());
        assertEquals(language, extraction.language());
        assertTrue(extraction.text().contains(word), () -> word + " not in: " + extraction.text().substring(0, Math.min(400, extraction.text().length())));
        assertEquals(List.of(), extraction.notices());
    }

    /** One real file per format the archive takes, each with words known to be in it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "testPDF.pdf | application/pdf | Apache Tika is a toolkit for detecting and extracting metadata",
            "testWORD.docx | application/vnd.openxmlformats-officedocument.wordprocessingml.document | This is a sample Microsoft Word Document",
            "testWORD.doc | application/msword | This is a sample Microsoft Word Document",
            "testOpenOffice2.odt | application/vnd.oasis.opendocument.text | This is a sample Open Office document, written in NeoOffice 2.2.1 for the Mac.",
            "testRTF.rtf | application/rtf | Test d’indexation Word",
            "testPPT.pptx | application/vnd.openxmlformats-officedocument.presentationml.presentation | This has been developed by Rajiv Kumar Nistala.",
            "testEXCEL.xlsx | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet | Sample Excel Worksheet - Numbers and their Squares",
            "testHTML.html | text/html; charset=ISO-8859-1 | Indexation du fichier",
            "testTXT_win-1252.txt | text/plain; charset=ISO-8859-1 | These smart quotes are the trigger for CharsetRecog_sbcs",
            "testRFC822_multipart_attachments.eml | message/rfc822 | This is the html body of the main msg.",
            "testEPUB.epub | application/epub+zip | This is the text for chapter Two",
            "testOCR.jpg | image/jpeg | OCR Testing",
            "testOCR_spacing.png | image/png | The quick brown fox",
            "testTIFF_multipage.tif | image/tiff | Page 2",
    })
    void readsEveryAcceptedFormatFromRealFiles(String file, String mediaType, String phrase) throws Exception {
        Extraction extraction = extractor.extract(testDocument(file));
        assertEquals(mediaType, extraction.mediaType());
        String text = extraction.text().replaceAll("\\s+", " ");
        assertTrue(text.contains(phrase), () -> phrase + " not in: " + text.substring(0, Math.min(400, text.length())));
        assertEquals(List.of(), extraction.notices());
    }

    @Test
    void anEmailIsReadWithItsAttachments() throws Exception {
        String text = extractor.extract(testDocument("testRFC822_multipart_attachments.eml")).text();
        assertTrue(text.contains("This is Test TXTA File for parser") && text.contains("This is Test TXTB File for parser"), text);
    }

    @Test
    void webPagesAreReadWithoutTheirMenus() throws Exception {
        Extraction page = extractor.extract(Path.of("seed-content/policy/jcrf-child-safeguarding-policy-2021.html"));
        assertFalse(page.text().contains("About us"), page.text().substring(0, 300));
        assertTrue(page.text().contains("safeguarding"));
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() throws Exception {
        Path pdfAsText = Files.copy(Path.of("seed-content/research/mica-supply-chain-children-koderma-giridih-2020.pdf"),
                temp.resolve("notes.txt"));
        Extraction pdf = extractor.extract(pdfAsText);
        assertEquals("application/pdf", pdf.mediaType());
        assertTrue(pdf.text().contains("Koderma"));

        Path docxAsImage = Files.copy(testDocument("testWORD.docx"), temp.resolve("photo.jpg"));
        Extraction docx = extractor.extract(docxAsImage);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.mediaType());
        assertTrue(docx.text().contains("This is a sample Microsoft Word Document"));
    }

    @Test
    void aProgramIsRefusedWithAReasonWhateverItIsCalled() throws Exception {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Path disguised = Files.copy(java, temp.resolve("report.pdf"));
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(disguised));
        assertTrue(e.mediaType().startsWith("application/x-"), e.mediaType());
        assertEquals("Files of type " + e.mediaType() + " are not taken into the archive. Accepted: PDF, Word, Excel,"
                + " PowerPoint, OpenDocument, RTF, HTML, plain text, e-mail (EML), EPUB, images (JPEG, PNG, TIFF, GIF,"
                + " WebP, BMP) and archives of these (ZIP, 7z, tar, gzip).", e.getMessage());
    }

    /** Tika ignores parameters it does not know: check that every setting in the file reached its parser. */
    @Test
    void theTikaConfigurationReachesTheParsers() throws Exception {
        org.apache.tika.config.TikaConfig config = TikaSettings.read(CONFIG, Optional.empty());
        List<org.apache.tika.parser.Parser> parsers = leaves(config.getParser());
        org.apache.tika.parser.ocr.TesseractOCRParser tesseract = parsers.stream()
                .filter(org.apache.tika.parser.ocr.TesseractOCRParser.class::isInstance)
                .map(org.apache.tika.parser.ocr.TesseractOCRParser.class::cast).findFirst().orElseThrow();
        assertEquals("eng+hin", tesseract.getLanguage());
        assertEquals(120, tesseract.getTimeout());
        assertFalse(tesseract.isSkipOCR());
        org.apache.tika.parser.pdf.PDFParser pdf = parsers.stream().filter(org.apache.tika.parser.pdf.PDFParser.class::isInstance)
                .map(org.apache.tika.parser.pdf.PDFParser.class::cast).findFirst().orElseThrow();
        assertEquals("AUTO", pdf.getPDFParserConfig().getOcrStrategy().name());
        assertEquals(300, pdf.getPDFParserConfig().getOcrDPI());
        assertFalse(pdf.getPDFParserConfig().isExtractInlineImages());
        assertEquals(100, config.getAutoDetectParserConfig().getMaximumCompressionRatio());
        assertEquals(1_000_000, config.getAutoDetectParserConfig().getOutputThreshold());
        assertEquals(10, config.getAutoDetectParserConfig().getMaximumPackageEntryDepth());
    }

    private static List<org.apache.tika.parser.Parser> leaves(org.apache.tika.parser.Parser parser) {
        if (parser instanceof org.apache.tika.parser.CompositeParser composite) {
            return composite.getAllComponentParsers().stream().flatMap(child -> leaves(child).stream()).toList();
        }
        if (parser instanceof org.apache.tika.parser.ParserDecorator decorator) {
            return leaves(decorator.getWrappedParser());
        }
        return List.of(parser);
    }

    @Test
    void aHindiNewspaperScanIsReadWithOcr() throws Exception {
        assertTrue(extractor.ocrAvailable(), "Tesseract with eng+hin must be installed for this test");
        Extraction darpan = extractor.extract(Path.of("seed-content/clippings/jharkhand-darpan-2021-11-03-koderma-dhibra-children.jpg"), "hi");
        assertEquals("image/jpeg", darpan.mediaType());
        assertEquals("hi", darpan.language());
        for (String words : List.of("झारखंड दर्पण", "ढिबरा चुनने में बीत रहा बचपन", "कोडरमा के 14 गांवों में 612", "बच्चे स्कूल से बाहर")) {
            assertTrue(darpan.text().replaceAll("\\s+", " ").contains(words), () -> words + " not in: " + darpan.text());
        }
        assertEquals(List.of(), darpan.notices());

        Extraction samachar = extractor.extract(Path.of("seed-content/clippings/ranchi-samachar-2023-06-14-gumla-rescue.png"), "hi");
        assertEquals("image/png", samachar.mediaType());
        for (String words : List.of("रांची समाचार", "दिल्ली से मुक्त कराई", "गुमला की 11 नाबालिग")) {
            assertTrue(samachar.text().replaceAll("\\s+", " ").contains(words), () -> words + " not in: " + samachar.text());
        }
    }

    @Test
    void aScannedPdfWithoutATextLayerIsReadWithOcr() throws Exception {
        Path scan = Pdfs.scanOf(Path.of("seed-content/clippings/jharkhand-darpan-2021-11-03-koderma-dhibra-children.jpg"),
                temp.resolve("scan.pdf"));
        Extraction extraction = extractor.extract(scan, "hi");
        assertEquals("application/pdf", extraction.mediaType());
        assertTrue(extraction.text().contains("ढिबरा") && extraction.text().contains("कोडरमा"), extraction.text());
        assertEquals("hi", extraction.language());
        assertEquals(List.of(), extraction.notices());
    }

    @Test
    void withoutTesseractImagesAreKeptAndSayTheirTextWasNotRead() throws Exception {
        for (String tesseractPath : List.of("/nonexistent/tesseract/bin", temp.toString())) {
            try (TextExtractor noOcr = new TextExtractor(CONFIG, ExtractionLimits.withTextLimit(1_000_000), Optional.of(tesseractPath))) {
                assertFalse(noOcr.ocrAvailable(), tesseractPath);
                Extraction image = noOcr.extract(testDocument("testOCR.jpg"));
                assertEquals("image/jpeg", image.mediaType());
                assertEquals("", image.text().replaceAll("[^\\p{L}]", ""), image.text());
                assertEquals(List.of("ocr-unavailable"), image.flagCodes());
                assertEquals("The text of this image could not be read (OCR is not installed). Its description is searchable;"
                        + " install Tesseract (tesseract-ocr with the eng and hin languages) and have it read again.", image.messages().get(0));

                Extraction scan = noOcr.extract(Pdfs.scanOf(testDocument("testOCR.jpg"), temp.resolve("scan-" + image.hashCode() + ".pdf")));
                assertEquals("application/pdf", scan.mediaType());
                assertEquals(List.of("ocr-unavailable"), scan.flagCodes());
                assertTrue(scan.messages().get(0).startsWith("This PDF has no text layer and its pages could not be read (OCR is not installed)."));

                assertTrue(noOcr.extract(testDocument("testPDF.pdf")).text().contains("Apache Tika"), "text layers need no OCR");
            }
        }
    }

    @Test
    void hindiInALegacyFontIsFlaggedForStaff() throws Exception {
        String krutiDev = "Hkkjr ljdkj us dgk fd cPpksa dks Ldwy Hkstuk t:jh gS vkSj ;g ljdkj dk nkf;Ro gSA ckyJe dks jksdus ds fy,"
                + " iapk;r Lrj ij fuxjkuh lfefr cukbZ tk,xhA";
        Path pdf = Pdfs.withLatinText(krutiDev, temp.resolve("kruti-dev.pdf"));

        Extraction declaredHindi = extractor.extract(pdf, "hi");
        assertTrue(declaredHindi.text().contains("Hkkjr ljdkj"), declaredHindi.text());
        assertEquals(List.of("legacy-font"), declaredHindi.flagCodes());
        assertTrue(declaredHindi.messages().get(0).startsWith("The text is meant to be Hindi but has no Devanagari letters: it was"
                + " probably typed in a legacy font such as Kruti Dev"), declaredHindi.messages().get(0));

        Extraction undeclared = extractor.extract(pdf, "und");
        assertEquals(List.of("legacy-font"), undeclared.flagCodes());
        assertEquals("hi", undeclared.language(), "text in a legacy Hindi font is Hindi");

        assertEquals(List.of(), extractor.extract(pdf, "en").flagCodes(), "a person said it is English");
        Path english = Pdfs.withLatinText("The district administration said that children must be sent to school and that"
                + " the government is responsible for it.", temp.resolve("english.pdf"));
        assertEquals(List.of(), extractor.extract(english, null).flagCodes());
        assertEquals(List.of("legacy-font"), extractor.extract(english, "hi").flagCodes(), "described as Hindi, holds no Devanagari");
        assertEquals(List.of(), extractor.extract(Path.of("seed-content/policy/manav-taskari-rokthaam-rajya-sarkar-sujhav-patra-2023.pdf"), "hi")
                .flagCodes(), "real Devanagari");
    }

    @Test
    void devanagariDigitsAreSearchedAsAsciiDigits() throws IOException {
        Analyzer bilingual = IndexConfiguration.load(Path.of("index-config")).analyzer("bilingual");
        assertEquals(List.of("2024", "612"), tokens(bilingual, "२०२४ ६१२"));
        assertEquals(tokens(bilingual, "612 बच्चे 2024"), tokens(bilingual, "६१२ बच्चे २०२४"));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void aLongTextIsIndexedToItsLastWordAndOneOverTheLimitSaysItWasCut() throws Exception {
        Path huge = temp.resolve("huge.txt");
        long written = 0;
        try (Writer out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            String line = "Panchayat register entry for seasonal migration, brick kiln season, Dumka block.\n";
            while (written < 12_000_000) {
                out.write(line);
                written += line.length();
            }
            out.write("The last word is zorblattend.\n");
        }
        try (TextExtractor defaults = new TextExtractor(CONFIG, ExtractionLimits.withTextLimit(ExtractionLimits.DEFAULT_MAX_TEXT_CHARS), Optional.empty())) {
            Extraction whole = defaults.extract(huge);
            assertEquals(List.of(), whole.notices());
            assertTrue(whole.text().endsWith("The last word is zorblattend."));
            try (LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory(), IndexConfiguration.load(Path.of("index-config")))) {
                index.index(DocumentIndexing.toIndexable(1, 1, MetadataReader.read("{\"title\": \"Register\", \"visibility\": \"staff\"}",
                        "huge.txt", false), whole.language(), "huge.txt", whole.text()));
                index.refresh();
                assertEquals(1, index.search(new SearchRequest("zorblattend", Map.of(), null, null, SortOrder.RELEVANCE, 1, 10, true)).total());
            }
        }

        try (TextExtractor small = new TextExtractor(CONFIG, ExtractionLimits.withTextLimit(1_000_000), Optional.empty())) {
            Extraction cut = small.extract(huge);
            assertTrue(cut.truncated());
            assertEquals(List.of("text-truncated"), cut.flagCodes());
            assertEquals("The text is longer than the limit of 1,000,000 characters: only its first 1,000,000 characters are"
                    + " searchable. An administrator can raise abhilekh.ingest.max-text-chars and have the file read again.", cut.messages().get(0));
            assertTrue(cut.text().length() <= 1_000_000, "length " + cut.text().length());
            assertFalse(cut.text().contains("zorblattend"));
        }
    }

    @Test
    void textPastTheLimitIsCutAndSaysSo() throws Exception {
        try (TextExtractor small = new TextExtractor(CONFIG, 500)) {
            Extraction extraction = small.extract(Path.of("seed-content/research/mica-supply-chain-children-koderma-giridih-2020.pdf"));
            assertTrue(extraction.truncated());
            assertTrue(extraction.text().length() <= 500, "length " + extraction.text().length());
        }
    }

    @Test
    void aDamagedPdfFailsWithAReason() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("seed-content/research/mica-supply-chain-children-koderma-giridih-2020.pdf"));
        Path damaged = Files.write(temp.resolve("damaged.pdf"), Arrays.copyOf(pdf, 600));
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(damaged));
        assertEquals("application/pdf", e.mediaType());
        assertTrue(e.getMessage().startsWith("The file is damaged or not in a format Abhilekh can read"), e.getMessage());
    }

    @Test
    void anEmptyFileFailsWithAReason() throws Exception {
        Path empty = Files.write(temp.resolve("empty.docx"), new byte[0]);
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(empty));
        assertEquals("The file is empty.", e.getMessage());
    }

    @Test
    void bytesOfNoKnownFormatFailWithAReason() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path unknown = Files.write(temp.resolve("upload.pdf"), noise);
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extractor.extract(unknown));
        assertTrue(e.getMessage().contains("could not be recognised"), e.getMessage());
    }

    @Test
    void aFileAnotherFeatureKeepsIsReadForTheChecksWhateverItsTypeUnderTheSameLimits() throws Exception {
        Path photo = Files.write(temp.resolve("field.jpg"), org.abhilekh.safeguarding.control.TestImages.fieldPhotoJpeg());
        Extraction read = extractor.read(photo);
        assertEquals("image/jpeg", read.mediaType());
        assertTrue(new org.abhilekh.safeguarding.control.SafeguardingScanner(Path.of("index-config")).scanMetadata(read.fileMetadata())
                .stream().anyMatch(finding -> finding.kind().equals(org.abhilekh.safeguarding.entity.Finding.LOCATION_IN_FILE)),
                "the photo's position is read from its hidden metadata: " + read.fileMetadata());
        assertTrue(read.fileMetadata().keySet().stream().noneMatch(name -> name.startsWith("X-TIKA:")), "Tika's own notes are not the file's");

        Path logo = Files.writeString(temp.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Call 98350 12345</title></svg>");
        assertThrows(ExtractionFailedException.class, () -> extractor.extract(logo), "the archive does not take SVG in");
        assertTrue(extractor.read(logo).text().contains("98350 12345"), "but a kit's logo is read for the checks");

        Path damaged = Files.write(temp.resolve("damaged.pdf"),
                "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF broken xref".getBytes(StandardCharsets.US_ASCII));
        ExtractionFailedException failed = assertThrows(ExtractionFailedException.class, () -> extractor.read(damaged));
        assertTrue(failed.getMessage().startsWith("The file is damaged or not in a format Abhilekh can read"), failed.getMessage());

        Path long_ = Files.writeString(temp.resolve("long.txt"), "Kiln survey figures. ".repeat(1_000_000 / 20 + 1));
        assertTrue(extractor.read(long_).truncated(), "a text over the limit is cut and says so, for the caller to refuse");
    }
}
