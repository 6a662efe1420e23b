package org.abhilekh.ingest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One folder import: which folder, who started it, and what became of its files so far. The jobs it
 * queued point back at it; files that got no job (duplicates, refusals) are only counted here.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    /** Where a folder import stands. */
    public enum State {
        /** Files are still being read from the folder and stored. */
        RUNNING,
        /** Every file was stored, recognised as a duplicate or refused; their jobs may still be running. */
        FINISHED,
        /** The walk over the folder stopped early; {@code problem} says why. */
        FAILED
    }

    @Id
    @SequenceGenerator(name = "import_batch_seq", sequenceName = "import_batch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
    private Long id;

    @Column(nullable = false, length = 2000)
    private String folder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private int files;

    @Column(nullable = false)
    private int added;

    @Column(nullable = false)
    private int duplicates;

    @Column(nullable = false)
    private int refused;

    @Column(length = 2000)
    private String problem;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportBatch() {
    }

    public ImportBatch(String folder, JobSource source, int files, String createdBy) {
        this.folder = folder.length() > 2000 ? folder.substring(0, 2000) : folder;
        this.source = source;
        this.state = State.RUNNING;
        this.files = files;
        this.createdBy = createdBy == null ? "system" : createdBy;
        this.createdAt = Instant.now();
    }

    public void added() {
        added++;
    }

    public void duplicate() {
        duplicates++;
    }

    public void refused() {
        refused++;
    }

    public void finished() {
        state = State.FINISHED;
        finishedAt = Instant.now();
    }

    public void failed(String why) {
        state = State.FAILED;
        problem = why.length() > 2000 ? why.substring(0, 2000) : why;
        finishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getFolder() {
        return folder;
    }

    public JobSource getSource() {
        return source;
    }

    public State getState() {
        return state;
    }

    public int getFiles() {
        return files;
    }

    public int getAdded() {
        return added;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getRefused() {
        return refused;
    }

    public String getProblem() {
        return problem;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
