package org.abhilekh.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.PublicationChanged;
import org.abhilekh.archive.entity.RedactedCopy;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.archive.entity.WithheldPassages;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;

/**
 * Staff changes to documents, each in one transaction together with its audit entry, so the trail
 * never claims a change that did not happen and no change goes unrecorded. The row is locked while
 * it is checked and changed: two people saving at once cannot both pass the revision check.
 */
@ApplicationScoped
@Transactional
public class DocumentChanges {

    static final int MAX_AUDIT_VALUE = 300;
    /** The audit entry's column holds 8,000 characters. */
    static final int MAX_AUDIT_DETAILS = 7_900;

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    DocumentIndexing indexing;

    @Inject
    Event<PublicationChanged> publication;

    /**
     * Replaces the description if the document is still at {@code expectedRevision}; 409 otherwise.
     * Records DOCUMENT_EDIT with the fields that changed (old and new) and, when visibility changed,
     * DOCUMENT_VISIBILITY.
     */
    public Document describe(long id, long expectedRevision, DocumentMetadata metadata, String actor) {
        Document document = locked(id);
        return describe(document, expectedRevision, metadata, actor);
    }

    /**
     * The same, deciding publication too: {@code publication} says what the safeguarding checks found in the
     * document as now described, whether it waits for them, and, when an editor made it public having reviewed
     * what they found, that review, which the trail records with the findings.
     */
    public Document describe(long id, long expectedRevision, DocumentMetadata metadata, String actor, Publication publication) {
        Document document = locked(id);
        document.safeguardingChecked(publication.findingsJson());
        if (document.getPublicationHold() != publication.hold()) {
            document.hold(publication.hold());
        }
        if (publication.reviewed() && publication.findingsJson() != null) {
            String details = "made public after reviewing what the safeguarding checks found: " + publication.findingsJson();
            audit.record(actor, AuditAction.SAFEGUARDING_REVIEW, "document " + id,
                    details.length() > MAX_AUDIT_DETAILS ? details.substring(0, MAX_AUDIT_DETAILS) + "…" : details);
        }
        return describe(document, expectedRevision, metadata, actor);
    }

    /** What a change of description decides about publication; see {@link #describe(long, long, DocumentMetadata, String, Publication)}. */
    public record Publication(String findingsJson, org.abhilekh.archive.entity.PublicationHold hold, boolean reviewed) {
    }

