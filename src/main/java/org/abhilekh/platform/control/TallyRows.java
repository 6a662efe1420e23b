package org.abhilekh.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.abhilekh.platform.entity.Tally;
import org.abhilekh.platform.entity.TallyChange;
import org.abhilekh.platform.entity.TallyRow;

/**
 * The tallies in the database, each change in a short transaction of its own: a counter is written at
 * once (also when the caller's own work later rolls back) and its row is not held locked for longer
 * than the decision takes. Callers use {@link Tallies}, which also retries and prunes.
 */
@ApplicationScoped
public class TallyRows {

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    /** The stored tallies of these keys, expired ones included; a key without a row is absent. */
    @Transactional
    public Map<String, Tally> find(Collection<String> keys) {
        Map<String, Tally> found = new LinkedHashMap<>();
        em.createQuery("select r from TallyRow r where r.key in :keys", TallyRow.class).setParameter("keys", keys)
                .getResultStream().forEach(row -> found.put(row.getKey(), row.tally()));
        return found;
    }

    /**
     * Reads the key's tally with its row locked, so concurrent changes of one key (on any instance) are
     * made one after the other, and stores what {@code decide} makes of it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <R> R change(String key, Function<Optional<Tally>, TallyChange<R>> decide) {
        TallyRow row = em.find(TallyRow.class, key, LockModeType.PESSIMISTIC_WRITE);
        TallyChange<R> change = decide.apply(Optional.ofNullable(row).map(TallyRow::tally));
        if (change.tally() == null) {
            if (row != null) {
                em.remove(row);
            }
        } else if (row == null) {
            em.persist(new TallyRow(key, change.tally()));
        } else {
            row.set(change.tally());
        }
        em.flush();
        return change.answer();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delete(String key) {
        em.createQuery("delete from TallyRow r where r.key = :key").setParameter("key", key).executeUpdate();
    }

    /** Deletes the tallies that expired before {@code now}; answers how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteExpired(Instant now) {
        return em.createQuery("delete from TallyRow r where r.expiresAt < :now").setParameter("now", now).executeUpdate();
    }
}
