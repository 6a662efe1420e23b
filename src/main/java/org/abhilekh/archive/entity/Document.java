package org.abhilekh.archive.entity;

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
import java.time.LocalDate;
import java.util.List;

/**
 * One item of the archive: its description, the sha256 of its original bytes (which live in the
 * blob store) and what reading them gave (media type, flags and notes; the text is a {@link DocumentText}).
 * Where the reading stands is not kept here but by its ingest jobs ({@link IngestProgress}). {@code revision}
 * counts changes that the index must see; {@code indexedRevision} is the revision known to be committed in the index.
 */
@Entity
@Table(name = "document")
@NamedQuery(name = Document.HOLDING, query = "select count(d) from Document d where d.sha256 = :sha256 or d.redactedCopySha256 = :sha256")
@NamedQuery(name = Document.BY_SHA256, query = "select d from Document d where d.sha256 = :sha256")
@NamedQuery(name = Document.BEHIND_INDEX, query = "select d.id from Document d where d.indexedRevision < d.revision order by d.id")
@NamedQuery(name = Document.BY_TYPE, query = "select d from Document d where d.type = :type order by d.date, d.id")
@NamedQuery(name = Document.NEWEST, query = "select d from Document d order by d.id desc")
@NamedQuery(name = Document.COUNT, query = "select count(d) from Document d")
@NamedQuery(name = Document.COUNT_WITH_VISIBILITY, query = "select count(d) from Document d where d.visibility = :visibility")
@NamedQuery(name = Document.HELD, query = "select d from Document d where d.publicationHold = :hold order by d.id desc")
@NamedQuery(name = Document.COUNT_HELD, query = "select count(d) from Document d where d.publicationHold = :hold")
@NamedQuery(name = Document.ALL_IDS, query = "select d.id from Document d where d.id > :after order by d.id")
@NamedQuery(name = Document.CHANGED_SINCE, query = "select d.id from Document d where d.updatedAt >= :since order by d.id")
@NamedQuery(name = Document.PUBLIC_IDS, query = "select d.id from Document d where d.visibility = :visibility and d.publicationHold is null"
        + " and d.updatedAt >= :from and d.updatedAt < :until order by d.id")
@NamedQuery(name = Document.PUBLIC_IDS_OF_TYPE, query = "select d.id from Document d where d.visibility = :visibility and d.publicationHold is null"
        + " and d.type = :type and d.updatedAt >= :from and d.updatedAt < :until order by d.id")
@NamedQuery(name = Document.PUBLIC_BY_IDS, query = "select d from Document d where d.visibility = :visibility and d.publicationHold is null"
        + " and d.id in :ids order by d.id")
@NamedQuery(name = Document.EARLIEST_PUBLIC_CHANGE, query = "select min(d.updatedAt) from Document d where d.visibility = :visibility"
        + " and d.publicationHold is null")
@NamedQuery(name = Document.FORGET_INDEXED, query = "update Document d set d.indexedRevision = 0")
@NamedQuery(name = Document.MARK_INDEXED, query = "update Document d set d.indexedRevision = :revision where d.id = :id and d.indexedRevision < :revision")
public class Document {

    public static final String BY_SHA256 = "Document.bySha256";
    public static final String HOLDING = "Document.holding";
    public static final String BEHIND_INDEX = "Document.behindIndex";
    public static final String COUNT = "Document.count";
    public static final String COUNT_WITH_VISIBILITY = "Document.countWithVisibility";
    public static final String NEWEST = "Document.newest";
    public static final String HELD = "Document.held";
    public static final String COUNT_HELD = "Document.countHeld";
    public static final String BY_TYPE = "Document.byType";
    public static final String MARK_INDEXED = "Document.markIndexed";
    public static final String ALL_IDS = "Document.allIds";
    public static final String CHANGED_SINCE = "Document.changedSince";
    public static final String FORGET_INDEXED = "Document.forgetIndexed";
    public static final String PUBLIC_IDS = "Document.publicIds";
    public static final String PUBLIC_IDS_OF_TYPE = "Document.publicIdsOfType";
    public static final String PUBLIC_BY_IDS = "Document.publicByIds";
    public static final String EARLIEST_PUBLIC_CHANGE = "Document.earliestPublicChange";
    /** Language not given by a person; ingestion fills in what it detects. */
    public static final String UNDETERMINED = "und";

    @Id
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    private Long id;

