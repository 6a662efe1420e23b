package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index-config/ is data: the shipped files load, and broken ones stop start-up with a clear reason. */
class IndexConfigurationTest {

    @TempDir
    Path folder;

    @Test
    void theShippedConfigurationDefinesTheFacetsInOrder() {
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config"));
        assertEquals(List.of("type", "language", "year", "outlet", "medium", "district", "audience", "tag"),
                configuration.facets().stream().map(IndexConfiguration.FacetDefinition::name).toList());
        assertEquals(List.of("all", "title", "summary", "meta", "roman", "body", "outlet", "author", "spell", "title_prefix"),
                configuration.textFields().stream().map(IndexConfiguration.TextField::name).toList());
        assertEquals(List.of("title", "summary", "body"), configuration.textField("roman").orElseThrow().sources());
        assertEquals("bilingualQuery", configuration.textField("title").orElseThrow().queryAnalyzer());
    }

    @Test
    void facetSourcesAndWhatAHitShowsComeFromTheConfiguration() {
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config"));
        assertEquals(List.of("type", "language", "date:year", "outlet", "medium", "district", "audience", "tag"),
                configuration.facets().stream().map(IndexConfiguration.FacetDefinition::source).toList());
        assertEquals(new IndexConfiguration.Hit(List.of("title", "summary"), List.of("type", "language", "outlet")), configuration.hit());
    }

    @Test
    void aHitFieldThatIsNotStoredIsRefused() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("fields.json"), Files.readString(folder.resolve("fields.json"))
                .replace("\"fields\": [\"title\", \"summary\"]", "\"fields\": [\"title\", \"meta\"]"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexConfiguration.load(folder));
        assertTrue(e.getMessage().contains("hit field 'meta'"), e.getMessage());
    }

    @Test
    void similarFieldsAreReadAndMustBeStoredTextFields() throws IOException {
        copyShipped();
        assertEquals(List.of("title", "body"), IndexConfiguration.load(folder).similarFields());
        Files.writeString(folder.resolve("fields.json"), Files.readString(folder.resolve("fields.json"))
                .replace("\"similar\": [\"title\", \"body\"]", "\"similar\": [\"title\", \"meta\"]"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexConfiguration.load(folder));
        assertTrue(e.getMessage().contains("similar field 'meta'"), e.getMessage());
    }

    @Test
    void theSpellingFieldIsWordsOnlyAndAFieldWithOffsetsCannotBe() throws IOException {
        copyShipped();
        IndexConfiguration shipped = IndexConfiguration.load(folder);
        assertTrue(shipped.textField("spell").orElseThrow().wordsOnly());
        assertFalse(shipped.textField("body").orElseThrow().wordsOnly());
        Files.writeString(folder.resolve("fields.json"), Files.readString(folder.resolve("fields.json"))
                .replace("\"offsets\": true,", "\"offsets\": true, \"wordsOnly\": true,"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexConfiguration.load(folder));
        assertTrue(e.getMessage().contains("text field 'body' cannot have offsets and be words only"), e.getMessage());
    }

    @Test
    void theDictionaryWeightIsReadAndMayNotExceedTheWordsOwn() throws IOException {
        copyShipped();
        assertEquals(new IndexConfiguration.DictionaryUse(0.4f, 3), IndexConfiguration.load(folder).dictionaryUse());
        Files.writeString(folder.resolve("fields.json"), Files.readString(folder.resolve("fields.json"))
                .replace("\"boost\": 0.4, \"alternatives\": 3", "\"boost\": 2.0, \"alternatives\": 3"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexConfiguration.load(folder));
        assertTrue(e.getMessage().contains("dictionary boost"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexConfiguration.load(folder));
        assertTrue(e.getMessage().contains("analysis.json"), e.getMessage());
    }

    @Test
    void brokenJsonIsReportedWithTheFileName() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("fields.json"), "{ \"textFields\": [ ");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexConfiguration.load(folder));
        assertTrue(e.getMessage().startsWith("index-config/fields.json is invalid"), e.getMessage());
    }

    @Test
    void anUnknownFilterIsReportedWithItsAnalyzer() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("analysis.json"),
                "{\"analyzers\": {\"bilingual\": {\"tokenizer\": {\"name\": \"standard\"}, \"filters\": [{\"name\": \"noSuchFilter\"}]}}}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexConfiguration.load(folder));
        assertTrue(e.getMessage().contains("analyzer 'bilingual' cannot be built"), e.getMessage());
    }

    @Test
    void aFieldNamingAnUnknownAnalyzerIsRefused() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("fields.json"), Files.readString(folder.resolve("fields.json"))
                .replace("\"queryAnalyzer\": \"bilingualQuery\", \"boost\": 4.0", "\"queryAnalyzer\": \"klingon\", \"boost\": 4.0"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexConfiguration.load(folder));
        assertTrue(e.getMessage().contains("unknown analyzer 'klingon'"), e.getMessage());
    }

    @Test
    void aMissingEntryIsReportedNotThrownAsNullPointer() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("fields.json"), "{\"textFields\": []}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexConfiguration.load(folder));
        assertTrue(e.getMessage().contains("a required entry is missing"), e.getMessage());
    }

    private void copyShipped() throws IOException {
        try (var files = Files.list(Path.of("index-config"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}
