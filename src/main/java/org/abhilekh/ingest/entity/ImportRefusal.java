package org.abhilekh.ingest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file a folder import could not take in, and why (a broken sidecar, an empty file, ...). */
@Entity
@Table(name = "import_refusal")
@NamedQuery(name = ImportRefusal.OF_BATCH, query = "select r from ImportRefusal r where r.batchId = :batch order by r.id")
public class ImportRefusal {

    public static final String OF_BATCH = "ImportRefusal.ofBatch";

    @Id
    @SequenceGenerator(name = "import_refusal_seq", sequenceName = "import_refusal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_refusal_seq")
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(nullable = false, length = 2000)
    private String path;

    @Column(nullable = false, length = 2000)
    private String reason;

    protected ImportRefusal() {
    }

    public ImportRefusal(long batchId, String path, String reason) {
        this.batchId = batchId;
        this.path = path.length() > 2000 ? path.substring(0, 2000) : path;
        String why = reason == null ? "The file could not be read." : reason;
        this.reason = why.length() > 2000 ? why.substring(0, 2000) : why;
    }

    public String getPath() {
        return path;
    }

    public String getReason() {
        return reason;
    }
}
