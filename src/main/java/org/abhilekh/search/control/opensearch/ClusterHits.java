package org.abhilekh.search.control.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.entity.SearchHit;
import org.opensearch.client.opensearch.core.search.Highlight;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.Hit;
import org.owasp.encoder.Encode;

/**
 * Turns the cluster's hits into {@link SearchHit}s: the source fields fields.json's {@code hit} names (never
 * the body), and a snippet from the highlighter with the query's words in {@code <mark>}, HTML-escaped, or the
 * start of the summary where the body has none, as the embedded engine shows them.
 */
final class ClusterHits {

    private final IndexConfiguration configuration;
    private final List<String> sourceFields;

    ClusterHits(IndexConfiguration configuration) {
        this.configuration = configuration;
        this.sourceFields = IndexLayout.sourceFields(configuration);
    }

    List<String> sourceFields() {
        return sourceFields;
    }

    /** Marks the words of any field in the snippet field's passages (the roman keys never occur there). */
    Highlight highlight() {
        IndexConfiguration.Snippet snippet = configuration.snippet();
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html).type(t -> t.builtin(BuiltinHighlighterType.Unified))
                .preTags("<mark>").postTags("</mark>").requireFieldMatch(false)
                .fields(snippet.field(), f -> f.numberOfFragments(snippet.passages()).fragmentSize(snippet.passageLength())));
    }

    List<SearchHit> read(List<Hit<ObjectNode>> found, boolean highlighted) {
        IndexConfiguration.Snippet snippet = configuration.snippet();
        List<SearchHit> hits = new ArrayList<>(found.size());
        for (Hit<ObjectNode> hit : found) {
            String text = null;
            Map<String, List<String>> highlights = hit.highlight();
            if (highlighted && highlights != null && highlights.get(snippet.field()) != null) {
                text = String.join(" … ", highlights.get(snippet.field()));
            }
            if (text == null || text.isBlank()) {
                text = summary(hit.source(), highlighted ? snippet.passageLength() * snippet.passages() : 200);
            }
            hits.add(toHit(hit.source(), text));
        }
        return hits;
    }

    static SearchHit toHit(JsonNode source, String snippet) {
        String date = text(source, IndexLayout.DATE);
        return new SearchHit(
                text(source, IndexLayout.KIND),
                source.path(IndexLayout.ID).asLong(),
                text(source, "title"),
                first(source, "type"),
                date == null ? null : LocalDate.parse(date),
                first(source, "language"),
                first(source, "outlet"),
                snippet,
                text(source, IndexLayout.URL),
                IndexLayout.STAFF.equals(text(source, IndexLayout.VISIBILITY))
                        && !IndexLayout.WHOLE.equals(text(source, IndexLayout.WITHHELD)));
    }

    static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String first(JsonNode source, String facet) {
        JsonNode values = source.get(IndexLayout.facetField(facet));
        if (values == null || values.isNull()) {
            return null;
        }
        return values.isArray() ? (values.isEmpty() ? null : values.get(0).asText()) : values.asText();
    }

    private static String summary(JsonNode source, int maxChars) {
        String text = text(source, "summary");
        if (text == null) {
            return "";
        }
        String shortened = text.length() > maxChars ? text.substring(0, maxChars) + " …" : text;
        return Encode.forHtml(shortened);
    }
}
