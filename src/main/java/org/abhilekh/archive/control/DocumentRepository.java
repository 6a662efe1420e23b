package org.abhilekh.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.DocumentText;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.PublicationChanged;
import org.abhilekh.archive.entity.PublicationHold;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;

/** Reads and writes documents; every method is one short transaction. */
@ApplicationScoped
@Transactional
public class DocumentRepository {

    /** Who the audit trail names for what the archive decides by itself. */
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PublicationChanged> publication;

    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    public Optional<Document> findBySha256(String sha256) {
        return em.createNamedQuery(Document.BY_SHA256, Document.class).setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    public Document add(Document document) {
        em.persist(document);
        em.flush();
        return document;
    }

    public Optional<String> text(long id) {
        return Optional.ofNullable(em.find(DocumentText.class, id)).map(DocumentText::getBody);
    }

    /** Whether the document's text was read (and checked), without loading it. */
    public boolean hasText(long id) {
        return em.createQuery("select count(t) from DocumentText t where t.documentId = :id", Long.class).setParameter("id", id)
                .getSingleResult() > 0;
    }

    /**
     * Keeps the extracted text and what the safeguarding checks found in it ({@code findingsJson}, null for
     * nothing); a document waiting for those checks to go public goes public now, or, when what they found
     * {@code holds} it back, is held for an editor.
     */
    public Optional<Document> saveExtraction(long id, String mediaType, String text, String detectedLanguage, boolean truncated,
                                             List<String> flags, List<String> notes, String findingsJson, boolean holds) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            return Optional.empty();
        }
        DocumentText stored = em.find(DocumentText.class, id);
        if (stored == null) {
            em.persist(new DocumentText(id, text));
        } else {
            stored.replace(text);
        }
        document.extracted(mediaType, detectedLanguage, truncated, flags, notes);
        document.safeguardingChecked(findingsJson);
        if (document.getPublicationHold() == PublicationHold.AWAITING_CHECK) {
            if (!holds) {
                DocumentMetadata metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName())
                        .withVisibility(Visibility.PUBLIC);
                document.describe(metadata, MetadataReader.toJson(metadata));
                document.hold(null);
                publication.fire(new PublicationChanged(id, document.getType().code(), true, document.getUpdatedAt()));
                audit.record(SYSTEM, AuditAction.DOCUMENT_VISIBILITY, "document " + id,
                        "staff -> public (asked for when it was put in; the safeguarding checks found nothing that the public copy keeps)");
            } else {
                hold(document, "the safeguarding checks found something in it: " + findingsJson);
            }
        }
        return Optional.of(document);
    }

    private void hold(Document document, String why) {
        document.hold(PublicationHold.HELD);
        String details = "held for safeguarding review instead of going public: " + why;
        audit.record(SYSTEM, AuditAction.SAFEGUARDING_HOLD, "document " + document.getId(),
                details.length() > DocumentChanges.MAX_AUDIT_DETAILS ? details.substring(0, DocumentChanges.MAX_AUDIT_DETAILS) + "…" : details);
    }

    /** Keeps the reason; empty if the document was deleted while it was being read. */
    public Optional<Document> saveFailure(long id, String mediaType, String reason) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            return Optional.empty();
        }
        document.failed(mediaType);
        if (document.getPublicationHold() == PublicationHold.AWAITING_CHECK) {
            hold(document, "its text could not be read, so it could not be checked (" + reason + ")");
        }
        return Optional.of(document);
    }

    public List<Long> behindIndex() {
        return em.createNamedQuery(Document.BEHIND_INDEX, Long.class).getResultList();
    }

    public List<Document> ofType(org.abhilekh.archive.entity.DocumentType type) {
        return em.createNamedQuery(Document.BY_TYPE, Document.class).setParameter("type", type).getResultList();
    }

    /** The newest documents first, a page at a time, for the staff list. */
    public List<Document> newest(int first, int max) {
        return em.createNamedQuery(Document.NEWEST, Document.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createNamedQuery(Document.COUNT, Long.class).getSingleResult();
    }

    public long countWithVisibility(Visibility visibility) {
        return em.createNamedQuery(Document.COUNT_WITH_VISIBILITY, Long.class).setParameter("visibility", visibility).getSingleResult();
    }

    /** Documents held for safeguarding review, newest first, a page at a time. */
    public List<Document> held(int first, int max) {
        return em.createNamedQuery(Document.HELD, Document.class).setParameter("hold", PublicationHold.HELD)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countHeld() {
        return em.createNamedQuery(Document.COUNT_HELD, Long.class).setParameter("hold", PublicationHold.HELD).getSingleResult();
    }

    /** Ids in ascending order after the given one, a page at a time, for walks over the whole archive. */
    public List<Long> idsAfter(long after, int max) {
        return em.createNamedQuery(Document.ALL_IDS, Long.class).setParameter("after", after).setMaxResults(max).getResultList();
    }

    public List<Long> changedSince(java.time.Instant since) {
        return em.createNamedQuery(Document.CHANGED_SINCE, Long.class).setParameter("since", since).getResultList();
    }

    /**
     * The ids of the public documents (none held) whose last change lies in [{@code from}, {@code until}), of this
     * type or of any ({@code type} null), in ascending order: what a harvester's selection pages through.
     */
    public List<Long> publicIds(Instant from, Instant until, DocumentType type) {
        var query = em.createNamedQuery(type == null ? Document.PUBLIC_IDS : Document.PUBLIC_IDS_OF_TYPE, Long.class)
                .setParameter("visibility", Visibility.PUBLIC).setParameter("from", from).setParameter("until", until);
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.getResultList();
    }

    /** Those of these documents that are public (none held), in ascending order of id. */
    public List<Document> publicByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Document.PUBLIC_BY_IDS, Document.class).setParameter("visibility", Visibility.PUBLIC)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /** The oldest of the public documents' last changes: no harvested record is older. Empty when nothing is public. */
    public Optional<Instant> earliestPublicChange() {
        return Optional.ofNullable(em.createNamedQuery(Document.EARLIEST_PUBLIC_CHANGE, Instant.class)
                .setParameter("visibility", Visibility.PUBLIC).getSingleResult());
    }

    /** After the index was lost or replaced by an empty one, nothing is known to be in it. */
    public void forgetIndexedRevisions() {
        em.createNamedQuery(Document.FORGET_INDEXED).executeUpdate();
    }

    public void markIndexed(Map<Long, Long> revisions) {
        revisions.forEach((id, revision) -> em.createNamedQuery(Document.MARK_INDEXED)
                .setParameter("id", id).setParameter("revision", revision).executeUpdate());
    }
}
