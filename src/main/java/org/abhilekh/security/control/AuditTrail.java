package org.abhilekh.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.abhilekh.security.entity.AuditAction;
import org.abhilekh.security.entity.AuditEntry;

/**
 * Writes the audit trail. An entry joins the caller's transaction, so a change that rolls back
 * leaves no entry claiming it happened; outside a transaction (a failed login) it gets its own.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    /**
     * Records that {@code actor} did {@code action} to {@code target} (for example "document 42" or
     * "post my-slug"); {@code details} says what changed, such as old and new values.
     */
    @Transactional
    public void record(String actor, AuditAction action, String target, String details) {
        em.persist(new AuditEntry(Instant.now(), actor, action, target, details));
    }
}
