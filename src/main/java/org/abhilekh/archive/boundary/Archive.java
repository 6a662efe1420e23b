package org.abhilekh.archive.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.abhilekh.archive.control.BlobStore;
import org.abhilekh.archive.control.DocumentChanges;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.DocumentRepository;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.BlobRef;
import org.abhilekh.archive.entity.BlobReleasing;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.DocumentStored;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.IngestStatus;
import org.abhilekh.archive.entity.IngestTicket;
import org.abhilekh.archive.entity.OutletSpelling;
import org.abhilekh.archive.entity.PublicationHold;
import org.abhilekh.archive.entity.RedactedCopy;
import org.abhilekh.archive.entity.StoreOutcome;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.archive.entity.WithheldPassages;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.DataFolder;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.safeguarding.boundary.PublicCopies;
import org.abhilekh.safeguarding.boundary.Safeguarding;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.abhilekh.search.boundary.SearchIndex;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive's front door: takes originals in (durably, once per distinct content) and answers
 * reads with the caller's visibility applied. A staff-only document is, to a public caller,
 * indistinguishable from one that does not exist.
 */
@ApplicationScoped
public class Archive {

    private static final Logger LOG = Logger.getLogger(Archive.class.getName());
    /** How a finding in a document's description says where it is: "description: title", "description: summary"... */
    static final String DESCRIBED = "description: ";

    @Inject
    DataFolder dataFolder;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentIndexing indexing;

    @Inject
    Event<DocumentStored> stored;

    @Inject
    Event<BlobReleasing> releasing;

    @Inject
    DocumentChanges changes;

    @Inject
    OutletSpelling outlets;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Caller caller;

    @Inject
    Safeguarding safeguarding;

    @Inject
    PublicCopies publicCopies;

    @Inject
    @ConfigProperty(name = "abhilekh.upload.max-bytes", defaultValue = "104857600")
    long maxUploadBytes;

    private BlobStore blobs;

    @PostConstruct
    void openBlobStore() {
        try {
            blobs = new BlobStore(dataFolder.blobs());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the blob store in " + dataFolder.blobs(), e);
        }
    }

    /**
     * Stores an original and its description. Returns only once both the bytes and the row are on
     * disk; the same bytes a second time answer with the document that already holds them.
     */
    public StoreOutcome store(InputStream content, String originalName, String metadataJson, boolean image) throws IOException {
        DocumentMetadata described = MetadataReader.read(metadataJson, originalName, image);
        String name = safeName(originalName);
        BlobStore.Staged staged = blobs.stage(content, maxUploadBytes);
        if (staged.size() == 0) {
            blobs.discard(staged);
            throw new org.abhilekh.platform.control.BadInputException("The file \"" + name + "\" is empty.");
        }
        Optional<Document> existing = documents.findBySha256(staged.sha256());
        if (existing.isPresent()) {
            blobs.discard(staged);
            return duplicate(existing.get());
        }
        blobs.commit(staged);
        // Only now, so that a refused or duplicate upload adds no outlet to the list.
        DocumentMetadata metadata = withCanonicalOutlet(described);
        // Asked to be public, it stays staff-only until its text has been read and the safeguarding checks find nothing.
        boolean asksPublic = metadata.visibility() == Visibility.PUBLIC;
        DocumentMetadata kept = asksPublic ? metadata.withVisibility(Visibility.STAFF) : metadata;
        Document document;
        try {
            Document added = new Document(staged.sha256(), name, staged.size(), MetadataReader.toJson(kept), kept);
            if (asksPublic) {
                added.hold(PublicationHold.AWAITING_CHECK);
            }
            document = documents.add(added);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // Two callers stored the same bytes at once; the other one won.
            return documents.findBySha256(staged.sha256()).map(this::duplicate).orElseThrow(() -> e);
        }
        LOG.fine(() -> "Stored document " + document.getId() + " (" + name + ")");
        stored.fire(new DocumentStored(document.getId()));
        return new StoreOutcome(document.getId(), false, document.getIngestStatus(), document.getTitle());
    }

    /** The document if the caller may see it; otherwise the same answer as for one that does not exist. */
    public Document find(long id, boolean staff) {
        return documents.find(id)
                .filter(document -> staff || document.getVisibility() == Visibility.PUBLIC)
                .orElseThrow(() -> new NotFoundException("There is no document " + id + "."));
    }