    private Document describe(Document document, long expectedRevision, DocumentMetadata metadata, String actor) {
        long id = document.getId();
        requireRevision(document, expectedRevision);
        DocumentMetadata before = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName());
        List<String> changes = differences(before, metadata);
        if (changes.isEmpty()) {
            return document;
        }
        document.describe(metadata, MetadataReader.toJson(metadata));
        String details = String.join("; ", changes);
        audit.record(actor, AuditAction.DOCUMENT_EDIT, "document " + id,
                details.length() > MAX_AUDIT_DETAILS ? details.substring(0, MAX_AUDIT_DETAILS) + "…" : details);
        if (before.visibility() != metadata.visibility()) {
            audit.record(actor, AuditAction.DOCUMENT_VISIBILITY, "document " + id,
                    before.visibility().code() + " -> " + metadata.visibility().code());
            publication.fire(new PublicationChanged(id, metadata.type().code(), metadata.visibility() == Visibility.PUBLIC,
                    document.getUpdatedAt()));
        }
        return document;
    }

    /**
     * Withholds these passages from the public instead of those withheld so far, if the document is still at
     * {@code expectedRevision}. The trail records how many passages were added and removed, not their words: it
     * is read by more people than the document's text. {@code reviewedJson}, when not null, is what the public reads
     * now that the safeguarding checks find and an editor reviewed; the trail records it.
     */
    public Document withhold(long id, long expectedRevision, WithheldPassages passages, String actor, String reviewedJson) {
        Document document = locked(id);
        requireRevision(document, expectedRevision);
        if (reviewedJson != null) {
            String details = "released withheld passages after reviewing what the safeguarding checks found: " + reviewedJson;
            audit.record(actor, AuditAction.SAFEGUARDING_REVIEW, "document " + id,
                    details.length() > MAX_AUDIT_DETAILS ? details.substring(0, MAX_AUDIT_DETAILS) + "…" : details);
        }
        WithheldPassages before = document.getWithheld();
        if (before.equals(passages)) {
            return document;
        }
        long added = passages.passages().stream().filter(passage -> !before.passages().contains(passage)).count();
        long removed = before.passages().stream().filter(passage -> !passages.passages().contains(passage)).count();
        document.withhold(passages);
        audit.record(actor, AuditAction.DOCUMENT_WITHHOLD, "document " + id,
                "withheld " + added + " more passage(s), released " + removed + "; " + passages.passages().size() + " withheld now");
        return document;
    }

    /** Offers this redacted copy to the public instead of the original (null: none); answers the copy it replaced. */
    public RedactedCopy offerRedactedCopy(long id, RedactedCopy copy, String actor) {
        Document document = locked(id);
        RedactedCopy before = document.getRedactedCopy();
        document.offerRedactedCopy(copy);
        audit.record(actor, AuditAction.DOCUMENT_REDACTED_COPY, "document " + id, copy == null ? "removed the redacted copy"
                : "the public gets the redacted copy \"" + shorten(copy.name()) + "\" (sha256 " + copy.sha256() + ")");
        return before;
    }

    /** Puts a description in place without a revision check: the outlet list re-pointing its clippings. */
    public Document redescribe(long id, DocumentMetadata metadata) {
        Document document = locked(id);
        document.describe(metadata, MetadataReader.toJson(metadata));
        return document;
    }

    /** Removes the document and its text (the database cascades to the text and to press-kit entries). */
    public Document delete(long id, String actor) {
        Document document = locked(id);
        em.remove(document);
        indexing.removalPending(id);
        if (document.getVisibility() == Visibility.PUBLIC) {
            publication.fire(new PublicationChanged(id, document.getType().code(), false, Instant.now()));
        }
        em.flush();
        audit.record(actor, AuditAction.DOCUMENT_DELETE, "document " + id, "\"" + shorten(document.getTitle()) + "\" ("
                + document.getType().code() + ", " + document.getVisibility().code() + ", " + document.getOriginalName()
                + ", sha256 " + document.getSha256() + ")");
        return document;
    }

    /** Whether a document keeps these bytes, as its original or as its redacted copy. */
    public boolean holdsContent(String sha256) {
        return em.createNamedQuery(Document.HOLDING, Long.class).setParameter("sha256", sha256).getSingleResult() > 0;
    }

    /** A change based on an older revision than the document's is refused with 409: someone else changed it meanwhile. */
    public static void requireRevision(Document document, long expectedRevision) {
        if (document.getRevision() != expectedRevision) {
            throw new ConflictException("Document " + document.getId() + " was changed by someone else since you opened it (you edited revision "
                    + expectedRevision + ", it is now at revision " + document.getRevision()
                    + "). Reload it, then make your change again.");
        }
    }

    private Document locked(long id) {
        Document document = em.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (document == null) {
            throw new NotFoundException("There is no document " + id + ".");
        }
        return document;
    }

    /** What changed, field by field, written {@code field: old -> new}. */
    static List<String> differences(DocumentMetadata before, DocumentMetadata after) {
        Map<String, Object> old = flatten(before);
        Map<String, Object> now = flatten(after);
        TreeSet<String> fields = new TreeSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<String> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = old.get(field);
            Object is = now.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(field + ": " + shown(was) + " -> " + shown(is));
            }
        }
        return changes;
    }

    private static Map<String, Object> flatten(DocumentMetadata metadata) {
        Map<String, Object> fields = new java.util.HashMap<>();
        metadata.attributes().forEach((name, values) -> fields.put(name, values.size() == 1 ? values.get(0) : values));
        fields.put("title", metadata.title());
        fields.put("type", metadata.type().code());
        fields.put("visibility", metadata.visibility() == null ? Visibility.STAFF.code() : metadata.visibility().code());
        fields.put("date", metadata.date() == null ? null : metadata.date().toString());
        fields.put("language", metadata.language());
        fields.put("summary", metadata.summary());
        fields.put("tags", metadata.tags().isEmpty() ? null : metadata.tags());
        fields.values().removeIf(Objects::isNull);
        return fields;
    }

    private static String shown(Object value) {
        return value == null ? "(none)" : "\"" + shorten(value.toString()) + "\"";
    }

    private static String shorten(String value) {
        return value.length() > MAX_AUDIT_VALUE ? value.substring(0, MAX_AUDIT_VALUE) + "…" : value;
    }
}
