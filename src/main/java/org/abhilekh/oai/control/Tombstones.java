package org.abhilekh.oai.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.abhilekh.archive.entity.PublicationChanged;
import org.abhilekh.oai.entity.Tombstone;

/**
 * The deleted records: a document that stops being public leaves a tombstone, one that becomes public again loses it.
 * The archive's event arrives inside the transaction that changed the document, and this joins it, so the two cannot
 * disagree.
 */
@ApplicationScoped
@Transactional
public class Tombstones {

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    void publicationChanged(@Observes PublicationChanged change) {
        Tombstone existing = em.find(Tombstone.class, change.documentId());
        if (change.nowPublic()) {
            if (existing != null) {
                em.remove(existing);
            }
        } else if (existing != null) {
            existing.withdrawnAgain(change.type(), change.at());
        } else {
            em.persist(new Tombstone(change.documentId(), change.type(), change.at()));
        }
    }

    /** The ids of the documents withdrawn in [{@code from}, {@code until}), of this type or any (null), in ascending order. */
    public List<Long> ids(Instant from, Instant until, String type) {
        TypedQuery<Long> query = em.createNamedQuery(type == null ? Tombstone.IDS : Tombstone.IDS_OF_TYPE, Long.class)
                .setParameter("from", from).setParameter("until", until);
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.getResultList();
    }

    /** The tombstones of these documents that have one, in ascending order of id. */
    public List<Tombstone> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Tombstone.BY_IDS, Tombstone.class).setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /** When the first tombstone was laid; empty when there is none. */
    public Optional<Instant> earliest() {
        return Optional.ofNullable(em.createNamedQuery(Tombstone.EARLIEST, Instant.class).getSingleResult());
    }
}
