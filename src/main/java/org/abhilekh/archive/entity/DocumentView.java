package org.abhilekh.archive.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * A document as the API shows it; {@code jobUrl} lists its ingest jobs, newest first, and {@code revision} is what
 * an edit must name in {@code If-Match}. For staff only (absent for the public): {@code safeguarding}, what the
 * safeguarding checks found, and {@code publicationHold}, why a document asked to be public is not ({@code
 * awaiting-check} or {@code held}), {@code withheldPassages}, the passages withheld from the public, and {@code
 * redactedCopy}, the file the public downloads instead of the original. These are left out of the JSON when null, so the
 * public's answer does not name them. {@code partlyWithheld} tells everyone that passages are withheld; the public then
 * reads the title, summary and file name with them blacked out, and its file facts are the redacted copy's (none
 * without one).
 */
public record DocumentView(
        long id,
        String title,
        String type,
        LocalDate date,
        String language,
        String visibility,
        String summary,
        String originalName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String ingestStatus,
        String ingestError,
        boolean textTruncated,
        List<String> extractionFlags,
        List<String> extractionNotes,
        Instant createdAt,
        long revision,
        String url,
        String fileUrl,
        String jobUrl,
        @JsonbNillable(false) List<Finding> safeguarding,
        @JsonbNillable(false) String publicationHold,
        boolean partlyWithheld,
        @JsonbNillable(false) List<String> withheldPassages,
        @JsonbNillable(false) RedactedCopy redactedCopy) {

    public static DocumentView of(Document document, IngestState ingest) {
        return of(document, true, ingest);
    }

    /**
     * The notes about the extracted text (a legacy font, OCR missing) are for staff, who can act on them. Where its
     * reading stands ({@code ingest}) is its jobs' to say.
     */
    public static DocumentView of(Document document, boolean staff, IngestState ingest) {
        WithheldPassages withheld = document.getWithheld();
        WithheldPassages hidden = staff ? WithheldPassages.NONE : withheld;
        RedactedCopy copy = document.getRedactedCopy();
        boolean publicFile = staff || withheld.isEmpty();
        return new DocumentView(document.getId(), hidden.redact(document.getTitle()), document.getType().code(), document.getDate(),
                document.getLanguage(), document.getVisibility().code(), hidden.redact(document.getSummary()),
                publicFile ? document.getOriginalName() : copy == null ? null : copy.name(),
                publicFile ? document.getMediaType() : copy == null ? null : copy.mediaType(),
                publicFile ? document.getSizeBytes() : copy == null ? 0 : copy.sizeBytes(),
                publicFile ? document.getSha256() : copy == null ? null : copy.sha256(),
                ingest.status().name(),
                ingest.reason(), document.isTextTruncated(), staff ? document.getExtractionFlags() : List.of(),
                staff ? document.getExtractionNotes() : List.of(), document.getCreatedAt(), document.getRevision(),
                "/archive/document.xhtml?id=" + document.getId(),
                publicFile || copy != null ? "/api/documents/" + document.getId() + "/file" : null,
                "/api/jobs?document=" + document.getId(),
                staff ? FindingsJson.fromJson(document.getSafeguardingFindings()) : null,
                staff && document.getPublicationHold() != null ? document.getPublicationHold().code() : null,
                !withheld.isEmpty(),
                staff ? withheld.passages() : null,
                staff ? copy : null);
    }
}
