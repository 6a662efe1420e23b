/**
 * Search: the Lucene index and everything asked of it.
 *
 * <p>Owns: {@code index-config/} (analyzers, fields, facets), the on-disk index with its near-real-time
 * reader, faceted search with drill-sideways counts, and snippets; among the metrics ({@code SearchMetrics}), how long
 * searches take and the index's size on disk. {@code AnalyzerChains} turns analysis.json
 * into analyzers, for this index and for the OpenSearch analysis plugin ({@code search.opensearchplugin}, built
 * from {@code src/opensearch-plugin/} by the {@code opensearch-plugin} profile), so both engines analyse alike.
 * {@link org.abhilekh.search.boundary.SearchIndex} is the only door to Lucene for the rest of the
 * application and speaks only the project's types; behind it is a {@code SearchEngine}: {@code LuceneIndex},
 * wiring classes of one concern each: {@code IndexStore} (writer, commits, near-real-time searchers), {@code HeldCommit} (backup snapshots), {@code LuceneDocumentMapper},
 * {@code SearchQueries} (parsing, visibility, date range, drill-down, sort), {@code HitReader} (hits and
 * snippets), {@code FacetCounts}, {@code Spelling}, {@code Completions} and {@code SimilarEntries}; or
 * {@code control.opensearch.OpenSearchEngine}, the same on an OpenSearch cluster with the project's analysis
 * plugin (not chosen by the application yet; its parity with the embedded index is {@code OpenSearchEngineIT}).
 *
 * <p>Requirements: visibility is part of the one query that yields hits, totals, facet counts and snippets,
 * so none of them can leak staff-only material; counts are exact; a malformed query is a 400 that says
 * what to fix; search behaviour changes with {@code index-config/}, not with code.
 *
 * <p>Decisions:
 * <ul>
 * <li>Facets use sorted-set doc values (no taxonomy index): one index to keep in step and to rebuild.
 *     The ordinal state is built once per reader refresh, in the searcher factory.</li>
 * <li>One bilingual analyzer chain instead of per-language fields: English filters leave Devanagari alone
 *     and Hindi filters leave Latin alone, so mixed text needs no routing and the index is not doubled.
 *     Rejected: a field per language, where a word dropped by one analyzer becomes mandatory in the other.</li>
 * <li>Bodies are stored with offsets in the postings, so snippets come from anywhere in a long text
 *     without re-analysis; the highlighter's length limit is lifted for the same reason.</li>
 * <li>The index remembers nothing the database does not: after each commit it reports which item
 *     revisions it holds, by kind, and each feature records its own (the archive its documents).</li>
 * <li>Items are keyed by kind and id ({@code document:12}, {@code post:3}), so features need not share one
 *     id space. Every commit is marked with the index format; an index without the current marker (one
 *     written before keyed items) is not read but rebuilt from the truth at the start, as a damaged one is.</li>
 * <li>index-config/fields.json is the one place that says which values an item's facets take (a facet's
 *     {@code source}) and which stored fields a hit shows ({@code hit}); features hand over all they have.</li>
 * <li>Hindi typed in Latin letters: Devanagari words are also indexed as spelling-tolerant Latin keys
 *     ({@code RomanKey}: transliteration with Hindi schwa deletion, then folding of aspiration, vowel
 *     length and inflection). Rejected: ICU's scholarly transliteration ("mānava"), which nobody types,
 *     and a 13 MB dependency for it.</li>
 * <li>Each query is read two ways and either may match: word groups within one field (so the glossary's
 *     multi-word entries apply: "child labour" = बाल श्रम) and word by word across fields (so a query that
 *     mixes scripts finds a document whose text is Hindi and whose district is in English).</li>
 * <li>English words also find Hindi text through FreeDict's English–Hindi dictionary ({@code EnglishHindiDictionary},
 *     dictd files read once at start from {@code abhilekh.search.dictionary}), added by the query parser beside the
 *     glossary at a lower weight and with a few translations per word ({@code fields.json}, {@code dictionary}), so
 *     both engines search the same terms. It is not part of {@code index-config/}: it is a system package (GPL) that
 *     is installed or not, and the server runs without it. Rejected: writing its 25,000 entries into the glossary's
 *     synonym filter, where they would weigh as much as the hand-made entries and spread through multi-word
 *     matching; and matching the strict reading in the glossary's terms alone, which left "wages" without its
 *     Hindi documents whenever an English one held the word. A search whose words meet only through translations
 *     also lists the documents holding most of the words as typed, so that a full match in the other language
 *     does not hide a partial one in the reader's own.</li>
 * <li>"Did you mean" and completions are offered only where they lead to something the caller may see:
 *     a correction is checked by running it with the caller's visibility; completions are counted over
 *     visible documents only.</li>
 * <li>A rebuild writes a new index generation beside the live one, receives live changes too, and is
 *     swapped in by replacing a one-line pointer file atomically; searches never wait for it.</li>
 * <li>At opening, the current generation's last commit is verified against its checksums (CheckIndex at
 *     its checksum level: every file read once, cheap next to a full check) and must open; a damaged or
 *     missing one is left behind and a fresh generation is filled from the truth, so a bad disk block
 *     costs a rebuild rather than wrong answers or a failure at the next merge.
 *     {@link org.abhilekh.search.boundary.SearchIndex#recovery()} says what happened.</li>
 * <li>The results CSV for staff is written by Apache Commons CSV, every cell quoted; cells a spreadsheet would
 *     run as formulas are defused first by the platform's {@code Downloads.defuseFormula} (no CSV library does it).</li>
 * <li>A search's Atom feed is written by ROME through the platform's {@code AtomFeed} (the blog's feed uses the
 *     same writer; search may import no other feature, so the writer lives on the floor).</li>
 * <li>Backups copy the files of one commit held by a SnapshotDeletionPolicy while the writer carries
 *     on; commits are serialised so a backup knows no other commit came between its own and its
 *     database read. The index's part of a backup is {@link org.abhilekh.search.boundary.IndexBackupPart}:
 *     it also restores such a copy as the first generation, only when it passes its checksums, so a restored
 *     server otherwise rebuilds from the rows. Readiness asks {@code IndexReadiness} whether the index is
 *     open.</li>
 * <li>The search page bean reads its parameters, the context path and the interface text through OmniFaces'
 *     {@code Faces}, rather than injecting FacesContext and ExternalContext and fetching the {@code msg} bundle by
 *     hand, as the other features' page beans do.</li>
 * </ul>
 */
package org.abhilekh.search;
