package org.abhilekh.oai.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What harvesters are told of a document that was public and no longer is (deleted, or made staff-only): its id,
 * its type (for selective harvesting by set) and when it stopped being public. Nothing else of it is kept.
 */
@Entity
@Table(name = "oai_tombstone")
@NamedQuery(name = Tombstone.IDS, query = "select t.documentId from Tombstone t where t.deletedAt >= :from and t.deletedAt < :until"
        + " order by t.documentId")
@NamedQuery(name = Tombstone.IDS_OF_TYPE, query = "select t.documentId from Tombstone t where t.type = :type and t.deletedAt >= :from"
        + " and t.deletedAt < :until order by t.documentId")
@NamedQuery(name = Tombstone.BY_IDS, query = "select t from Tombstone t where t.documentId in :ids order by t.documentId")
@NamedQuery(name = Tombstone.EARLIEST, query = "select min(t.deletedAt) from Tombstone t")
public class Tombstone {

    public static final String IDS = "Tombstone.ids";
    public static final String IDS_OF_TYPE = "Tombstone.idsOfType";
    public static final String BY_IDS = "Tombstone.byIds";
    public static final String EARLIEST = "Tombstone.earliest";

    @Id
    @Column(name = "document_id")
    private long documentId;

    @Column(name = "doc_type", nullable = false, length = 40)
    private String type;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected Tombstone() {
    }

    public Tombstone(long documentId, String type, Instant deletedAt) {
        this.documentId = documentId;
        this.type = type;
        this.deletedAt = deletedAt;
    }

    /** The document stopped being public again (it was made public, then withdrawn once more). */
    public void withdrawnAgain(String currentType, Instant at) {
        this.type = currentType;
        this.deletedAt = at;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getType() {
        return type;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
