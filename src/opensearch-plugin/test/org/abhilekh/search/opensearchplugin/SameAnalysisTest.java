package org.abhilekh.search.opensearchplugin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.abhilekh.search.control.IndexConfiguration;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;

/**
 * The OpenSearch plugin analyses text exactly as the embedded engine does: the plugin, made the way OpenSearch makes
 * it, reads the index-config files packaged on its class path; the embedded engine reads the index-config folder.
 * Every token's text, position, length, offsets and type are compared, for every analyzer in analysis.json.
 */
class SameAnalysisTest {

    private static final List<String> TEXTS = List.of(
            // English
            "The Children rescued from brick kilns' families, trafficking",
            "Child labour in Jharkhand's mica mines: 12 girls freed by the police",
            // Hindi
            "गुमला की लड़कियों को दिल्ली में मुक्त",
            "और भी है नहीं हैं की द्वारा पलायन",
            "मानव तस्करी के विरुद्ध २०२४ में बच्चे",
            // mixed
            "POCSO अधिनियम 2012 के लिए police प्रशिक्षण",
            "child labour बाल श्रम Gumla गुमला",
            // romanised Hindi, as typed without a Hindi keyboard
            "manav taskari", "ladki larki gumla se dilli", "bal shram aur palayan");

    private static IndexConfiguration embedded;
    private static AbhilekhAnalysisPlugin plugin;

    @BeforeAll
    static void load() {
        embedded = IndexConfiguration.load(Path.of("index-config"));
        plugin = new AbhilekhAnalysisPlugin();
    }

    @Test
    void everyAnalyzerOfAnalysisJsonIsRegistered() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> registered = plugin.getAnalyzers();
        for (String name : plugin.analyzers().keySet()) {
            embedded.analyzer(name);
            assertTrue(registered.containsKey("abhilekh_" + name), name);
        }
        for (String name : List.of("bilingual", "bilingualQuery", "romanisedIndex", "romanisedQuery", "spelling",
                "autocomplete", "autocompleteQuery")) {
            assertTrue(registered.containsKey(name), name);
        }
        // OpenSearch's analysis-common module has analyzers of these names: only the prefixed ones are ours.
        assertFalse(registered.containsKey("english"));
        assertFalse(registered.containsKey("hindi"));
    }

    @Test
    void pluginAnalyzersGiveTheEmbeddedEnginesTokens() throws IOException {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> registered = plugin.getAnalyzers();
        for (String name : plugin.analyzers().keySet()) {
            for (String as : AbhilekhAnalysisPlugin.registeredNames(name)) {
                AnalyzerProvider<? extends Analyzer> provider = registered.get(as).get(null, null, as, Settings.EMPTY);
                assertEquals(as, provider.name());
                for (String text : TEXTS) {
                    assertEquals(tokens(embedded.analyzer(name), text), tokens(provider.get(), text), as + ": " + text);
                }
            }
        }
    }

    @Test
    void pluginTokenFiltersRebuildTheChains() throws IOException {
        // The chains again from the plugin's prefixed token filters, configured in index settings style with the
        // parameters analysis.json gives: the building blocks match as well.
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = plugin.getTokenFilters();
        for (String name : List.of("bilingual", "bilingualQuery", "romanisedIndex", "romanisedQuery", "spelling", "english", "hindi")) {
            CustomAnalyzer chain = (CustomAnalyzer) embedded.analyzer(name);
            List<TokenFilterFactory> openSearch = new ArrayList<>();
            for (org.apache.lucene.analysis.TokenFilterFactory lucene : chain.getTokenFilterFactories()) {
                String spiName = org.apache.lucene.analysis.TokenFilterFactory.findSPIName(lucene.getClass());
                // As OpenSearch hands them over: with the type and the index's creation version.
                Settings.Builder settings = Settings.builder().put("type", "abhilekh_" + spiName)
                        .put("index.version.created", "137297827");
                lucene.getOriginalArgs().forEach(settings::put);
                openSearch.add(filters.get("abhilekh_" + spiName).get(null, null, "f", settings.build()));
            }
            int maxTokenLength = "100".equals(chain.getTokenizerFactory().getOriginalArgs().get("maxTokenLength")) ? 100 : 255;
            Analyzer rebuilt = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    StandardTokenizer tokenizer = new StandardTokenizer();
                    tokenizer.setMaxTokenLength(maxTokenLength);
                    TokenStream stream = tokenizer;
                    for (TokenFilterFactory filter : openSearch) {
                        stream = filter.create(stream);
                    }
                    return new TokenStreamComponents((Tokenizer) tokenizer, stream);
                }
            };
            for (String text : TEXTS) {
                assertEquals(tokens(chain, text), tokens(rebuilt, text), name + ": " + text);
            }
        }
    }

    @Test
    void filtersThatNeedParametersMustBeDefinedInIndexSettings() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = plugin.getTokenFilters();
        assertTrue(filters.get("abhilekh_synonymGraph").requiresAnalysisSettings());
        assertTrue(filters.get("abhilekh_length").requiresAnalysisSettings());
        assertFalse(filters.get("abhilekh_hindiStem").requiresAnalysisSettings());
        assertFalse(filters.get("abhilekh_romanKey").requiresAnalysisSettings());
        // The others OpenSearch makes for every new index, with no settings but the index's creation version.
        Settings asForEveryIndex = Settings.builder().put("index.version.created", "137297827").build();
        for (Map.Entry<String, AnalysisProvider<TokenFilterFactory>> filter : filters.entrySet()) {
            if (!filter.getValue().requiresAnalysisSettings()) {
                assertDoesNotThrow(() -> filter.getValue().get(null, null, filter.getKey(), asForEveryIndex), filter.getKey());
            }
        }
    }

    /** Each token as text|position increment|position length|start-end|type. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term + "|" + increment.getPositionIncrement() + "|" + length.getPositionLength() + "|"
                        + offset.startOffset() + "-" + offset.endOffset() + "|" + type.type());
            }
            stream.end();
        }
        return result;
    }
}
