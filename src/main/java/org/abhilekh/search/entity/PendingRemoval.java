package org.abhilekh.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A removal from the search cluster that failed because the cluster did not answer; the catch-up makes it once the
 * cluster answers again, then forgets it. Kept in the database so that neither an outage nor a restart loses it.
 */
@Entity
@Table(name = "search_removal")
@NamedQuery(name = PendingRemoval.ALL, query = "select r from PendingRemoval r order by r.failedAt")
public class PendingRemoval {

    public static final String ALL = "PendingRemoval.all";

    @Id
    @Column(name = "item_key", nullable = false, length = 300)
    private String key;

    @Column(name = "kind", nullable = false, length = 100)
    private String kind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected PendingRemoval() {
    }

    public PendingRemoval(String kind, long itemId, Instant failedAt) {
        this.key = key(kind, itemId);
        this.kind = kind;
        this.itemId = itemId;
        this.failedAt = failedAt;
    }

    public static String key(String kind, long itemId) {
        return kind + ":" + itemId;
    }

    public String getKind() {
        return kind;
    }

    public long getItemId() {
        return itemId;
    }
}
