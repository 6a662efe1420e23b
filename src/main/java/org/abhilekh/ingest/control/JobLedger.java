package org.abhilekh.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.abhilekh.ingest.entity.ImportBatch;
import org.abhilekh.ingest.entity.ImportRefusal;
import org.abhilekh.ingest.entity.ImportView;
import org.abhilekh.ingest.entity.IngestJob;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.ingest.entity.JobStatus;

/**
 * Reads and writes ingest jobs and folder imports; every method is one short transaction, so what it
 * answers is committed. State changes that two threads might race for are conditional updates.
 */
@ApplicationScoped
@Transactional
public class JobLedger {

    /** Refusals listed with an import's progress; the counts cover them all. */
    public static final int REFUSALS_SHOWN = 200;

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    /** Which jobs a listing wants; null means any. */
    public record Filter(JobStatus status, JobSource source, Long batch, Long document, String fileName) {
    }

    /** One page of a listing, newest first, with the number of all jobs that match. */
    public record Page(long total, List<IngestJob> jobs) {
    }

    /**
     * Records a new queued job. Fails with a persistence error when the document already has an open job
     * (the unique open_document_id), which is how a document is never read by two jobs at once.
     */
    public IngestJob open(long documentId, String fileName, JobSource source, String actor, Long batch, Long retryOf) {
        IngestJob job = new IngestJob(documentId, fileName, source, actor, batch, retryOf);
        em.persist(job);
        em.flush();
        return job;
    }

    public Optional<IngestJob> find(long id) {
        return Optional.ofNullable(em.find(IngestJob.class, id));
    }

    public Optional<IngestJob> openOf(long documentId) {
        return em.createNamedQuery(IngestJob.OPEN_OF_DOCUMENT, IngestJob.class).setParameter("document", documentId)
                .getResultStream().findFirst();
    }

