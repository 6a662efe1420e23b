package org.abhilekh.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.abhilekh.security.entity.AuditEntry;

/** Reads the audit trail, newest first, one page at a time. */
@ApplicationScoped
public class AuditLog {

    /** One page of entries and how many match in all. */
    public record Page(List<AuditEntry> entries, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    public Page find(AuditFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.actor() != null) {
            where.append(" and e.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.append(" and e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.append(" and e.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            where.append(" and e.at < :until");
            parameters.put("until", filter.until());
        }
        if (filter.target() != null) {
            where.append(" and lower(e.target) like :target escape '\\'");
            parameters.put("target", "%" + likeEscaped(filter.target().toLowerCase(Locale.ROOT)) + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        TypedQuery<AuditEntry> rows = em.createQuery("select e from AuditEntry e" + where + " order by e.at desc, e.id desc",
                AuditEntry.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<AuditEntry> entries = rows.setFirstResult(filter.offset()).setMaxResults(AuditFilter.PAGE_SIZE).getResultList();
        return new Page(entries, count.getSingleResult(), filter.page(), AuditFilter.PAGE_SIZE);
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
