/**
 * Search on an OpenSearch cluster: the second {@link org.abhilekh.search.control.SearchEngine}, beside the
 * embedded {@code LuceneIndex}, answering the same requests with the same hits, totals and facet counts.
 *
 * <p>Owns: the index on the cluster (settings and mapping derived from {@code index-config/}, a generation
 * behind an alias so a rebuild can swap it later), writing items as entries, and reading them back: query
 * building ({@link org.abhilekh.search.control.opensearch.ClusterQueries}, with the query language parsed by the
 * embedded engine's own parser and translated by {@link org.abhilekh.search.control.opensearch.QueryTranslator}),
 * hits with highlights, facets (post filter and one filter aggregation per facet, so counts are drill-sideways),
 * spelling, completions and more-like-this. The analysis is the project's plugin on every node
 * ({@code src/opensearch-plugin}), so a word matches the same items on both engines.
 *
 * <p>Requirements: visibility is part of every query and aggregation, as in the embedded engine; the index has
 * one primary shard, so term statistics, scores and counts are exact and like the embedded index's.
 *
 * <p>Decisions and intended differences: the public ranks by statistics of the whole index (the embedded engine
 * ranks the public by public entries only; scores are never shown, hits and counts are the same); snippets come
 * from OpenSearch's unified highlighter (the same words marked, passages may be cut elsewhere); backups are the
 * cluster's own snapshots, so {@code holdLastCommit} is not supported; durability is OpenSearch's translog, so
 * {@code commit} is a refresh that reports the revisions written since the last one.
 */
package org.abhilekh.search.control.opensearch;
