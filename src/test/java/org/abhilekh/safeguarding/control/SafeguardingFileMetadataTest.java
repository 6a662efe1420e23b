package org.abhilekh.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.abhilekh.safeguarding.entity.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Metadata findings on real files read by Tika, and on metadata maps for the edge cases. */
class SafeguardingFileMetadataTest {

    private static SafeguardingScanner scanner;

    @BeforeAll
    static void load() {
        scanner = new SafeguardingScanner(Path.of("index-config"));
    }

    @Test
    void jpegWithGpsArtistAndCameraOwnerGivesOneLocationAndBothPersons() {
        byte[] jpeg = SafeguardingTestFiles.jpegWithExif("Ravi Photographer", "Anjali Owner",
                new double[] {23, 20, 38.76}, new double[] {85, 18, 34.56});
        Map<String, List<String>> metadata = SafeguardingTestFiles.tikaMetadata(jpeg);
        assertTrue(metadata.keySet().containsAll(Set.of("GPS:GPS Latitude", "GPS:GPS Longitude", "geo:lat", "geo:long",
                "Exif IFD0:Artist", "Exif SubIFD:Camera Owner Name")), metadata.keySet().toString());

        List<Finding> findings = scanner.scanMetadata(metadata);

        List<Finding> locations = ofKind(findings, Finding.LOCATION_IN_FILE);
        assertEquals(1, locations.size(), findings.toString());
        assertEquals("file metadata: GPS", locations.getFirst().where());
        assertTrue(locations.getFirst().excerpt().contains("23"), locations.getFirst().excerpt());
        assertEquals(-1, locations.getFirst().start());
        assertEquals(Set.of("Ravi Photographer", "Anjali Owner"), excerpts(findings, Finding.PERSON_IN_FILE_METADATA));
    }

    @Test
    void docxAuthorLastEditorAndCompanyAreFoundButNotTheApplication() {
        Map<String, List<String>> metadata = SafeguardingTestFiles.tikaMetadata(
                SafeguardingTestFiles.docx("Sunita Oraon", "Ravi Lakra", "Gumla Legal Aid Clinic"));
        assertEquals(List.of("Sunita Oraon"), metadata.get("dc:creator"));
        assertEquals(List.of("Ravi Lakra"), metadata.get("meta:last-author"));
        assertEquals(List.of("Gumla Legal Aid Clinic"), metadata.get("extended-properties:Company"));

        List<Finding> findings = scanner.scanMetadata(metadata);

        assertEquals(Set.of("Sunita Oraon", "Ravi Lakra", "Gumla Legal Aid Clinic"),
                excerpts(findings, Finding.PERSON_IN_FILE_METADATA));
        assertTrue(ofKind(findings, Finding.LOCATION_IN_FILE).isEmpty());
        assertTrue(findings.stream().noneMatch(f -> f.excerpt().contains("Microsoft")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.where().equals("file metadata: meta:last-author")), findings.toString());
    }

    @Test
    void pdfAuthorIsFoundButNotTheCreatingProgramOrProducer() {
        List<Finding> findings = scanner.scanMetadata(SafeguardingTestFiles.tikaMetadata(SafeguardingTestFiles.pdf("Meena Kujur")));

        assertEquals(Set.of("Meena Kujur"), excerpts(findings, Finding.PERSON_IN_FILE_METADATA));
    }

    @Test
    void pngAuthorChunkAndXmpPositionAreFound() {
        Map<String, List<String>> metadata = SafeguardingTestFiles.tikaMetadata(
                SafeguardingTestFiles.pngWithTextChunks("Budhwa Oraon", "23,20.646N", "85,18.576E"));

        List<Finding> findings = scanner.scanMetadata(metadata);

        assertEquals(1, ofKind(findings, Finding.LOCATION_IN_FILE).size(), metadata.keySet() + " " + findings);
        assertTrue(ofKind(findings, Finding.LOCATION_IN_FILE).getFirst().excerpt().contains("23,20.646N"));
        assertEquals(Set.of("Budhwa Oraon"), excerpts(findings, Finding.PERSON_IN_FILE_METADATA));
    }

    @Test
    void tikasOwnOfficeTestFileNamesItsAuthorAndLastEditor() throws Exception {
        byte[] docx;
        try (var in = getClass().getResourceAsStream("/test-documents/testWORD.docx")) {
            docx = in.readAllBytes();
        }
        List<Finding> findings = scanner.scanMetadata(SafeguardingTestFiles.tikaMetadata(docx));

        assertEquals(Set.of("Keith Bennett", "Nick Burch"), excerpts(findings, Finding.PERSON_IN_FILE_METADATA));
    }

    @Test
    void positionAtZeroIsACameraWithoutAFixAndNotALocation() {
        List<Finding> findings = scanner.scanMetadata(Map.of("GPS:GPS Latitude", List.of("0° 0' 0\""),
                "GPS:GPS Longitude", List.of("0° 0' 0\"")));

        assertEquals(List.of(), findings);
    }

    @Test
    void emptyValuesPlaceholdersAndImageLibraryCommentsAreNotPersons() {
        List<Finding> findings = scanner.scanMetadata(Map.of(
                "extended-properties:Company", List.of(""),
                "dc:creator", List.of("Microsoft Office User"),
                "meta:last-author", List.of("  "),
                "JPEG Comment", List.of("CREATOR: gd-jpeg v1.0 (using IJG JPEG v62), quality = 90"),
                "pdf:producer", List.of("Mac OS X 10.4.10 Quartz PDFContext"),
                "xmp:CreatorTool", List.of("Adobe InDesign 18.0")));

        assertEquals(List.of(), findings);
    }

    @Test
    void theSamePersonUnderSeveralFieldsIsOneFinding() {
        List<Finding> findings = scanner.scanMetadata(Map.of(
                "extended-properties:Company", List.of("Gumla Legal Aid Clinic"),
                "dc:publisher", List.of("Gumla Legal Aid Clinic")));

        assertEquals(1, findings.size(), findings.toString());
    }

    @Test
    void cameraOwnerUnderAMakersNoteIsFoundByTheWildcardField() {
        List<Finding> findings = scanner.scanMetadata(Map.of("Canon Makernote:Owner Name", List.of("Rekha Munda")));

        assertEquals(List.of(new Finding(Finding.PERSON_IN_FILE_METADATA, "Rekha Munda",
                "file metadata: Canon Makernote:Owner Name", -1, -1)), findings);
    }

    private static List<Finding> ofKind(List<Finding> findings, String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    private static Set<String> excerpts(List<Finding> findings, String kind) {
        return ofKind(findings, kind).stream().map(Finding::excerpt).collect(Collectors.toSet());
    }
}
