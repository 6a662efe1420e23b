package org.abhilekh.search.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.abhilekh.search.entity.SearchHit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.owasp.encoder.Encode;

/**
 * Turns matching entries into {@link SearchHit}s: the stored fields that fields.json's {@code hit} names
 * (never the stored body, which can run to millions of characters) and a snippet with the query's words
 * marked, or the start of the summary where the body has none.
 */
final class HitReader {

    private final IndexConfiguration configuration;
    /** Stored fields a hit loads: the entry's own (key, date, address, visibility) and those fields.json names. */
    private final Set<String> loaded;
    /** Query terms of these fields are marked in snippets: those analysed like the snippet field. */
    private final Set<String> highlightedFrom;

    HitReader(IndexConfiguration configuration) {
        this.configuration = configuration;
        Set<String> fields = new HashSet<>(Set.of(LuceneDocumentMapper.ID, LuceneDocumentMapper.KIND, LuceneDocumentMapper.DATE,
                LuceneDocumentMapper.URL, LuceneDocumentMapper.VISIBILITY, LuceneDocumentMapper.WITHHELD));
        fields.addAll(configuration.hit().fields());
        configuration.hit().facets().forEach(facet -> fields.add(LuceneDocumentMapper.storedFacet(facet)));
        this.loaded = Set.copyOf(fields);
        String snippetAnalyzer = configuration.textField(configuration.snippet().field())
                .map(IndexConfiguration.TextField::queryAnalyzer).orElse("");
        this.highlightedFrom = configuration.textFields().stream().filter(field -> field.queryAnalyzer().equals(snippetAnalyzer))
                .map(IndexConfiguration.TextField::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The hits of one page of {@code all}, with snippets for {@code userQuery}. */
    List<SearchHit> page(IndexSearcher searcher, Query userQuery, TopDocs all, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        IndexConfiguration.Snippet snippet = configuration.snippet();
        // Each hit's stored fields are read once, the snippet's text with them: a document's stored fields are
        // decompressed as a whole, and the highlighter reading the text on its own decompressed each hit twice.
        StoredFields storedFields = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        Set<String> withText = new HashSet<>(loaded);
        withText.add(snippet.field());
        for (ScoreDoc hit : page) {
            documents.put(hit.doc, storedFields.document(hit.doc, withText));
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, configuration.fieldAnalyzer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                // Passages of about the configured length, cut at word boundaries: sentences in scanned
                // clippings and web pages are often far too long, or not marked at all.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), snippet.passageLength(), 0.5f))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withFieldMatcher(highlightedFrom::contains);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                return texts(documents, fields, docs, cacheCharsThreshold, getMaxLength());
            }
        };
        String[] snippets = highlighter.highlight(snippet.field(), userQuery, new TopDocs(all.totalHits, page), snippet.passages());
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = documents.get(page[i].doc);
            String text = snippets[i];
            if (text == null || text.isBlank()) {
                text = summary(doc, snippet.passageLength() * snippet.passages());
            }
            hits.add(toHit(doc, text));
        }
        return hits;
    }

    /**
     * What the highlighter's own loading gives, from documents already read: for each document in turn, each field's
     * values joined by the highlighter's separator (a null character) and cut at its maximum length, null where the
     * document has none; in batches of about {@code cacheCharsThreshold} characters, as the highlighter asks.
     */
    private static List<CharSequence[]> texts(Map<Integer, Document> documents, String[] fields, DocIdSetIterator docs,
                                      int cacheCharsThreshold, int maxLength) throws IOException {
        List<CharSequence[]> texts = new ArrayList<>();
        int chars = 0;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document document = documents.get(doc);
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String[] parts = document.getValues(fields[f]);
                if (parts.length > 0) {
                    String joined = String.join("\u0000", parts);
                    values[f] = joined.length() > maxLength ? joined.substring(0, maxLength) : joined;
                    chars += values[f].length();
                }
            }
            texts.add(values);
            if (cacheCharsThreshold == 0 || chars > cacheCharsThreshold) {
                break;
            }
        }
        return texts;
    }

    /** Hits without a query to mark, shown with the start of their summary. */
    List<SearchHit> plain(IndexSearcher searcher, TopDocs found, int summaryChars) throws IOException {
        List<SearchHit> hits = new ArrayList<>(found.scoreDocs.length);
        for (ScoreDoc hit : found.scoreDocs) {
            Document doc = stored(searcher, hit.doc);
            hits.add(toHit(doc, summary(doc, summaryChars)));
        }
        return hits;
    }

    /** The fields a hit shows, for other readers (completions show a title and an address). */
    Document stored(IndexSearcher searcher, int doc) throws IOException {
        return searcher.storedFields().document(doc, loaded);
    }

    private static SearchHit toHit(Document doc, String snippet) {
        String date = doc.get(LuceneDocumentMapper.DATE);
        return new SearchHit(
                doc.get(LuceneDocumentMapper.KIND),
                Long.parseLong(doc.get(LuceneDocumentMapper.ID)),
                doc.get("title"),
                doc.get(LuceneDocumentMapper.storedFacet("type")),
                date == null ? null : LocalDate.parse(date),
                doc.get(LuceneDocumentMapper.storedFacet("language")),
                doc.get(LuceneDocumentMapper.storedFacet("outlet")),
                snippet,
                doc.get(LuceneDocumentMapper.URL),
                LuceneDocumentMapper.STAFF.equals(doc.get(LuceneDocumentMapper.VISIBILITY))
                        && !LuceneDocumentMapper.WHOLE.equals(doc.get(LuceneDocumentMapper.WITHHELD)));
    }

    private static String summary(Document doc, int maxChars) {
        String text = doc.get("summary");
        if (text == null) {
            return "";
        }
        String shortened = text.length() > maxChars ? text.substring(0, maxChars) + " …" : text;
        return Encode.forHtml(shortened);
    }
}