    /**
     * The facts of one document for another feature, with the caller's visibility applied: empty for a
     * staff-only document asked for by a public caller, exactly as for a missing one.
     */
    public Optional<DocumentFacts> facts(long id, boolean staff) {
        return documents.find(id).filter(document -> staff || document.getVisibility() == Visibility.PUBLIC)
                .map(document -> staff ? facts(document) : publicFacts(document));
    }

    /** The id of the document holding these bytes, so seed data can refer to documents by content, not by id. */
    public Optional<Long> idOfContent(String sha256) {
        return documents.findBySha256(sha256).map(Document::getId);
    }

    /** Every press clipping the caller may see, oldest first: what coverage statistics are computed from. */
    public List<DocumentFacts> clippings(boolean staff) {
        return documents.ofType(DocumentType.PRESS_CLIPPING).stream()
                .filter(document -> staff || document.getVisibility() == Visibility.PUBLIC)
                .map(document -> staff ? facts(document) : publicFacts(document)).toList();
    }

    /**
     * Keeps bytes that belong to another feature (a press kit's own photos and fact sheets) in the same
     * content-addressed store as originals, so one folder holds every file and is backed up as one.
     */
    public BlobRef storeBlob(InputStream content) throws IOException {
        BlobStore.Staged staged = blobs.stage(content, maxUploadBytes);
        if (staged.size() == 0) {
            blobs.discard(staged);
            throw new BadInputException("The file is empty.");
        }
        blobs.commit(staged);
        return new BlobRef(staged.sha256(), staged.size());
    }

    /** Where the bytes with this sha256 are, if they are stored. */
    public Optional<Path> blob(String sha256) {
        return blobs.find(sha256);
    }

