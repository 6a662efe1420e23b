package org.abhilekh.ingest.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.abhilekh.ingest.control.JobLedger;
import org.abhilekh.ingest.control.JobQueryReader;
import org.abhilekh.ingest.entity.IngestJob;
import org.abhilekh.ingest.entity.JobView;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/jobs} (staff): where the ingestion of each file stands and, when it failed, why; a listing
 * with filters, and retrying a failed job. A job has its own id; its document's id is in {@code documentId}, and
 * whether that document is held for safeguarding review in {@code publicationHold}.
 */
@Path("jobs")
@RequestScoped
public class JobsResource {

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

    /** One page of jobs, newest first. */
    public record JobList(long total, int page, int size, List<JobView> jobs) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List ingest jobs, newest first (staff)", description = "Filters: status (queued, running, done, failed),"
            + " source (upload, folder-import, retry, seed, recovered), batch (a folder import), document, q (part of the file name);"
            + " page from 1, size 1 to 100.")
    @APIResponse(responseCode = "200", description = "One page of jobs")
    @APIResponse(responseCode = "400", description = "A malformed filter, page or size",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    public JobList list(@QueryParam("status") String status, @QueryParam("source") String source, @QueryParam("batch") String batch,
            @QueryParam("document") String document, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        caller.requireStaff();
        JobQueryReader.JobQuery query = JobQueryReader.read(status, source, batch, document, q, page, size);
        JobLedger.Page found = ledger.list(query.filter(), query.page(), query.size());
        return new JobList(found.total(), query.page(), query.size(), views.of(found.jobs()));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One ingest job: status, reason when failed, document, times (staff)")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public JobView job(@PathParam("id") String id) {
        caller.requireStaff();
        return views.of(find(id));
    }

    @POST
    @Path("{id}/retry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retry a failed job (staff)", description = "Queues a new job (source retry) for the same document and"
            + " answers 202 with it; the failed job keeps its reason and points at the new one (retriedBy). 409 when the job is"
            + " not failed or was retried already, 503 with Retry-After when the queue is full.")
    @APIResponse(responseCode = "202", description = "The new job")
    @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = Refusals.NOT_STAFF)
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "409", description = "The job is not failed, or was retried already",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "503", description = "The queue is full; Retry-After says when to try again",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response retry(@PathParam("id") String id) {
        caller.requireStaff();
        IngestJob failed = find(id);
        IngestJob retry = ingestJobs.retry(failed.getId(), caller.getName());
        audit.record(caller.getName(), AuditAction.JOB_RETRY, "job " + failed.getId(),
                "document " + failed.getDocumentId() + ": failed (" + failed.getReason() + ") -> queued again as job " + retry.getId());
        return Response.accepted(views.of(retry)).location(URI.create("jobs/" + retry.getId())).build();
    }

    private IngestJob find(String id) {
        return JobQueryReader.id(id).flatMap(ledger::find)
                .orElseThrow(() -> new NotFoundException("There is no job " + (id.length() > 40 ? id.substring(0, 40) : id) + "."));
    }
}
