package org.abhilekh.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.abhilekh.coverage.entity.Outlet;

/** Reads and writes the outlet list; every method is one short transaction. */
@ApplicationScoped
@Transactional
public class OutletRepository {

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    public List<Outlet> all() {
        return em.createNamedQuery(Outlet.ALL, Outlet.class).getResultList();
    }

    public Optional<Outlet> find(long id) {
        return Optional.ofNullable(em.find(Outlet.class, id));
    }

    /** The outlet whose name or one of whose aliases has this key. */
    public Optional<Outlet> byKey(String key) {
        Optional<Outlet> byName = em.createNamedQuery(Outlet.BY_KEY, Outlet.class).setParameter("key", key).getResultStream().findFirst();
        return byName.isPresent() ? byName
                : em.createNamedQuery(Outlet.BY_ALIAS_KEY, Outlet.class).setParameter("key", key).getResultStream().findFirst();
    }

    public Outlet add(Outlet outlet) {
        em.persist(outlet);
        em.flush();
        return outlet;
    }

    public Outlet save(Outlet outlet) {
        Outlet saved = em.merge(outlet);
        em.flush();
        return saved;
    }

    /**
     * Folds one outlet into another in one transaction: the absorbed outlet's name and aliases become
     * aliases of the one that stays. It is removed first, so its keys are free when they move.
     */
    public Outlet merge(long fromId, long intoId, List<org.abhilekh.coverage.entity.OutletAlias> aliases) {
        Outlet from = em.find(Outlet.class, fromId);
        Outlet into = em.find(Outlet.class, intoId);
        em.remove(from);
        em.flush();
        into.replaceAliases(aliases);
        em.flush();
        return into;
    }

    public void remove(long id) {
        Outlet outlet = em.find(Outlet.class, id);
        if (outlet != null) {
            em.remove(outlet);
            em.flush();
        }
    }
}