    @Column(nullable = false, length = 1000)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false)
    private DocumentType type;

    @Column(name = "doc_date")
    private LocalDate date;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(length = 4000)
    private String summary;

    @Column(name = "metadata_json", length = 20000)
    private String metadataJson;

    @Column(name = "text_truncated", nullable = false)
    private boolean textTruncated;

    /** Flag codes from extraction (see {@code Extraction.Flag}), comma-separated; null when there are none. */
    @Column(name = "extraction_flags", length = 200)
    private String extractionFlags;

    /** The sentences explaining the flags to staff, one a line. */
    @Column(name = "extraction_notes", length = 4000)
    private String extractionNotes;

    /** What the safeguarding checks found (a JSON array), or null when they found nothing. */
    @Column(name = "safeguarding_findings", length = 20000)
    private String safeguardingFindings;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_hold", length = 20)
    private PublicationHold publicationHold;

    /** One passage per line; see {@link WithheldPassages}. */
    @Column(name = "withheld_passages", length = 21000)
    private String withheldPassages;

    @Column(name = "redacted_copy_sha256", length = 64)
    private String redactedCopySha256;

    @Column(name = "redacted_copy_name")
    private String redactedCopyName;

    @Column(name = "redacted_copy_media_type")
    private String redactedCopyMediaType;

    @Column(name = "redacted_copy_size")
    private Long redactedCopySize;

    @Column(nullable = false)
    private long revision;

    @Column(name = "indexed_revision", nullable = false)
    private long indexedRevision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Document() {
    }

    public Document(String sha256, String originalName, long sizeBytes, String metadataJson, DocumentMetadata metadata) {
        this.sha256 = sha256;
        this.originalName = originalName;
        this.sizeBytes = sizeBytes;
        this.revision = 1;
        this.indexedRevision = 0;
        this.createdAt = Instant.now();
        describe(metadata, metadataJson);
    }

    /**
     * Replaces the description; the index has to see the change. A description without a language keeps
     * the one extraction detected, so an edit does not make a document's language unknown again.
     */
    public final void describe(DocumentMetadata metadata, String metadataJson) {
        this.title = metadata.title();
        this.type = metadata.type();
        this.date = metadata.date();
        if (metadata.language() != null) {
            this.language = metadata.language();
        } else if (this.language == null) {
            this.language = UNDETERMINED;
        }
        this.visibility = metadata.visibility();
        this.summary = metadata.summary();
        this.metadataJson = metadataJson;
        changed();
    }

    /** Extraction succeeded; {@code flags} and {@code notes} say what staff should know about the text. */
    public void extracted(String mediaType, String detectedLanguage, boolean truncated, List<String> flags, List<String> notes) {
        this.mediaType = mediaType;
        if (detectedLanguage != null && UNDETERMINED.equals(language)) {
            this.language = detectedLanguage;
        }
        this.textTruncated = truncated;
        this.extractionFlags = flags.isEmpty() ? null : String.join(",", flags);
        String joined = String.join("\n", notes);
        this.extractionNotes = notes.isEmpty() ? null : joined.length() > 4000 ? joined.substring(0, 4000) : joined;
        changed();
    }

    /** Extraction failed; the reason is its job's. Nothing is said about a text there is none of. */
    public void failed(String mediaType) {
        this.mediaType = mediaType;
        this.extractionFlags = null;
        this.extractionNotes = null;
        changed();
    }

    /** Keeps what the safeguarding checks found; not a new revision, since nothing in the index changes. */
    public void safeguardingChecked(String findingsJson) {
        this.safeguardingFindings = findingsJson;
    }

    /** Puts a hold on publication, or lifts it (null). */
    public void hold(PublicationHold hold) {
        this.publicationHold = hold;
        this.updatedAt = Instant.now();
    }

    public String getSafeguardingFindings() {
        return safeguardingFindings;
    }

    public PublicationHold getPublicationHold() {
        return publicationHold;
    }

    /** Withholds these passages from the public (none: the whole text is public again); the index must see it. */
    public void withhold(WithheldPassages passages) {
        this.withheldPassages = passages.toStored();
        changed();
    }

    public WithheldPassages getWithheld() {
        return WithheldPassages.stored(withheldPassages);
    }

    /** Offers this copy to the public instead of the original, or none (null). */
    public void offerRedactedCopy(RedactedCopy copy) {
        this.redactedCopySha256 = copy == null ? null : copy.sha256();
        this.redactedCopyName = copy == null ? null : copy.name();
        this.redactedCopyMediaType = copy == null ? null : copy.mediaType();
        this.redactedCopySize = copy == null ? null : copy.sizeBytes();
        changed();
    }

    /** The redacted copy staff attached, or null. */
    public RedactedCopy getRedactedCopy() {
        return redactedCopySha256 == null ? null
                : new RedactedCopy(redactedCopySha256, redactedCopyName, redactedCopyMediaType, redactedCopySize == null ? 0 : redactedCopySize);
    }

    private void changed() {
        this.revision++;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public DocumentType getType() {
        return type;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLanguage() {
        return language;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getSha256() {
        return sha256;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSummary() {
        return summary;
    }

    public String getMetadataJson() {
        return metadataJson;
    }

    public boolean isTextTruncated() {
        return textTruncated;
    }

    public List<String> getExtractionFlags() {
        return extractionFlags == null ? List.of() : List.of(extractionFlags.split(","));
    }

    public List<String> getExtractionNotes() {
        return extractionNotes == null ? List.of() : List.of(extractionNotes.split("\n"));
    }

    public long getRevision() {
        return revision;
    }

    public long getIndexedRevision() {
        return indexedRevision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
