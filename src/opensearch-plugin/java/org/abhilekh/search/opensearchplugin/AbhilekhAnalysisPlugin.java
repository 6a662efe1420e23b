package org.abhilekh.search.opensearchplugin;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ResourceLoaderAware;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerScope;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Abhilekh's analyzers for OpenSearch: every chain of {@code index-config/analysis.json}, built by
 * {@link org.abhilekh.search.control.AnalyzerChains} (the embedded engine's code) from the packaged index-config
 * files.
 *
 * <p>Analyzers are registered as {@code abhilekh_<name>} (always) and as {@code <name>} unless OpenSearch already
 * has an analyzer of that name ({@code english} and {@code hindi} come with its analysis-common module, and two
 * registrations of one name stop the node). Token filters: each Lucene filter the chains use, by its SPI name with
 * the prefix ({@code abhilekh_hindiStem}, {@code abhilekh_romanKey}, {@code abhilekh_stop} ...), taking Lucene's
 * parameters ({@code words}, {@code ignoreCase}, {@code keep} ...) with files read from the packaged index-config.
 */
public final class AbhilekhAnalysisPlugin extends Plugin implements AnalysisPlugin {

    public static final String PREFIX = "abhilekh_";

    /** Analyzer names OpenSearch 3.8 registers itself (server and the analysis-common module). */
    static final Set<String> OPENSEARCH_ANALYZERS = Set.of("default", "standard", "simple", "stop", "whitespace",
            "keyword", "fingerprint", "pattern", "snowball", "arabic", "armenian", "basque", "bengali", "brazilian",
            "bulgarian", "catalan", "chinese", "cjk", "czech", "danish", "dutch", "english", "estonian", "finnish",
            "french", "galician", "german", "greek", "hindi", "hungarian", "indonesian", "irish", "italian", "latvian",
            "lithuanian", "norwegian", "persian", "portuguese", "romanian", "russian", "sorani", "spanish", "swedish",
            "turkish", "thai");

    private final PackagedIndexConfig files;
    private final Map<String, Analyzer> analyzers;
    /** The Lucene token filters the chains use, by SPI name. */
    private final Set<String> filters;

    public AbhilekhAnalysisPlugin() {
        ClassLoader own = getClass().getClassLoader();
        // Lucene finds analysis factories by SPI name through the class loader of its own jars (OpenSearch's lib/),
        // which cannot see this plugin's romanKey: make the plugin's services known too (added, nothing replaced).
        org.apache.lucene.analysis.TokenFilterFactory.reloadTokenFilters(own);
        TokenizerFactory.reloadTokenizers(own);
        CharFilterFactory.reloadCharFilters(own);
        this.files = new PackagedIndexConfig(own);
        this.analyzers = files.analyzers();
        Set<String> used = new java.util.TreeSet<>();
        for (Analyzer analyzer : analyzers.values()) {
            for (org.apache.lucene.analysis.TokenFilterFactory factory : ((CustomAnalyzer) analyzer).getTokenFilterFactories()) {
                used.add(org.apache.lucene.analysis.TokenFilterFactory.findSPIName(factory.getClass()));
            }
        }
        this.filters = Collections.unmodifiableSet(used);
    }

    /** The analyzers of analysis.json, by their names there. */
    Map<String, Analyzer> analyzers() {
        return analyzers;
    }

    /** Lucene SPI names of the token filters registered with the prefix. */
    Set<String> filterNames() {
        return filters;
    }

    /** The names OpenSearch knows an analyzer by: the prefixed one, and the plain one when OpenSearch has none such. */
    static Set<String> registeredNames(String name) {
        return OPENSEARCH_ANALYZERS.contains(name) ? Set.of(PREFIX + name) : Set.of(PREFIX + name, name);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> providers = new LinkedHashMap<>();
        analyzers.forEach((name, analyzer) -> {
            for (String registered : registeredNames(name)) {
                providers.put(registered, (indexSettings, environment, as, settings) -> new SharedAnalyzerProvider(as, analyzer));
            }
        });
        return providers;
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> providers = new TreeMap<>();
        for (String spiName : filters) {
            AnalysisProvider<TokenFilterFactory> provider = (indexSettings, environment, name, settings) -> {
                Map<String, String> args = new HashMap<>();
                for (String key : settings.keySet()) {
                    // OpenSearch adds the filter's type and the index's creation version (index.version.created).
                    if (!"type".equals(key) && !key.startsWith("index.")) {
                        args.put(key, settings.get(key));
                    }
                }
                return new LuceneTokenFilter(name, luceneFilter(spiName, args));
            };
            // OpenSearch makes every filter that needs no settings for each new index: a filter that cannot be made
            // without parameters (a synonym file, lengths) must be defined in the index settings before use.
            providers.put(PREFIX + spiName, worksWithoutParameters(spiName) ? provider : AnalysisPlugin.requiresAnalysisSettings(provider));
        }
        return providers;
    }

    /** A Lucene token filter factory by SPI name and parameters, its files read from the packaged index-config. */
    org.apache.lucene.analysis.TokenFilterFactory luceneFilter(String spiName, Map<String, String> args) {
        org.apache.lucene.analysis.TokenFilterFactory factory =
                org.apache.lucene.analysis.TokenFilterFactory.forName(spiName, new HashMap<>(args));
        if (factory instanceof ResourceLoaderAware aware) {
            try {
                aware.inform(files);
            } catch (IOException e) {
                throw new IllegalArgumentException("Token filter " + spiName + " cannot read its files: " + e.getMessage(), e);
            }
        }
        return factory;
    }

    private boolean worksWithoutParameters(String spiName) {
        try {
            luceneFilter(spiName, Map.of());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * One analyzer instance for all indices: built once from files that do not change while the node runs,
     * thread-safe like every Lucene analyzer, and never closed with an index (global scope), like OpenSearch's own
     * pre-built analyzers.
     */
    private record SharedAnalyzerProvider(String name, Analyzer analyzer) implements AnalyzerProvider<Analyzer> {
        @Override
        public AnalyzerScope scope() {
            return AnalyzerScope.GLOBAL;
        }

        @Override
        public Analyzer get() {
            return analyzer;
        }
    }

    /** A Lucene token filter factory as an OpenSearch one. */
    private record LuceneTokenFilter(String name, org.apache.lucene.analysis.TokenFilterFactory factory)
            implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream input) {
            return factory.create(input);
        }

        @Override
        public TokenStream normalize(TokenStream input) {
            return factory.normalize(input);
        }
    }
}