    /**
     * Replaces a document's description (a staff edit). The edit must be based on the document's
     * current {@code revision}, else 409; the new description is checked as an upload's is, its outlet
     * put in the managed list's spelling, and the index sees the change before this returns.
     */
    public Document describe(long id, long expectedRevision, String metadataJson, String actor) {
        Document current = find(id, true);
        boolean image = current.getMediaType() != null && current.getMediaType().startsWith("image/");
        boolean reviewed = MetadataReader.safeguardingReviewed(metadataJson);
        DocumentMetadata metadata = withCanonicalOutlet(MetadataReader.read(MetadataReader.withoutReview(metadataJson),
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
        List<Finding> described = describedFindings(next);
        List<Finding> findings = new ArrayList<>(FindingsJson.fromJson(current.getSafeguardingFindings()).stream()
                .filter(finding -> !finding.where().startsWith(DESCRIBED)).toList());
        findings.addAll(described);
        DocumentMetadata metadata = next;
        PublicationHold hold = current.getPublicationHold();
        boolean wasPublic = current.getVisibility() == Visibility.PUBLIC;
        if (next.visibility() == Visibility.PUBLIC) {
            boolean unread = current.getIngestStatus() == IngestStatus.PENDING || current.getIngestStatus() == IngestStatus.PROCESSING;
            WithheldPassages withheld = current.getWithheld();
            List<Finding> exposed = withheld.isEmpty() ? findings
                    : publicFindings(next, withheld, documents.text(current.getId()).orElse(""), current);
            List<Finding> newlyPublic = wasPublic ? newOnes(describedFindings(next.withheld(withheld)), current)
                    : publicCopies.holding(exposed, current.getMediaType());
            // A held document whose text was read goes public once nothing is found in what the public reads (its
            // passages withheld, say); one whose text could not be read always needs an editor's review.
            boolean unchecked = hold == PublicationHold.HELD && current.getIngestStatus() != IngestStatus.DONE;
            if (!wasPublic && unread) {
                metadata = next.withVisibility(Visibility.STAFF);
                hold = PublicationHold.AWAITING_CHECK;
            } else if ((!newlyPublic.isEmpty() || !wasPublic && unchecked) && !reviewed) {
                throw new SafeguardingHoldException(holdReason(newlyPublic), newlyPublic);
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

    /** The safeguarding findings in what people wrote about a document; their {@code where} starts with {@link #DESCRIBED}. */
    private List<Finding> describedFindings(DocumentMetadata metadata) {
        List<Finding> found = new ArrayList<>();
        metadata.writtenTexts().forEach((field, text) -> found.addAll(safeguarding.inText(text, DESCRIBED + field)));
        return found;
    }

    /** Findings in a public document's new description that its old one did not have. */
    private List<Finding> newOnes(List<Finding> described, Document current) {
        List<String> before = FindingsJson.fromJson(current.getSafeguardingFindings()).stream()
                .filter(finding -> finding.where().startsWith(DESCRIBED)).map(Archive::what).toList();
        return described.stream().filter(finding -> !before.contains(what(finding))).toList();
    }

    /** A finding by what it found, not by the words around it, which an edit nearby changes. */
    private static String what(Finding finding) {
        return finding.kind() + ": " + (finding.match() == null || finding.match().isEmpty() ? finding.excerpt() : finding.match());
    }

    private static String holdReason(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "This document's text could not be read, so the safeguarding checks could not look at it. Open the file and make"
                    + " sure it names no child and gives no phone number or address; then send it again with"
                    + " \"safeguardingReviewed\": true (editors only).";
        }
        return "The safeguarding checks found " + findings.size() + " passage(s) that may identify a child or reach or locate a"
                + " person (listed under \"safeguarding\"). Remove them, or withhold them, or, having reviewed them, send the change"
                + " again with \"safeguardingReviewed\": true (editors only).";
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
        Document current = find(id, true);
        DocumentMetadata was = MetadataReader.stored(current.getMetadataJson(), current.getOriginalName());
        return publish(current, expectedRevision, was.withVisibility(visibility), safeguardingReviewed, actor);
    }

    /**
     * Deletes a document: its row and text, its index entry, its press-kit entries (the kit simply has
     * one item fewer), and its original bytes unless a press kit keeps the same bytes as its own file.
     */
    public void delete(long id, String actor) throws IOException {
        Document deleted = changes.delete(id, actor);
        searchIndex.remove(DocumentIndexing.KIND, id);
        searchIndex.refreshNow();
        release(deleted.getSha256(), id);
        if (deleted.getRedactedCopy() != null) {
            release(deleted.getRedactedCopy().sha256(), id);
        }
    }

    /** Deletes bytes document {@code id} no longer uses, unless another document or another feature still does. */
    private void release(String sha256, long id) throws IOException {
        if (changes.holdsContent(sha256)) {
            return;
        }
        BlobReleasing release = new BlobReleasing(sha256);
        releasing.fire(release);
        if (release.isClaimed()) {
            LOG.info(() -> "Kept bytes let go by document " + id + ": still used by " + release.claims());
        } else {
            blobs.delete(sha256);
            publicCopies.forget(sha256);
        }
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
            indexing.index(changes.redescribe(document.getId(), withOutlet(metadata, outlet)));
            changed++;
        }
        if (changed > 0) {
            searchIndex.refreshNow();
            int count = changed;
            LOG.info(() -> actor + " re-pointed " + count + " clipping(s) to the outlet " + outlet);
        }
        return changed;
    }

    private DocumentMetadata withCanonicalOutlet(DocumentMetadata metadata) {
        List<String> named = metadata.attribute("outlet");
        if (metadata.type() != DocumentType.PRESS_CLIPPING || named.isEmpty()) {
            return metadata;
        }
        String canonical = outlets.canonical(named.get(0), metadata.attribute("medium").stream().findFirst().orElse(null),
                metadata.language());
        return canonical.equals(named.get(0)) ? metadata : withOutlet(metadata, canonical);
    }

    private static DocumentMetadata withOutlet(DocumentMetadata metadata, String outlet) {
        Map<String, List<String>> attributes = new LinkedHashMap<>(metadata.attributes());
        attributes.put("outlet", List.of(outlet));
        return new DocumentMetadata(metadata.title(), metadata.type(), metadata.date(), metadata.language(), metadata.visibility(),
                metadata.summary(), metadata.tags(), attributes);
    }

    static DocumentFacts facts(Document document) {
        DocumentMetadata metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName());
        return new DocumentFacts(document.getId(), document.getTitle(), document.getType().code(), document.getDate(),
                document.getLanguage(), first(metadata, "outlet"), first(metadata, "medium"), first(metadata, "district"),
                document.getOriginalName(), document.getMediaType(), document.getSizeBytes(), document.getSha256(),
                document.getVisibility() == Visibility.PUBLIC);
    }

    /**
     * The facts as the public may read them: with the withheld passages blacked out, and for a document with
     * withheld passages the redacted copy as its file, or no file ({@code sha256} null) when there is none.
     */
    static DocumentFacts publicFacts(Document document) {
        WithheldPassages withheld = document.getWithheld();
        if (withheld.isEmpty()) {
            return facts(document);
        }
        DocumentMetadata metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName()).withheld(withheld);
        RedactedCopy copy = document.getRedactedCopy();
        return new DocumentFacts(document.getId(), metadata.title(), document.getType().code(), document.getDate(),
                document.getLanguage(), first(metadata, "outlet"), first(metadata, "medium"), first(metadata, "district"),
                copy == null ? null : copy.name(), copy == null ? null : copy.mediaType(), copy == null ? 0 : copy.sizeBytes(),
                copy == null ? null : copy.sha256(), document.getVisibility() == Visibility.PUBLIC);
    }

    private static String first(DocumentMetadata metadata, String attribute) {
        List<String> values = metadata.attribute(attribute);
        return values.isEmpty() ? null : values.get(0);
    }

    public Path original(Document document) {
        return blobs.find(document.getSha256())
                .orElseThrow(() -> new IllegalStateException("The original of document " + document.getId() + " is missing from the blob store"));
    }

    public Optional<String> text(long id) {
        return documents.text(id);
    }

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
            return new Download(original(document), document.getOriginalName(), document.getMediaType());
        }
        if (document.getWithheld().isEmpty()) {
            return new Download(publicCopies.of(original(document), document.getSha256(), document.getMediaType()),
                    document.getOriginalName(), document.getMediaType());
        }
        RedactedCopy copy = document.getRedactedCopy();
        if (copy == null) {
            throw new NotFoundException("Parts of document " + document.getId() + " are withheld to protect the people it names,"
                    + " so its original file is not offered.");
        }
        Path bytes = blobs.find(copy.sha256())
                .orElseThrow(() -> new IllegalStateException("The redacted copy of document " + document.getId() + " is missing from the blob store"));
        return new Download(publicCopies.of(bytes, copy.sha256(), copy.mediaType()), copy.name(), copy.mediaType());
    }

    /** The redacted copy as staff attached it, byte for byte. */
    public Download redactedCopy(long id) {
        Document document = find(id, true);
        RedactedCopy copy = document.getRedactedCopy();
        Path bytes = copy == null ? null : blobs.find(copy.sha256()).orElse(null);
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
        Document current = find(id, true);
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
            List<String> known = publicFindings(metadata, before, text, current).stream().map(Archive::what).toList();
            exposed = publicFindings(metadata, next, text, current).stream().filter(finding -> !known.contains(what(finding))).toList();
            if (!exposed.isEmpty() && !reviewed) {
                throw new SafeguardingHoldException(holdReason(exposed), exposed);
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
        find(id, true);
        BlobRef blob = storeBlob(content);
        RedactedCopy replaced = changes.offerRedactedCopy(id, new RedactedCopy(blob.sha256(), safeName(name), mediaType, blob.size()), actor);
        if (replaced != null && !replaced.sha256().equals(blob.sha256())) {
            release(replaced.sha256(), id);
        }
        return find(id, true);
    }

    /** The public gets no file again while passages are withheld (staff). */
    public Document removeRedactedCopy(long id, String actor) throws IOException {
        find(id, true);
        RedactedCopy removed = changes.offerRedactedCopy(id, null, actor);
        if (removed != null) {
            release(removed.sha256(), id);
        }
        return find(id, true);
    }

    /**
     * What the safeguarding checks find in what the public would read of a document so described, with these
     * passages withheld: its description and text as the public reads them, and any child's name found in the whole
     * text that the public still reads. With none withheld, what was found at extraction (text and file) and in this
     * description; with some, the file is not offered, so only words count.
     */
    private List<Finding> publicFindings(DocumentMetadata metadata, WithheldPassages withheld, String text, Document current) {
        if (withheld.isEmpty()) {
            List<Finding> found = new ArrayList<>(FindingsJson.fromJson(current.getSafeguardingFindings()).stream()
                    .filter(finding -> !finding.where().startsWith(DESCRIBED)).toList());
            found.addAll(describedFindings(metadata));
            return found;
        }
        DocumentMetadata readable = metadata.withheld(withheld);
        String readableText = withheld.redact(text);
        List<Finding> found = new ArrayList<>(describedFindings(readable));
        found.addAll(safeguarding.inText(readableText, "text"));
        // A child named once with an age and again without one stays named: each child's name must be withheld everywhere.
        List<String> readableDescription = List.copyOf(readable.writtenTexts().values());
        FindingsJson.fromJson(current.getSafeguardingFindings()).stream()
                .filter(finding -> finding.name() != null && finding.name().strip().length() >= WithheldPassages.MIN_LENGTH
                        && finding.name().length() <= WithheldPassages.MAX_LENGTH)
                .filter(finding -> {
                    WithheldPassages name = WithheldPassages.of(List.of(finding.name()));
                    return name.occursIn(readableText) || readableDescription.stream().anyMatch(name::occursIn);
                })
                .forEach(found::add);
        return found;
    }

    /** Marks the document as being ingested and says where its original is; empty if it is gone. */
    public Optional<IngestTicket> beginIngest(long id) {
        return documents.startIngest(id).map(document -> new IngestTicket(id, original(document),
                document.getOriginalName(), document.getLanguage()));
    }

    /** A failed document waits for extraction again (its job was retried); the old reason stays on the failed job. */
    public void requeueIngest(long id) {
        documents.requeueIngest(id);
    }

    /**
     * Keeps the extracted text with what staff should know about it (flag codes and their sentences) and what the
     * safeguarding checks find in it, its file's metadata and its description; indexes it with the text in hand.
     * False if the document was deleted meanwhile.
     */
    public boolean recordExtraction(long id, String mediaType, String text, String detectedLanguage, boolean truncated,
                                 List<String> flags, List<String> notes, Map<String, List<String>> fileMetadata) {
        Optional<Document> current = documents.find(id);
        if (current.isEmpty()) {
            return false;
        }
        List<Finding> findings = new ArrayList<>(describedFindings(
                MetadataReader.stored(current.get().getMetadataJson(), current.get().getOriginalName())));
        findings.addAll(safeguarding.inText(text, "text"));
        if (mediaType == null || !mediaType.startsWith("text/")) {
            // A text or HTML file hides nothing: its head (author, description) is shown with it, and its words are read above.
            findings.addAll(safeguarding.inFileMetadata(fileMetadata));
        }
        WithheldPassages withheld = current.get().getWithheld();
        List<Finding> exposed = withheld.isEmpty() ? findings : publicFindings(
                MetadataReader.stored(current.get().getMetadataJson(), current.get().getOriginalName()), withheld, text, current.get());
        boolean holds = !publicCopies.holding(exposed, mediaType).isEmpty();
        Optional<Document> saved = documents.saveExtraction(id, mediaType, text, detectedLanguage, truncated, flags, notes,
                FindingsJson.toJson(findings), holds);
        saved.ifPresent(document -> indexing.index(document, text));
        return saved.isPresent();
    }

    /** Keeps the reason; the description alone still goes into the index so staff can find the document. */
    public void recordFailure(long id, String mediaType, String reason) {
        documents.saveFailure(id, mediaType, reason).ifPresent(indexing::index);
    }

    public List<Long> waitingForIngest() {
        List<Long> waiting = new ArrayList<>(documents.withStatus(IngestStatus.PENDING));
        waiting.addAll(documents.withStatus(IngestStatus.PROCESSING));
        return waiting;
    }

    public Optional<IngestStatus> ingestStatus(long id) {
        return documents.find(id).map(Document::getIngestStatus);
    }

    public boolean isBlobStoreWritable() {
        return blobs != null && blobs.isWritable();
    }

    /** The newest documents first (staff list); a page is {@code size} documents. */
    public List<Document> newest(int page, int size) {
        return documents.newest(Math.max(0, page - 1) * size, size);
    }

    public long count() {
        return documents.count();
    }

    /** The documents held for safeguarding review, newest first. */
    public List<Document> held(int page, int size) {
        return documents.held(Math.max(0, page - 1) * size, size);
    }

    public long countHeld() {
        return documents.countHeld();
    }

    public int catchUpIndex() {
        return indexing.catchUp();
    }

    /** The index was created empty: every document must be indexed again by the next catch-up. */
    public void forgetIndexedRevisions() {
        indexing.forgetIndexedRevisions();
    }

    /** Rebuilds the index from the truth, swapping it in when done; false if a rebuild is running. */
    public boolean rebuildIndex() {
        return indexing.rebuild();
    }

    private StoreOutcome duplicate(Document existing) {
        return new StoreOutcome(existing.getId(), true, existing.getIngestStatus(), existing.getTitle());
    }

    /** Keeps the last path segment of a client-supplied name, without control characters. */
    static String safeName(String originalName) {
        if (originalName == null) {
            return "upload";
        }
        String name = originalName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
