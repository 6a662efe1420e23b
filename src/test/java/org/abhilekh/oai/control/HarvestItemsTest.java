package org.abhilekh.oai.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.abhilekh.archive.entity.PublicDescription;
import org.abhilekh.oai.entity.Tombstone;
import org.junit.jupiter.api.Test;

/** The protocol over a catalogue held in memory: XOAI's data provider with this feature's items, sets and mapping. */
class HarvestItemsTest {

    private static final String BASE = "https://archive.example.org";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();

    @Test
    void identifyNamesTheRepositoryWithPersistentDeletionsAndSecondGranularity() {
        catalogue.publish(1, "press-clipping", START);
        OaiXml identify = ask("verb", "Identify");
        assertEquals("", identify.error());
        assertEquals(BASE + "/oai", identify.text("//o:Identify/o:baseURL"));
        assertEquals("persistent", identify.text("//o:Identify/o:deletedRecord"));
        assertEquals("YYYY-MM-DDThh:mm:ssZ", identify.text("//o:Identify/o:granularity"));
        assertEquals("2026-01-01T00:00:00Z", identify.text("//o:Identify/o:earliestDatestamp"));
        assertEquals("2.0", identify.text("//o:Identify/o:protocolVersion"));
    }

    @Test
    void aPublicDocumentIsARecordWithItsDublinCoreAndAWithdrawnOneADeletedRecordWithout() {
        catalogue.publish(7, "press-clipping", START);
        catalogue.withdraw(8, "research-paper", START.plusSeconds(60));
        OaiXml record = ask("verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:archive.example.org:document/7");
        assertEquals("", record.error());
        assertEquals("oai:archive.example.org:document/7", record.text("//o:record/o:header/o:identifier"));
        assertEquals("2026-01-01T00:00:00Z", record.text("//o:record/o:header/o:datestamp"));
        assertEquals("type:press-clipping", record.text("//o:record/o:header/o:setSpec"));
        assertEquals("Document 7", record.text("//oai_dc:dc/dc:title"));
        assertEquals(BASE + "/archive/document.xhtml?id=7", record.text("//oai_dc:dc/dc:identifier"));

        OaiXml deleted = ask("verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:archive.example.org:document/8");
        assertEquals("deleted", deleted.text("//o:record/o:header/@status"));
        assertEquals("2026-01-01T00:01:00Z", deleted.text("//o:record/o:header/o:datestamp"));
        assertEquals(0, deleted.texts("//o:record/o:metadata").size(), "a deleted record has no metadata");
    }

    @Test
    void unknownIdentifiersAndOtherRepositoriesIdentifiersDoNotExist() {
        catalogue.publish(7, "press-clipping", START);
        for (String identifier : List.of("oai:archive.example.org:document/9", "oai:elsewhere.org:document/7", "oai:archive.example.org:document/x",
                "oai:archive.example.org:document/99999999999999999999")) {
            assertEquals("idDoesNotExist", ask("verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", identifier).error(), identifier);
        }
    }

    @Test
    void resumptionTokensPageThroughLiveAndDeletedRecordsExactlyOnceInIdOrder() {
        for (int id = 1; id <= 11; id++) {
            if (id % 4 == 0) {
                catalogue.withdraw(id, "photo", START.plusSeconds(id));
            } else {
                catalogue.publish(id, "press-clipping", START.plusSeconds(id));
            }
        }
        for (String verb : List.of("ListRecords", "ListIdentifiers")) {
            List<String> seen = new ArrayList<>();
            OaiXml page = ask("verb", verb, "metadataPrefix", "oai_dc");
            assertEquals("11", page.text("//o:resumptionToken/@completeListSize"));
            int pages = 0;
            while (true) {
                pages++;
                assertEquals(String.valueOf(seen.size()), page.text("//o:resumptionToken/@cursor"), "the cursor counts what came before");
                seen.addAll(page.texts("//o:header/o:identifier"));
                String token = page.resumptionToken();
                if (token.isEmpty()) {
                    break;
                }
                page = ask("verb", verb, "resumptionToken", token);
                assertEquals("", page.error());
            }
            List<String> expected = new ArrayList<>();
            for (int id = 1; id <= 11; id++) {
                expected.add("oai:archive.example.org:document/" + id);
            }
            assertEquals(expected, seen, verb);
            assertEquals(3, pages, "pages of 4 " + verb);
        }
    }

