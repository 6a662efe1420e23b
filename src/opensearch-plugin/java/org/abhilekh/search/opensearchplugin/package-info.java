/**
 * Abhilekh's OpenSearch analysis plugin, so that search can move behind the same facade onto an OpenSearch cluster
 * without changing what a word matches.
 *
 * <p>OpenSearch cannot read {@code index-config/analysis.json}, and rewriting the chains in its own analysis
 * settings would make two definitions that drift apart (its {@code hindi} analyzer, for one, is not ours: no
 * bilingual chain, no glossary, no romanised keys). The plugin instead builds every analyzer with
 * {@link org.abhilekh.search.control.AnalyzerChains}, the class the embedded Lucene index uses, from the
 * index-config files packaged into its jar at build time, with {@link org.abhilekh.search.control.RomanKey} for
 * the {@code romanKey} filter. Built from the same commit, the WAR and the plugin analyse text alike;
 * {@code SameAnalysisTest} compares every token of every analyzer. Built only by the Maven profile
 * {@code opensearch-plugin}; never part of the WAR. See {@code src/opensearch-plugin/README.md}.
 */
package org.abhilekh.search.opensearchplugin;
