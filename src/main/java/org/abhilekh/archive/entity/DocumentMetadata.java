package org.abhilekh.archive.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a person (or a sidecar file) says about a document, already checked: a title, the type,
 * date, language and visibility, and the type-specific details (outlet, authors, audience...) as
 * named attributes.
 */
public record DocumentMetadata(
        String title,
        DocumentType type,
        LocalDate date,
        String language,
        Visibility visibility,
        String summary,
        List<String> tags,
        Map<String, List<String>> attributes) {

    public DocumentMetadata {
        tags = List.copyOf(tags);
        attributes = Map.copyOf(attributes);
    }

    public List<String> attribute(String name) {
        return attributes.getOrDefault(name, List.of());
    }

    public DocumentMetadata withVisibility(Visibility other) {
        return new DocumentMetadata(title, type, date, language, other, summary, tags, attributes);
    }

    /** The same description naming another outlet (a clipping's). */
    public DocumentMetadata withOutlet(String outlet) {
        Map<String, List<String>> renamed = new java.util.LinkedHashMap<>(attributes);
        renamed.put("outlet", List.of(outlet));
        return new DocumentMetadata(title, type, date, language, visibility, summary, tags, renamed);
    }

    /** The description as the public may read it: every word a person wrote, with these passages withheld. */
    public DocumentMetadata withheld(WithheldPassages passages) {
        if (passages.isEmpty()) {
            return this;
        }
        Map<String, List<String>> readable = new java.util.LinkedHashMap<>();
        attributes.forEach((name, values) -> readable.put(name, values.stream().map(passages::redact).toList()));
        return new DocumentMetadata(passages.redact(title), type, date, language, visibility, passages.redact(summary),
                tags.stream().map(passages::redact).toList(), readable);
    }

    /** The words a person wrote, by where they stand: what the safeguarding checks read in a description. */
    public Map<String, String> writtenTexts() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("title", title);
        if (summary != null) {
            texts.put("summary", summary);
        }
        if (!tags.isEmpty()) {
            texts.put("tags", String.join(", ", tags));
        }
        attributes.forEach((name, values) -> texts.put(name, String.join("; ", values)));
        return texts;
    }
}