    @Test
    void fromAndUntilSelectByTheLastChangeAtSecondGranularityBothEndsIncluded() {
        catalogue.publish(1, "press-clipping", Instant.parse("2026-03-01T10:00:00.400Z"));
        catalogue.publish(2, "press-clipping", Instant.parse("2026-03-02T10:00:00Z"));
        catalogue.withdraw(3, "press-clipping", Instant.parse("2026-03-03T10:00:00Z"));
        assertEquals(List.of("oai:archive.example.org:document/1"),
                ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until", "2026-03-01T10:00:00Z").texts("//o:header/o:identifier"));
        assertEquals(List.of("oai:archive.example.org:document/2", "oai:archive.example.org:document/3"),
                ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2026-03-02T10:00:00Z").texts("//o:header/o:identifier"));
        OaiXml day = ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2026-03-02", "until", "2026-03-02");
        assertEquals(List.of("oai:archive.example.org:document/2"), day.texts("//o:header/o:identifier"), day.error());
        assertEquals("noRecordsMatch", ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-06-01T00:00:00Z").error());
    }

    @Test
    void setsAreTheDocumentTypesWhateverTheArchiveHolds() {
        catalogue.publish(1, "press-clipping", START);
        catalogue.withdraw(2, "research-paper", START);
        catalogue.publish(3, "research-paper", START);
        OaiXml page = ask("verb", "ListSets");
        List<String> sets = new ArrayList<>(page.texts("//o:set/o:setSpec"));
        while (!page.resumptionToken().isEmpty()) {
            page = ask("verb", "ListSets", "resumptionToken", page.resumptionToken());
            sets.addAll(page.texts("//o:set/o:setSpec"));
        }
        assertEquals(List.of("type", "type:press-clipping", "type:research-paper", "type:training-module", "type:panel-notes",
                "type:policy-document", "type:photo"), sets);
        OaiXml papers = ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "type:research-paper");
        assertEquals(List.of("oai:archive.example.org:document/2", "oai:archive.example.org:document/3"), papers.texts("//o:header/o:identifier"),
                papers.error());
        assertEquals(3, ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "type").texts("//o:header/o:identifier").size());
        assertEquals("noRecordsMatch", ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "type:photo").error());
        assertFalse(ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "type:secret").error().isEmpty(),
                "an unknown set is an error");
    }

    @Test
    void protocolErrorsCarryTheirCodes() {
        catalogue.publish(1, "press-clipping", START);
        assertEquals("badVerb", ask("verb", "Harvest").error());
        assertEquals("badVerb", ask().error());
        assertEquals("badArgument", ask("verb", "ListRecords").error(), "metadataPrefix is required");
        assertEquals("badArgument", ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "yesterday").error());
        assertEquals("badArgument", ask("verb", "Identify", "colour", "blue").error());
        assertEquals("badResumptionToken", ask("verb", "ListRecords", "resumptionToken", "not-a-token").error());
        assertEquals("cannotDisseminateFormat", ask("verb", "ListRecords", "metadataPrefix", "marc21").error());
        assertEquals("badArgument", ask("verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "x".repeat(501)).error(),
                "over-long arguments are refused before they are read");
        assertEquals("noRecordsMatch", ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "until", "2001-01-01").error());
        assertEquals(List.of("oai_dc"), ask("verb", "ListMetadataFormats").texts("//o:metadataFormat/o:metadataPrefix"));
    }

    private OaiXml ask(String... pairs) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], new String[] {pairs[i + 1]});
        }
        HarvestItems items = new HarvestItems(catalogue, "archive.example.org", BASE, "Jharkhand Child Rights Forum");
        return new OaiXml(new OaiProtocol(items, BASE + "/oai", "archive@example.org", catalogue.earliest(), 4).answer(parameters));
    }

    /** Public descriptions and tombstones, as the archive and the tombstone table would answer for them. */
    private static final class InMemoryCatalogue implements Catalogue {

        private final Map<Long, PublicDescription> live = new TreeMap<>();
        private final Map<Long, Tombstone> withdrawn = new TreeMap<>();

        void publish(long id, String type, Instant at) {
            live.put(id, new PublicDescription(id, type, at, "Document " + id, LocalDate.of(2025, 5, 1), "en", "About " + id,
                    List.of("Prabhat Khabar"), List.of("brick kilns")));
        }

        void withdraw(long id, String type, Instant at) {
            withdrawn.put(id, new Tombstone(id, type, at));
        }

        Instant earliest() {
            return java.util.stream.Stream.concat(live.values().stream().map(PublicDescription::changedAt),
                    withdrawn.values().stream().map(Tombstone::getDeletedAt)).min(Instant::compareTo).orElse(START);
        }

        @Override
        public List<Long> publicIds(Instant from, Instant until, String type) {
            return live.values().stream().filter(d -> !d.changedAt().isBefore(from) && d.changedAt().isBefore(until))
                    .filter(d -> type == null || type.equals(d.type())).map(PublicDescription::id).toList();
        }

        @Override
        public List<PublicDescription> publicDescriptions(Collection<Long> ids) {
            return ids.stream().sorted().filter(live::containsKey).map(live::get).toList();
        }

        @Override
        public List<Long> withdrawnIds(Instant from, Instant until, String type) {
            return withdrawn.values().stream().filter(t -> !t.getDeletedAt().isBefore(from) && t.getDeletedAt().isBefore(until))
                    .filter(t -> type == null || type.equals(t.getType())).map(Tombstone::getDocumentId).toList();
        }

        @Override
        public List<Tombstone> tombstones(Collection<Long> ids) {
            return ids.stream().sorted().filter(withdrawn::containsKey).map(withdrawn::get).toList();
        }
    }
}