    public Optional<IngestJob> latestOf(long documentId) {
        return em.createNamedQuery(IngestJob.LATEST_OF_DOCUMENT, IngestJob.class).setParameter("document", documentId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Moves a queued job to running; answers its document, or empty when the job is not queued (any more). */
    public Optional<Long> claim(long id) {
        int claimed = em.createNamedQuery(IngestJob.CLAIM).setParameter("running", JobStatus.RUNNING)
                .setParameter("queued", JobStatus.QUEUED).setParameter("now", Instant.now()).setParameter("id", id)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        IngestJob job = em.find(IngestJob.class, id);
        em.refresh(job);
        return Optional.of(job.getDocumentId());
    }

    /** A running job whose worker is gone (the server stopped) waits again; false if it was not running. */
    public boolean unclaim(long id) {
        return em.createNamedQuery(IngestJob.UNCLAIM).setParameter("queued", JobStatus.QUEUED)
                .setParameter("running", JobStatus.RUNNING).setParameter("id", id).executeUpdate() == 1;
    }

    public void finish(long id, JobStatus outcome, String reason) {
        IngestJob job = em.find(IngestJob.class, id);
        if (job != null) {
            job.finish(outcome, reason);
        }
    }

    /** Documents with a queued or running job. */
    public Set<Long> documentsWithOpenJobs() {
        return new HashSet<>(em.createNamedQuery(IngestJob.OPEN_DOCUMENTS, Long.class).getResultList());
    }

    /** Documents stored without a job: a crash came between the document's commit and its job's. */
    public List<Long> documentsWithoutJob() {
        return em.createNamedQuery(IngestJob.DOCUMENTS_WITHOUT_JOB, Long.class).getResultList();
    }

    /** How many documents' newest job stands at each status; documents without a job are not counted here. */
    public Map<JobStatus, Long> countDocumentsByLatestStatus() {
        Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
        for (Object[] row : em.createNamedQuery(IngestJob.COUNT_LATEST_BY_STATUS, Object[].class).getResultList()) {
            counts.put((JobStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public long countDocumentsWithoutJob() {
        return em.createNamedQuery(IngestJob.COUNT_DOCUMENTS_WITHOUT_JOB, Long.class).getSingleResult();
    }

    public List<Long> withStatus(JobStatus status) {
        return em.createNamedQuery(IngestJob.WITH_STATUS, Long.class).setParameter("status", status).getResultList();
    }

    /**
     * A new job for a failed one, in one transaction with marking the old one as retried; empty when the
     * job is not failed or was retried already.
     */
    public Optional<IngestJob> retry(long id, String actor) {
        IngestJob failed = em.find(IngestJob.class, id);
        if (failed == null || failed.getStatus() != JobStatus.FAILED || failed.getRetriedBy() != null) {
            return Optional.empty();
        }
        IngestJob retry = open(failed.getDocumentId(), failed.getFileName(), JobSource.RETRY, actor, failed.getBatchId(), failed.getId());
        failed.retriedAs(retry.getId());
        return Optional.of(retry);
    }

    public Page list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and j.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.source() != null) {
            where.append(" and j.source = :source");
            parameters.put("source", filter.source());
        }
        if (filter.batch() != null) {
            where.append(" and j.batchId = :batch");
            parameters.put("batch", filter.batch());
        }
        if (filter.document() != null) {
            where.append(" and j.documentId = :document");
            parameters.put("document", filter.document());
        }
        if (filter.fileName() != null && !filter.fileName().isBlank()) {
            where.append(" and lower(j.fileName) like :name escape '\\'");
            parameters.put("name", "%" + likeLiteral(filter.fileName().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(j) from IngestJob j" + where, Long.class);
        TypedQuery<IngestJob> select = em.createQuery("select j from IngestJob j" + where + " order by j.createdAt desc, j.id desc",
                IngestJob.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        long first = (long) (page - 1) * size;
        if (first >= total) {
            return new Page(total, List.of());
        }
        return new Page(total, select.setFirstResult((int) first).setMaxResults(size).getResultList());
    }

    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public ImportBatch startBatch(String folder, JobSource source, int files, String actor) {
        ImportBatch batch = new ImportBatch(folder, source, files, actor);
        em.persist(batch);
        em.flush();
        return batch;
    }

    public Optional<ImportBatch> batch(long id) {
        return Optional.ofNullable(em.find(ImportBatch.class, id));
    }

    /** The import still reading its folder, if there is one. */
    public Optional<ImportBatch> runningBatch() {
        return em.createQuery("select b from ImportBatch b where b.state = :running order by b.id", ImportBatch.class)
                .setParameter("running", ImportBatch.State.RUNNING).setMaxResults(1).getResultStream().findFirst();
    }

    public List<ImportBatch> recentBatches(int max) {
        return em.createQuery("select b from ImportBatch b order by b.id desc", ImportBatch.class).setMaxResults(max).getResultList();
    }

    /** Counts one file of an import: added as a new document, recognised as a duplicate, or refused and why. */
    public void recordItem(long batchId, FolderImport.Item item) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        if (item.failed()) {
            batch.refused();
            em.persist(new ImportRefusal(batchId, item.path(), item.problem()));
        } else if (item.outcome().duplicate()) {
            batch.duplicate();
        } else {
            batch.added();
        }
    }

    public void finishBatch(long batchId) {
        em.find(ImportBatch.class, batchId).finished();
    }

    public void failBatch(long batchId, String why) {
        em.find(ImportBatch.class, batchId).failed(why);
    }

    /** Imports that were still reading their folder when the server stopped did not finish. */
    public int failInterruptedBatches() {
        List<ImportBatch> running = em.createQuery("select b from ImportBatch b where b.state = :running", ImportBatch.class)
                .setParameter("running", ImportBatch.State.RUNNING).getResultList();
        running.forEach(batch -> batch.failed("The server stopped during this import. Start the import of the same folder"
                + " again: the files already stored are recognised and not stored twice."));
        return running.size();
    }

    public Optional<ImportView> progress(long batchId) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        if (batch == null) {
            return Optional.empty();
        }
        Map<JobStatus, Integer> counts = new EnumMap<>(JobStatus.class);
        for (Object[] row : em.createNamedQuery(IngestJob.COUNT_IN_BATCH, Object[].class).setParameter("batch", batchId).getResultList()) {
            counts.put((JobStatus) row[0], ((Number) row[1]).intValue());
        }
        List<ImportView.Refusal> refusals = new ArrayList<>();
        for (ImportRefusal refusal : em.createNamedQuery(ImportRefusal.OF_BATCH, ImportRefusal.class).setParameter("batch", batchId)
                .setMaxResults(REFUSALS_SHOWN).getResultList()) {
            refusals.add(new ImportView.Refusal(refusal.getPath(), refusal.getReason()));
        }
        int queued = counts.getOrDefault(JobStatus.QUEUED, 0);
        int running = counts.getOrDefault(JobStatus.RUNNING, 0);
        return Optional.of(new ImportView(batch.getId(), batch.getFolder(), batch.getState().name().toLowerCase(Locale.ROOT),
                batch.getProblem(), batch.getFiles(), queued, running, counts.getOrDefault(JobStatus.DONE, 0),
                counts.getOrDefault(JobStatus.FAILED, 0), batch.getDuplicates(), batch.getRefused(),
                batch.getState() != ImportBatch.State.RUNNING && queued + running == 0, List.copyOf(refusals),
                batch.getCreatedBy(), batch.getCreatedAt(), batch.getFinishedAt(), "/api/jobs?batch=" + batch.getId()));
    }
}
