package org.abhilekh.ingest.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.abhilekh.ingest.control.JobLedger;
import org.abhilekh.ingest.control.JobQueryReader;
import org.abhilekh.ingest.entity.IngestJob;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.ingest.entity.JobStatus;
import org.abhilekh.ingest.entity.JobView;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /admin/jobs.xhtml} (staff, by web.xml): the ingest jobs, newest first, filtered by the query
 * string (status, source, batch, q, page) so every view is a link, a retry button on failed jobs, and a mark on a
 * job whose document is held for safeguarding review, linking to the held documents.
 */
@Named
@RequestScoped
public class JobsPage {

    static final int PAGE_SIZE = 25;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'IST'", Locale.ENGLISH);

    @Inject
    JobLedger ledger;

    @Inject
    IngestJobs ingestJobs;

    @Inject
    JobViews views;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    private String status;
    private String source;
    private String batch;
    private String q;
    private int page = 1;
    private long total;
    private List<JobView> jobs = List.of();
    private boolean filtered;

    @PostConstruct
    void init() {
        status = trimmed(Faces.getRequestParameter("status"));
        source = trimmed(Faces.getRequestParameter("source"));
        batch = trimmed(Faces.getRequestParameter("batch"));
        q = trimmed(Faces.getRequestParameter("q"));
        filtered = !status.isEmpty() || !source.isEmpty() || !batch.isEmpty() || !q.isEmpty();
        PageMessages.attempt(() -> {
            JobQueryReader.JobQuery query = JobQueryReader.read(status, source, batch, null, q, Faces.getRequestParameter("page"),
                    String.valueOf(PAGE_SIZE));
            page = query.page();
            JobLedger.Page found = ledger.list(query.filter(), query.page(), query.size());
            total = found.total();
            jobs = views.of(found.jobs());
            return null;
        });
    }

    /** Queues a failed job again and comes back to the same listing. */
    public String retry(long jobId) {
        PageMessages.attempt(() -> {
            caller.requireStaff();
            IngestJob failed = ledger.find(jobId).orElse(null);
            IngestJob retry = ingestJobs.retry(jobId, caller.getName());
            audit.record(caller.getName(), AuditAction.JOB_RETRY, "job " + jobId, "document " + retry.getDocumentId() + ": failed ("
                    + (failed == null ? "" : failed.getReason()) + ") -> queued again as job " + retry.getId());
            PageMessages.info("admin.jobs.retried", String.valueOf(jobId), retry.getFileName(), String.valueOf(retry.getId()));
            return null;
        });
        Faces.getFlash().setKeepMessages(true);
        return "/admin/jobs.xhtml?faces-redirect=true&includeViewParams=false" + query(page);
    }

    /** The listing's address with the current filters, at another page. */
    public String pageUrl(int number) {
        return Faces.getRequestContextPath() + "/admin/jobs.xhtml?" + query(number).substring(1);
    }

    private String query(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", status);
        parameters.put("source", source);
        parameters.put("batch", batch);
        parameters.put("q", q);
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.append("&page=").append(number).toString();
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(Organisation.ZONE));
    }

    public List<String> getStatuses() {
        return Arrays.stream(JobStatus.values()).map(JobStatus::code).toList();
    }

    public List<String> getSources() {
        return Arrays.stream(JobSource.values()).map(JobSource::code).toList();
    }

    public int getLastPage() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getLastPage();
    }

    public String getStatus() {
        return status;
    }

    public String getSource() {
        return source;
    }

    public String getBatch() {
        return batch;
    }

    public String getQ() {
        return q;
    }

    public int getPage() {
        return page;
    }

    public long getTotal() {
        return total;
    }

    public List<JobView> getJobs() {
        return jobs;
    }

    public boolean isFiltered() {
        return filtered;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
