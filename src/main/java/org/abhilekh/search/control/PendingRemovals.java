package org.abhilekh.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.abhilekh.search.entity.PendingRemoval;

/**
 * The durable list of removals the search cluster has not made yet. A removal is remembered in the caller's
 * transaction when there is one, so it stands or falls with the change that asked for it.
 */
@ApplicationScoped
@Transactional
public class PendingRemovals {

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    public void remember(String kind, long id) {
        if (em.find(PendingRemoval.class, PendingRemoval.key(kind, id)) == null) {
            em.persist(new PendingRemoval(kind, id, Instant.now()));
        }
    }

    public List<PendingRemoval> all() {
        return em.createNamedQuery(PendingRemoval.ALL, PendingRemoval.class).getResultList();
    }

    /** The removal was made, or the item was indexed again since: it is no longer pending. */
    public void forget(String kind, long id) {
        PendingRemoval pending = em.find(PendingRemoval.class, PendingRemoval.key(kind, id));
        if (pending != null) {
            em.remove(pending);
        }
    }
}
