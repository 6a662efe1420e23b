package org.abhilekh.archive.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.IngestProgress;
import org.abhilekh.archive.entity.IngestState;
import org.abhilekh.archive.entity.WithheldPassages;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.search.boundary.SearchIndex;
import org.abhilekh.search.entity.SearchHit;
import org.omnifaces.util.Faces;

/** Backs {@code /archive/document.xhtml?id=}: one document's description, text and original. */
@Named
@RequestScoped
public class DocumentPage {

    static final int TEXT_PREVIEW_CHARS = 6_000;

    @Inject
    Archive archive;

    @Inject
    Withholding withholding;

    @Inject
    Caller caller;

    @Inject
    SearchIndex searchIndex;

    @Inject
    IngestProgress progress;

    private Document document;
    private IngestState ingest;
    private List<SearchHit> similar;
    private DocumentMetadata metadata;
    private String text;

    /**
     * Reads the document named by {@code id}, from the address or from the hidden field of the page's own forms: the
     * staff forms are drawn only for a document, so it must be known when a form is sent back, not only when the
     * page is first shown.
     */
    @PostConstruct
    void read() {
        String id = Faces.getRequestParameter("id");
        try {
            document = archive.find(id == null ? -1 : DocumentsResource.parseId(id), caller.isStaff());
        } catch (NotFoundException e) {
            return;
        }
        // The description as the caller may read it: the public without the withheld passages.
        WithheldPassages hidden = caller.isStaff() ? WithheldPassages.NONE : document.getWithheld();
        metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName()).withheld(hidden);
        ingest = caller.isStaff() ? progress.of(document.getId()) : null;
    }

    /** The view action: a missing document answers 404. */
    public void load() {
        if (document == null) {
            Faces.setResponseStatus(404);
        }
    }

    public List<SearchHit> getSimilar() {
        if (similar == null) {
            similar = document == null ? List.of() : searchIndex.moreLikeThis(DocumentIndexing.KIND, document.getId(), caller.isStaff(), DocumentsResource.SIMILAR);
        }
        return similar;
    }

    public Document getDocument() {
        return document;
    }

    /** Where the reading of its text stands, for staff. */
    public String getIngestStatus() {
        return ingest == null ? null : ingest.status().name();
    }

    /** Why its text could not be read, for staff; null when it was, or is still to be. */
    public String getIngestError() {
        return ingest == null ? null : ingest.reason();
    }

    /** The type-specific details (outlet, authors, audience...) by name, each with its values joined. */
    public List<Map.Entry<String, String>> getAttributes() {
        return metadata == null ? List.of() : metadata.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> Map.entry(entry.getKey(), String.join(", ", entry.getValue()))).toList();
    }

    public String getTags() {
        return metadata == null ? "" : String.join(", ", metadata.tags());
    }

    public String getTextPreview() {
        if (text == null && document != null) {
            text = withholding.text(document, caller.isStaff()).orElse("");
        }
        return text == null || text.length() <= TEXT_PREVIEW_CHARS ? text : text.substring(0, TEXT_PREVIEW_CHARS) + " …";
    }

    /** The preview in runs, each withheld from the public or not, so staff see what the public does not read. */
    public List<WithheldPassages.Run> getTextRuns() {
        return document == null ? List.of() : document.getWithheld().runs(getTextPreview());
    }

    /** The title as the caller may read it. */
    public String getTitle() {
        return document == null ? null : metadata.title();
    }

    public String getSummary() {
        return document == null ? null : metadata.summary();
    }

    /** Whether passages are withheld from the public. */
    public boolean isPartlyWithheld() {
        return document != null && !document.getWithheld().isEmpty();
    }

    /**
     * The name of the file the caller may download, or null when there is none: while passages are withheld the
     * public gets the redacted copy, if staff attached one, instead of the original.
     */
    public String getFileName() {
        if (document == null) {
            return null;
        }
        if (caller.isStaff() || document.getWithheld().isEmpty()) {
            return document.getOriginalName();
        }
        return document.getRedactedCopy() == null ? null : document.getRedactedCopy().name();
    }

    /** Whether the file the caller downloads is an image, shown on the page. */
    public boolean isImage() {
        if (getFileName() == null) {
            return false;
        }
        String mediaType = caller.isStaff() || document.getWithheld().isEmpty() ? document.getMediaType() : document.getRedactedCopy().mediaType();
        return mediaType != null && mediaType.startsWith("image/");
    }
}
