package org.abhilekh.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.abhilekh.archive.control.DocumentChanges;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.DocumentRepository;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.control.PublicReading;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.IngestProgress;
import org.abhilekh.archive.entity.OutletSpelling;
import org.abhilekh.archive.entity.PublicationHold;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.archive.entity.WithheldPassages;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.safeguarding.boundary.PublicCopies;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.abhilekh.search.boundary.SearchIndex;

/**
 * Staff change what a document says about itself and who may read it: its description, its visibility, the outlet a
 * clipping names. Each change decides, with the safeguarding checks, what the public may see, and reaches the index
 * before it returns.
 */
@ApplicationScoped
public class Descriptions {

    private static final Logger LOG = Logger.getLogger(Descriptions.class.getName());

    @Inject
    Archive archive;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentIndexing indexing;

    @Inject
    DocumentChanges changes;

    @Inject
    OutletSpelling outlets;

    @Inject
    IngestProgress progress;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Caller caller;

    @Inject
    PublicReading reading;

    @Inject
    PublicCopies publicCopies;

    /**
     * Replaces a document's description (a staff edit). The edit must be based on the document's
     * current {@code revision}, else 409; the new description is checked as an upload's is, its outlet
     * put in the managed list's spelling, and the index sees the change before this returns.
     */
    public Document describe(long id, long expectedRevision, String metadataJson, String actor) {
        Document current = archive.find(id, true);
        boolean image = current.getMediaType() != null && current.getMediaType().startsWith("image/");
        boolean reviewed = MetadataReader.safeguardingReviewed(metadataJson);
        DocumentMetadata metadata = archive.withCanonicalOutlet(MetadataReader.read(MetadataReader.withoutReview(metadataJson),
                current.getOriginalName(), image));
        return publish(current, expectedRevision, metadata, reviewed, actor);
    }

    /**
     * Puts a new description in place, deciding what the public may see: making a document public, or giving a
     * public one a description in which the safeguarding checks find something new, answers 409 with the
     * findings unless an editor says they reviewed them; a document whose text is still being read waits for
     * the checks, staff-only, and goes public by itself if they find nothing.
     */
    private Document publish(Document current, long expectedRevision, DocumentMetadata next, boolean reviewed, String actor) {
        requireEditorToChange(current.getVisibility(), next.visibility());
        if (reviewed && !caller.isEditor()) {
            throw new ForbiddenException("Only editors and administrators may publish what the safeguarding checks found.");
        }
        List<Finding> described = reading.described(next);
        List<Finding> findings = new ArrayList<>(FindingsJson.fromJson(current.getSafeguardingFindings()).stream()
                .filter(finding -> !finding.where().startsWith(PublicReading.DESCRIBED)).toList());
        findings.addAll(described);
        DocumentMetadata metadata = next;
        PublicationHold hold = current.getPublicationHold();
        boolean wasPublic = current.getVisibility() == Visibility.PUBLIC;
        if (next.visibility() == Visibility.PUBLIC) {
            boolean read = documents.hasText(current.getId()); // kept with the checks' findings, so never out of step with them
            boolean unread = !read && progress.of(current.getId()).waiting();
            WithheldPassages withheld = current.getWithheld();
            List<Finding> exposed = withheld.isEmpty() ? findings : reading.exposed(next, withheld, archive.text(current.getId()).orElse(""), current);
            List<Finding> newlyPublic = wasPublic ? reading.newOnes(reading.described(next.withheld(withheld)), current)
                    : publicCopies.holding(exposed, current.getMediaType());
            // A held document whose text was read goes public once nothing is found in what the public reads (its
            // passages withheld, say); one whose text could not be read always needs an editor's review.
            boolean unchecked = hold == PublicationHold.HELD && !read;
            if (!wasPublic && unread) {
                metadata = next.withVisibility(Visibility.STAFF);
                hold = PublicationHold.AWAITING_CHECK;
            } else if ((!newlyPublic.isEmpty() || !wasPublic && unchecked) && !reviewed) {
                throw new SafeguardingHoldException(PublicReading.holdReason(newlyPublic), newlyPublic);
            } else {
                hold = null;
            }
        }
        DocumentChanges.Publication publication = new DocumentChanges.Publication(FindingsJson.toJson(findings), hold,
                reviewed && metadata.visibility() == Visibility.PUBLIC);
        Document changed = changes.describe(current.getId(), expectedRevision, metadata, actor, publication);
        indexing.index(changed);
        searchIndex.refreshNow();
        return changed;
    }

    /** Deciding what the public sees is an editor's act: staff may describe a document but not change its visibility. */
    private void requireEditorToChange(Visibility was, Visibility next) {
        if (was != next && !caller.isEditor()) {
            throw new ForbiddenException("Only editors and administrators decide what the public sees; ask one to make this document "
                    + (next == Visibility.PUBLIC ? "public." : "staff-only."));
        }
    }

    /** Only the visibility changes; the rest of the description stays as it is. */
    public Document changeVisibility(long id, long expectedRevision, Visibility visibility, boolean safeguardingReviewed, String actor) {
        Document current = archive.find(id, true);
        DocumentMetadata was = MetadataReader.stored(current.getMetadataJson(), current.getOriginalName());
        return publish(current, expectedRevision, was.withVisibility(visibility), safeguardingReviewed, actor);
    }

    /**
     * Points every clipping whose outlet {@code matches} at {@code outlet} instead, re-indexing each:
     * how a rename or merge in the outlet list reaches the documents. Answers how many changed.
     */
    public int repointOutlet(Predicate<String> matches, String outlet, String actor) {
        int changed = 0;
        for (Document document : documents.ofType(DocumentType.PRESS_CLIPPING)) {
            DocumentMetadata metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName());
            List<String> named = metadata.attribute("outlet");
            if (named.isEmpty() || !matches.test(named.get(0)) || named.get(0).equals(outlet)) {
                continue;
            }
            indexing.index(changes.redescribe(document.getId(), metadata.withOutlet(outlet)));
            changed++;
        }
        if (changed > 0) {
            searchIndex.refreshNow();
            LOG.info(actor + " re-pointed " + changed + " clipping(s) to the outlet " + outlet);
        }
        return changed;
    }
}
