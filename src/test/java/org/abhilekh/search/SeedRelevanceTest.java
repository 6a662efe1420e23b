package org.abhilekh.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.ingest.control.ExtractionFailedException;
import org.abhilekh.ingest.control.TextExtractor;
import org.abhilekh.ingest.entity.Extraction;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.LuceneIndex;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SortOrder;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known-item searches over the real seed archive: the text Tika reads from each file, described by its
 * sidecar and indexed as the application indexes it. Each query is one a reader or staff member would
 * type, in English, in Hindi, in Hindi typed with Latin letters, or across the two languages, and the
 * document it is after must be among the first three hits. (Scanned images are indexed by their
 * description here; OCR is exercised by the integration tests.)
 */
class SeedRelevanceTest {

    private static final Path SEED = Path.of("seed-content");
    private static final Map<String, Long> IDS = new HashMap<>();
    private static LuceneIndex index;

    @BeforeAll
    static void indexTheSeedArchive() throws IOException, ExtractionFailedException {
        index = new LuceneIndex(new ByteBuffersDirectory(), IndexConfiguration.load(Path.of("index-config")));
        TextExtractor extractor = new TextExtractor(Path.of("index-config/tika-config.xml"), 20_000_000);
        List<Path> files = org.abhilekh.ingest.control.FolderImport.contentFiles(SEED);
        long id = 0;
        for (Path file : files) {
            id++;
            String name = file.getFileName().toString();
            boolean image = name.matches(".*\\.(png|jpg|jpeg)$");
            DocumentMetadata metadata = MetadataReader.read(
                    Files.readString(file.resolveSibling(name + ".meta.json"), StandardCharsets.UTF_8), name, image);
            String text = "";
            String language = metadata.language();
            if (!image) {
                Extraction extraction = extractor.extract(file);
                text = extraction.text();
                language = language == null ? extraction.language() : language;
            }
            index.index(DocumentIndexing.toIndexable(id, 1, metadata, language, name, text));
            IDS.put(SEED.relativize(file).toString(), id);
        }
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mica supply chain Koderma                 | research/mica-supply-chain-children-koderma-giridih-2020.pdf                 | public
            adolescent girls domestic work Delhi      | research/invisible-workers-jharkhand-girls-delhi-domestic-work-2021.pdf      | public
            seasonal migration brick kilns Pakur      | research/brick-kiln-seasonal-migration-pakur-dumka-2022.docx                 | public
            tracking restored children after rescue   | research/after-rescue-restored-children-tracking-study-2024.html             | public
            AHTU police module                        | training/ahtu-police-module-child-trafficking-child-labour-2024.pdf          | public
            teachers dropout warning signs            | training/teachers-module-spotting-signs-dropout-trafficking-2023.html        | public
            child safeguarding policy                 | policy/jcrf-child-safeguarding-policy-2021.html                              | public
            Khunti district action plan               | policy/khunti-district-action-plan-child-labour-2020.pdf                     | public
            JJB CWC coordination roundtable           | panels/jjb-cwc-coordination-roundtable-ranchi-2023-09-28.odt                 | public
            West Singhbhum missing children           | clippings/eastern-chronicle-2025-04-17-west-singhbhum-missing-children.pdf   | public
            BNS 143 chargesheet                       | clippings/chotanagpur-times-2024-09-12-khunti-bns-143-chargesheet.html       | public
            Latehar juvenile justice board backlog    | clippings/eastern-chronicle-2019-12-10-latehar-jjb-cwc-backlog.docx          | public
            from kilns to classrooms webinar          | panels/webinar-from-kilns-to-classrooms-2025-06-12.html                      | public
            Childline 1098 poster railway station     | photos/childline-1098-poster-ranchi-station-2020.png                         | public
            state consultation child labour 2019      | panels/ranchi-state-consultation-child-labour-2019-11-20.txt                 | public
            Operation Nilgiri                         | panels/internal-rescue-debrief-2024-03-11.docx                               | staff
            returnee children lockdown staff meeting  | panels/staff-meeting-returnee-children-lockdown-2020-06-22.txt               | staff
            ईंट भट्ठों निगरानी समिति                     | clippings/jharkhand-darpan-2024-01-22-dumka-int-bhatta-nigrani.docx          | public
            मानव तस्करी रोकथाम सुझाव पत्र                 | policy/manav-taskari-rokthaam-rajya-sarkar-sujhav-patra-2023.pdf             | public
            किशोरियों का पलायन अध्ययन                   | research/gumla-simdega-kishoriyon-ka-palayan-adhyayan-2023.odt               | public
            बाल कल्याण समिति सदस्य प्रशिक्षण पुस्तिका      | training/cwc-sadasya-prashikshan-pustika-2021.docx                          | public
            बाल श्रम मुक्त ग्राम                          | policy/bal-shram-mukt-gram-panchayat-niti-dhancha-2022.odt                  | public
            कोडरमा ढिबरा बच्चे                           | clippings/jharkhand-darpan-2021-11-03-koderma-dhibra-children.jpg            | public
            गिरिडीह अभ्रक खदान स्कूल                      | clippings/ranchi-samachar-2025-02-08-giridih-mica-children-school.pdf        | public
            बाल श्रम निषेध दिवस                           | clippings/radio-nagpuri-2021-06-12-bal-shram-nishedh-diwas.txt              | public
            पीड़ित सहायता प्रोटोकॉल                        | training/pidit-sahayata-protocol-aantarik-2024.docx                         | staff
            manav taskari rokthaam                    | policy/manav-taskari-rokthaam-rajya-sarkar-sujhav-patra-2023.pdf             | public
            surakshit palayan simdega                 | clippings/ranchi-samachar-2019-08-09-simdega-surakshit-palayan.odt           | public
            int bhatta nigrani samiti                 | clippings/jharkhand-darpan-2024-01-22-dumka-int-bhatta-nigrani.docx          | public
            panchayat jagrukta module                 | training/panchayat-jagrukta-module-bal-shram-palayan-2019.odt                | public
            mica children school Giridih              | clippings/ranchi-samachar-2025-02-08-giridih-mica-children-school.pdf        | public
            girls migration study Gumla Simdega       | research/gumla-simdega-kishoriyon-ka-palayan-adhyayan-2023.odt               | public
            Sahibganj station rescue                  | clippings/jh-news-24-2023-12-05-sahibganj-station-rescue.txt                 | public
            minor girls freed from Delhi homes        | clippings/chotanagpur-times-2022-03-30-khunti-girls-delhi-domestic-work.html | public
            radio programme on child labour day       | clippings/radio-nagpuri-2021-06-12-bal-shram-nishedh-diwas.txt              | public
            Sahibganj railway station nine children Bengaluru | clippings/jh-news-24-2023-12-05-sahibganj-station-rescue.txt         | public
            village free of child labour panchayat policy | policy/bal-shram-mukt-gram-panchayat-niti-dhancha-2022.odt              | public
            safe migration campaign Simdega           | clippings/ranchi-samachar-2019-08-09-simdega-surakshit-palayan.odt           | public
            migration of girls from Gumla and Simdega | research/gumla-simdega-kishoriyon-ka-palayan-adhyayan-2023.odt               | public
            how many children were rescued at Sahibganj station | clippings/jh-news-24-2023-12-05-sahibganj-station-rescue.txt       | public
            trafficking prevention recommendations to state government | policy/manav-taskari-rokthaam-rajya-sarkar-sujhav-patra-2023.pdf | public
            खूंटी चार्जशीट                               | clippings/chotanagpur-times-2024-09-12-khunti-bns-143-chargesheet.html       | public
            लातेहार किशोर न्याय बोर्ड                     | clippings/eastern-chronicle-2019-12-10-latehar-jjb-cwc-backlog.docx          | public
            लापता बच्चे पश्चिमी सिंहभूम                   | clippings/eastern-chronicle-2025-04-17-west-singhbhum-missing-children.pdf   | public
            पाकुड़ और दुमका से ईंट भट्ठों पर पलायन           | research/brick-kiln-seasonal-migration-pakur-dumka-2022.docx                 | public
            larkiyan                                  | clippings/ranchi-samachar-2023-06-14-gumla-rescue.png                        | public
            बाल विवाह                                    | training/ahtu-police-module-child-trafficking-child-labour-2024.pdf          | public
            """)
    void theDocumentSoughtIsInTheFirstThree(String query, String file, String caller) throws IOException {
        Long expected = IDS.get(file);
        assertTrue(expected != null, "no seed file " + file);
        List<SearchHit> hits = index.search(new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 1, 3,
                "staff".equals(caller))).hits();
        List<Long> top = hits.stream().map(SearchHit::id).toList();
        assertTrue(top.contains(expected), () -> "'" + query + "' should find " + file + " in the first three; got "
                + hits.stream().map(hit -> hit.title()).toList());
    }

}
