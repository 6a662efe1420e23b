package org.abhilekh.ingest.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.security.boundary.Caller;

/**
 * {@code GET /api/jobs/{id}}: where the ingestion of a document stands and, when it failed, why.
 * A job is identified by its document's id.
 */
@Path("jobs")
@RequestScoped
public class JobsResource {

    @Inject
    Archive archive;

    @Inject
    Caller caller;

    /** The state of one ingest job. */
    public record Job(long id, long documentId, String status, String reason, boolean textTruncated) {
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Job job(@PathParam("id") String id) {
        caller.requireStaff();
        long documentId;
        try {
            documentId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no job " + (id.length() > 40 ? id.substring(0, 40) : id) + ".");
        }
        Document document = archive.find(documentId, true);
        return new Job(documentId, documentId, document.getIngestStatus().name(), document.getIngestError(), document.isTextTruncated());
    }
}
