package org.abhilekh.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.IngestProgress;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.archive.entity.WithheldPassages;
import org.abhilekh.search.boundary.IndexSource;
import org.abhilekh.search.boundary.SearchIndex;
import org.abhilekh.search.entity.IndexCommitted;
import org.abhilekh.search.entity.IndexableDocument;

/**
 * Keeps the index in step with the archive: hands documents to the search feature, remembers which
 * revision each one has in a committed index, and at start-up re-indexes whatever is behind.
 */
@ApplicationScoped
public class DocumentIndexing implements IndexSource {

    private static final Logger LOG = Logger.getLogger(DocumentIndexing.class.getName());
    /** The kind of item documents are in the index, beside other features' items. */
    public static final String KIND = "document";
    private static final int REBUILD_PAGE = 200;

    @Inject
    DocumentRepository documents;

    @Inject
    SearchIndex searchIndex;

    @Inject
    IngestProgress progress;

    public void index(Document document) {
        index(document, documents.text(document.getId()).orElse(""));
    }

    /** In the transaction that deletes the document: it must leave the index, whatever happens after that transaction. */
    public void removalPending(long id) {
        searchIndex.removalPending(KIND, id);
    }

    /** Indexes a document whose text is in hand (just extracted), without reading it back from the database. */
    public void index(Document document, String text) {
        searchIndex.index(toIndexable(document, text));
    }

    /**
     * Makes what was just indexed visible to searches now rather than at the next scheduled refresh: a job reported done
     * is then searchable, as the upload page and the API promise.
     */
    public void searchableNow() {
        try {
            searchIndex.refreshNow();
        } catch (RuntimeException e) {
            // Indexed all the same (a rebuild may have just swapped the index): the scheduled refresh shows it shortly.
            LOG.log(Level.WARNING, "The index could not be refreshed at once; the next scheduled refresh shows the change", e);
        }
    }

    /** Re-indexes every document whose committed index revision is behind its own; answers how many. */
    @Override
    public int catchUp() {
        List<Long> behind = behind();
        for (Long id : behind) {
            documents.find(id).ifPresent(this::index);
        }
        if (!behind.isEmpty()) {
            LOG.info(() -> "Re-indexed " + behind.size() + " document(s) that the index did not hold yet");
            searchIndex.commit();
        }
        return behind.size();
    }

    /** Whether a catch-up would find nothing to do: a read, no write. */
    public boolean isCaughtUp() {
        return behind().isEmpty();
    }

    private List<Long> behind() {
        // A document whose text is still to be read is indexed when it has been.
        List<Long> behind = new ArrayList<>(documents.behindIndex());
        behind.removeAll(progress.waiting());
        return behind;
    }

    /**
     * Rebuilds the whole index from the database (the truth) into a fresh generation, swapped in when
     * complete; documents changed while it ran are indexed again afterwards. False if one is running.
     */
    public boolean rebuild() {
        java.time.Instant started = java.time.Instant.now();
        return searchIndex.rebuild(() -> documents.changedSince(started)
                .forEach(id -> documents.find(id).ifPresent(this::index)));
    }

    @Override
    public void feed(java.util.function.Consumer<IndexableDocument> target) {
        long after = 0;
        List<Long> page;
        while (!(page = documents.idsAfter(after, REBUILD_PAGE)).isEmpty()) {
            for (Long id : page) {
                documents.find(id).ifPresent(document ->
                        target.accept(toIndexable(document, documents.text(document.getId()).orElse(""))));
            }
            after = page.get(page.size() - 1);
        }
    }

    /** The index was found empty (new, lost or corrupt): everything must go into it again. */
    public void forgetIndexedRevisions() {
        documents.forgetIndexedRevisions();
    }

    void committed(@Observes IndexCommitted event) {
        try {
            Map<Long, Long> ours = event.revisionsOf(KIND);
            if (!ours.isEmpty()) {
                documents.markIndexed(ours);
            }
        } catch (RuntimeException e) {
            // The index holds them anyway; the next start re-indexes them, which is harmless.
            LOG.log(Level.WARNING, "Could not record indexed revisions", e);
        }
    }

    /**
     * A public document with withheld passages goes to the index with its public version: every part of it, the
     * file's name too, as the public may read it.
     */
    static IndexableDocument toIndexable(Document document, String text) {
        DocumentMetadata metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName());
        IndexableDocument whole = toIndexable(document.getId(), document.getRevision(), metadata, document.getLanguage(),
                document.getOriginalName(), text);
        WithheldPassages withheld = document.getWithheld();
        if (withheld.isEmpty() || !whole.publiclyVisible()) {
            return whole;
        }
        IndexableDocument readable = toIndexable(document.getId(), document.getRevision(), metadata.withheld(withheld),
                document.getLanguage(), withheld.redact(document.getOriginalName()), withheld.redact(text));
        return new IndexableDocument(whole.id(), whole.revision(), whole.kind(), whole.title(), whole.summary(), whole.body(),
                whole.texts(), whole.date(), true, whole.url(), whole.facets(), readable);
    }

    /** How a described document with its text is handed to the index. */
    public static IndexableDocument toIndexable(long id, long revision, DocumentMetadata metadata, String language,
                                                String originalName, String text) {
        // Every attribute is handed over; index-config/fields.json decides which become facets.
        Map<String, List<String>> facets = new LinkedHashMap<>(metadata.attributes());
        facets.put("type", List.of(metadata.type().code()));
        facets.put("language", List.of(language));
        facets.put("tag", metadata.tags());
        List<String> described = new ArrayList<>(metadata.tags());
        metadata.attributes().entrySet().stream()
                .filter(entry -> !"url".equals(entry.getKey()))
                .forEach(entry -> described.addAll(entry.getValue()));
        String metaText = Stream.concat(described.stream(), Stream.of(originalName))
                .collect(Collectors.joining("\n"));
        return new IndexableDocument(
                id,
                revision,
                KIND,
                metadata.title(),
                metadata.summary(),
                text,
                Map.of("meta", metaText,
                        "outlet", String.join("\n", metadata.attribute("outlet")),
                        "author", String.join("\n", metadata.attribute("authors"))),
                metadata.date(),
                metadata.visibility() == Visibility.PUBLIC,
                "/archive/document.xhtml?id=" + id,
                facets);
    }
}
