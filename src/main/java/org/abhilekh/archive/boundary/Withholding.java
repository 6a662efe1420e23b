package org.abhilekh.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.abhilekh.archive.control.DocumentChanges;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.DocumentRepository;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.control.PublicReading;
import org.abhilekh.archive.entity.BlobRef;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.RedactedCopy;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.archive.entity.WithheldPassages;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.safeguarding.boundary.PublicCopies;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.abhilekh.search.boundary.SearchIndex;

/**
 * Redaction: the passages of a document withheld from the public, the redacted copy of its file that staff attach,
 * and so the file and text each caller may have. The archive's own reads apply the withheld passages too (its
 * public facts, the document page and the index entry), so nothing withheld reaches the public another way.
 */
@ApplicationScoped
public class Withholding {

    @Inject
    Archive archive;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentChanges changes;

    @Inject
    DocumentIndexing indexing;

    @Inject
    PublicReading reading;

    @Inject
    PublicCopies publicCopies;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Caller caller;

    /** A file as it is offered for download. */
    public record Download(Path file, String name, String mediaType) {
    }

    /**
     * The file a caller may download: staff the original byte for byte; the public a copy without hidden metadata
     * (GPS position, author, company), and while passages are withheld the redacted copy staff attached, or
     * nothing, since the original names what is withheld.
     */
    public Download download(Document document, boolean staff) {
        if (staff) {
            return new Download(archive.original(document), document.getOriginalName(), document.getMediaType());
        }
        if (document.getWithheld().isEmpty()) {
            return new Download(publicCopies.of(archive.original(document), document.getSha256(), document.getMediaType()),
                    document.getOriginalName(), document.getMediaType());
        }
        RedactedCopy copy = document.getRedactedCopy();
        if (copy == null) {
            throw new NotFoundException("Parts of document " + document.getId() + " are withheld to protect the people it names,"
                    + " so its original file is not offered.");
        }
        Path bytes = archive.blob(copy.sha256())
                .orElseThrow(() -> new IllegalStateException("The redacted copy of document " + document.getId() + " is missing from the blob store"));
        return new Download(publicCopies.of(bytes, copy.sha256(), copy.mediaType()), copy.name(), copy.mediaType());
    }

    /** The redacted copy as staff attached it, byte for byte. */
    public Download redactedCopy(long id) {
        Document document = archive.find(id, true);
        RedactedCopy copy = document.getRedactedCopy();
        Path bytes = copy == null ? null : archive.blob(copy.sha256()).orElse(null);
        if (bytes == null) {
            throw new NotFoundException("Document " + id + " has no redacted copy.");
        }
        return new Download(bytes, copy.name(), copy.mediaType());
    }

    /**
     * The text as the caller may read it: the public with the withheld passages blacked out. Empty for a document
     * the caller may not see.
     */
    public Optional<String> text(Document document, boolean staff) {
        Optional<String> text = documents.text(document.getId());
        return staff ? text : text.map(document.getWithheld()::redact);
    }

    /**
     * Withholds these passages of a document from the public instead of those withheld so far: everywhere the public
     * reads it (page, snippets, suggestions, feeds, kits, "more like this"), and a public search for a withheld word
     * does not find it; its original file is then not offered to the public. Any staff member may withhold more;
     * releasing a passage is an editor's act, and when the public would then read something the safeguarding
     * checks find, it answers 409 with the findings unless the editor says they reviewed them.
     */
    public Document withhold(long id, long expectedRevision, List<String> passages, boolean reviewed, String actor) {
        Document current = archive.find(id, true);
        WithheldPassages next;
        try {
            next = WithheldPassages.of(passages);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        // A stale change is refused as such before its effect on the public is weighed.
        DocumentChanges.requireRevision(current, expectedRevision);
        WithheldPassages before = current.getWithheld();
        boolean releases = before.passages().stream().anyMatch(passage -> !next.passages().contains(passage));
        if ((releases || reviewed) && !caller.isEditor()) {
            throw new ForbiddenException("Only editors and administrators may release a withheld passage; any staff member may withhold more.");
        }
        List<Finding> exposed = List.of();
        if (releases && current.getVisibility() == Visibility.PUBLIC) {
            DocumentMetadata metadata = MetadataReader.stored(current.getMetadataJson(), current.getOriginalName());
            String text = documents.text(id).orElse("");
            List<String> known = reading.exposed(metadata, before, text, current).stream().map(Finding::what).toList();
            exposed = reading.exposed(metadata, next, text, current).stream().filter(finding -> !known.contains(finding.what())).toList();
            if (!exposed.isEmpty() && !reviewed) {
                throw new SafeguardingHoldException(PublicReading.holdReason(exposed), exposed);
            }
        }
        Document changed = changes.withhold(id, expectedRevision, next, actor, exposed.isEmpty() ? null : FindingsJson.toJson(exposed));
        indexing.index(changed);
        searchIndex.refreshNow();
        return changed;
    }

    /**
     * Offers this file to the public instead of the original while passages are withheld (staff), such as a PDF with
     * the names blacked out; the copy before it is let go. The public gets it without hidden metadata, as any file.
     */
    public Document offerRedactedCopy(long id, InputStream content, String name, String mediaType, String actor) throws IOException {
        archive.find(id, true);
        BlobRef blob = archive.storeBlob(content);
        RedactedCopy replaced = changes.offerRedactedCopy(id, new RedactedCopy(blob.sha256(), Archive.safeName(name), mediaType, blob.size()), actor);
        if (replaced != null && !replaced.sha256().equals(blob.sha256())) {
            archive.release(replaced.sha256(), id);
        }
        return archive.find(id, true);
    }

    /** The public gets no file again while passages are withheld (staff). */
    public Document removeRedactedCopy(long id, String actor) throws IOException {
        archive.find(id, true);
        RedactedCopy removed = changes.offerRedactedCopy(id, null, actor);
        if (removed != null) {
            archive.release(removed.sha256(), id);
        }
        return archive.find(id, true);
    }
}
