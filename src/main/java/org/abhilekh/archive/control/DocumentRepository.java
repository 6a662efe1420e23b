package org.abhilekh.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentText;
import org.abhilekh.archive.entity.IngestStatus;

/** Reads and writes documents; every method is one short transaction. */
@ApplicationScoped
@Transactional
public class DocumentRepository {

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

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

    public Optional<Document> startIngest(long id) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            return Optional.empty();
        }
        document.startIngest();
        return Optional.of(document);
    }

    public void requeueIngest(long id) {
        Document document = em.find(Document.class, id);
        if (document != null) {
            document.requeueIngest();
        }
    }

    /** Keeps the extracted text; empty if the document was deleted while it was being read. */
    public Optional<Document> saveExtraction(long id, String mediaType, String text, String detectedLanguage, boolean truncated,
                                             List<String> flags, List<String> notes) {
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
        return Optional.of(document);
    }

    /** Keeps the reason; empty if the document was deleted while it was being read. */
    public Optional<Document> saveFailure(long id, String mediaType, String reason) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            return Optional.empty();
        }
        document.failed(mediaType, reason);
        return Optional.of(document);
    }

    public List<Long> behindIndex() {
        return em.createNamedQuery(Document.BEHIND_INDEX, Long.class).setParameter("pending", IngestStatus.PENDING).getResultList();
    }

    public List<Long> withStatus(IngestStatus status) {
        return em.createNamedQuery(Document.WITH_STATUS, Long.class).setParameter("status", status).getResultList();
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

    /** Ids in ascending order after the given one, a page at a time, for walks over the whole archive. */
    public List<Long> idsAfter(long after, int max) {
        return em.createNamedQuery(Document.ALL_IDS, Long.class).setParameter("after", after).setMaxResults(max).getResultList();
    }

    public List<Long> changedSince(java.time.Instant since) {
        return em.createNamedQuery(Document.CHANGED_SINCE, Long.class).setParameter("since", since).getResultList();
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
