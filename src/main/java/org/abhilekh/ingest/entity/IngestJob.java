package org.abhilekh.ingest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt at reading one document's original. A retry is a new job pointing back at the failed one,
 * so each attempt keeps its own reason and times. The jobs are the one record of where a document's reading
 * stands: the archive shows its latest job's status and reason ({@code JobProgress}). While the job is queued or running, {@code openDocumentId}
 * holds the document id; a unique constraint on it means a document never has two open jobs.
 */
@Entity
@Table(name = "ingest_job")
@NamedQuery(name = IngestJob.WITH_STATUS, query = "select j.id from IngestJob j where j.status = :status order by j.id")
@NamedQuery(name = IngestJob.OPEN_OF_DOCUMENT, query = "select j from IngestJob j where j.openDocumentId = :document")
@NamedQuery(name = IngestJob.LATEST_OF_DOCUMENT, query = "select j from IngestJob j where j.documentId = :document order by j.id desc")
@NamedQuery(name = IngestJob.CLAIM, query = "update IngestJob j set j.status = :running, j.attempts = j.attempts + 1, j.startedAt = :now"
        + " where j.id = :id and j.status = :queued")
@NamedQuery(name = IngestJob.UNCLAIM, query = "update IngestJob j set j.status = :queued where j.id = :id and j.status = :running")
@NamedQuery(name = IngestJob.OPEN_DOCUMENTS, query = "select j.openDocumentId from IngestJob j where j.openDocumentId is not null")
@NamedQuery(name = IngestJob.DOCUMENTS_WITHOUT_JOB, query = "select d.id from Document d where not exists"
        + " (select j.id from IngestJob j where j.documentId = d.id) order by d.id")
@NamedQuery(name = IngestJob.COUNT_LATEST_BY_STATUS, query = "select j.status, count(j) from IngestJob j"
        + " where j.id = (select max(k.id) from IngestJob k where k.documentId = j.documentId) group by j.status")
@NamedQuery(name = IngestJob.COUNT_DOCUMENTS_WITHOUT_JOB, query = "select count(d) from Document d where not exists"
        + " (select j.id from IngestJob j where j.documentId = d.id)")
@NamedQuery(name = IngestJob.COUNT_IN_BATCH, query = "select j.status, count(j) from IngestJob j where j.batchId = :batch and j.retriedBy is null group by j.status")
public class IngestJob {

    public static final String WITH_STATUS = "IngestJob.withStatus";
    public static final String OPEN_OF_DOCUMENT = "IngestJob.openOfDocument";
    public static final String LATEST_OF_DOCUMENT = "IngestJob.latestOfDocument";
    public static final String CLAIM = "IngestJob.claim";
    public static final String UNCLAIM = "IngestJob.unclaim";
    public static final String OPEN_DOCUMENTS = "IngestJob.openDocuments";
    public static final String DOCUMENTS_WITHOUT_JOB = "IngestJob.documentsWithoutJob";
    public static final String COUNT_IN_BATCH = "IngestJob.countInBatch";
    public static final String COUNT_LATEST_BY_STATUS = "IngestJob.countLatestByStatus";
    public static final String COUNT_DOCUMENTS_WITHOUT_JOB = "IngestJob.countDocumentsWithoutJob";
    public static final int MAX_REASON_CHARS = 2000;

    @Id
    @SequenceGenerator(name = "ingest_job_seq", sequenceName = "ingest_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ingest_job_seq")
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "open_document_id")
    private Long openDocumentId;

    @Column(name = "file_name", nullable = false, length = 500)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobStatus status;

    @Column(length = MAX_REASON_CHARS)
    private String reason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "retry_of")
    private Long retryOf;

    @Column(name = "retried_by")
    private Long retriedBy;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected IngestJob() {
    }

    public IngestJob(long documentId, String fileName, JobSource source, String createdBy, Long batchId, Long retryOf) {
        this.documentId = documentId;
        this.openDocumentId = documentId;
        this.fileName = fileName.length() > 500 ? fileName.substring(0, 500) : fileName;
        this.source = source;
        this.status = JobStatus.QUEUED;
        this.createdBy = createdBy == null || createdBy.isBlank() ? "system" : clip(createdBy, 100);
        this.batchId = batchId;
        this.retryOf = retryOf;
        this.createdAt = Instant.now();
    }

    public void finish(JobStatus outcome, String why) {
        this.status = outcome;
        this.reason = why == null ? null : clip(why, MAX_REASON_CHARS);
        this.openDocumentId = null;
        this.finishedAt = Instant.now();
    }

    public void retriedAs(long jobId) {
        this.retriedBy = jobId;
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getFileName() {
        return fileName;
    }

    public JobSource getSource() {
        return source;
    }

    public JobStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public int getAttempts() {
        return attempts;
    }

    public Long getRetryOf() {
        return retryOf;
    }

    public Long getRetriedBy() {
        return retriedBy;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
