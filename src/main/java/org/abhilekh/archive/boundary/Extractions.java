package org.abhilekh.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.DocumentRepository;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.control.PublicReading;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.IngestProgress;
import org.abhilekh.archive.entity.IngestStatus;
import org.abhilekh.archive.entity.IngestTicket;
import org.abhilekh.archive.entity.WithheldPassages;
import org.abhilekh.safeguarding.boundary.PublicCopies;
import org.abhilekh.safeguarding.boundary.Safeguarding;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * The archive's side of extraction, for the ingest feature: a document's original handed out to be read, and what
 * was read kept with it, checked for safeguarding and put in the index (or why it could not be read).
 */
@ApplicationScoped
public class Extractions {

    @Inject
    Archive archive;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentIndexing indexing;

    @Inject
    PublicReading reading;

    @Inject
    Safeguarding safeguarding;

    @Inject
    PublicCopies publicCopies;

    @Inject
    IngestProgress progress;

    /** Says where the document's original is, to be read; empty if it is gone. */
    public Optional<IngestTicket> beginIngest(long id) {
        return documents.find(id).map(document -> new IngestTicket(id, archive.original(document),
                document.getOriginalName(), document.getLanguage()));
    }

    /**
     * Keeps the extracted text with what staff should know about it (flag codes and their sentences) and what the
     * safeguarding checks find in it, its file's metadata and its description; indexes it with the text in hand.
     * False if the document was deleted meanwhile.
     */
    public boolean recordExtraction(long id, String mediaType, String text, String detectedLanguage, boolean truncated,
                                 List<String> flags, List<String> notes, Map<String, List<String>> fileMetadata) {
        Optional<Document> current = documents.find(id);
        if (current.isEmpty()) {
            return false;
        }
        List<Finding> findings = new ArrayList<>(reading.described(
                MetadataReader.stored(current.get().getMetadataJson(), current.get().getOriginalName())));
        findings.addAll(safeguarding.inText(text, "text"));
        if (mediaType == null || !mediaType.startsWith("text/")) {
            // A text or HTML file hides nothing: its head (author, description) is shown with it, and its words are read above.
            findings.addAll(safeguarding.inFileMetadata(fileMetadata));
        }
        WithheldPassages withheld = current.get().getWithheld();
        List<Finding> exposed = withheld.isEmpty() ? findings : reading.exposed(
                MetadataReader.stored(current.get().getMetadataJson(), current.get().getOriginalName()), withheld, text, current.get());
        boolean holds = !publicCopies.holding(exposed, mediaType).isEmpty();
        Optional<Document> saved = documents.saveExtraction(id, mediaType, text, detectedLanguage, truncated, flags, notes,
                FindingsJson.toJson(findings), holds);
        saved.ifPresent(document -> {
            indexing.index(document, text);
            indexing.searchableNow();
        });
        return saved.isPresent();
    }

    /**
     * The text could not be read (the reason is the job's): the description alone still goes into the index so staff can
     * find the document, and a document waiting to go public is held for an editor.
     */
    public void recordFailure(long id, String mediaType, String reason) {
        documents.saveFailure(id, mediaType, reason).ifPresent(document -> {
            indexing.index(document);
            indexing.searchableNow();
        });
    }

    /** Where the document's reading stands; empty if there is no such document. */
    public Optional<IngestStatus> ingestStatus(long id) {
        return documents.find(id).map(document -> progress.of(id).status());
    }
}
