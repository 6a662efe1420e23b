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
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.abhilekh.archive.control.BlobStore;
import org.abhilekh.archive.control.DocumentChanges;
import org.abhilekh.archive.control.DocumentIndexing;
import org.abhilekh.archive.control.DocumentRepository;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.control.PublicReading;
import org.abhilekh.archive.entity.BlobRef;
import org.abhilekh.archive.entity.BlobReleasing;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.DocumentStored;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.IngestProgress;
import org.abhilekh.archive.entity.IngestStatus;
import org.abhilekh.archive.entity.OutletSpelling;
import org.abhilekh.archive.entity.PublicDescription;
import org.abhilekh.archive.entity.PublicationHold;
import org.abhilekh.archive.entity.StoreOutcome;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.DataFolder;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.safeguarding.boundary.PublicCopies;
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
    IngestProgress progress;

    @Inject
    SearchIndex searchIndex;

    @Inject
    PublicReading reading;

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
        return new StoreOutcome(document.getId(), false, IngestStatus.PENDING, document.getTitle());
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
                .map(document -> staff ? PublicReading.facts(document) : PublicReading.publicFacts(document));
    }

    /**
     * The ids of the public documents whose last change lies in [{@code from}, {@code until}), of the type with this
     * code or of any (null), in ascending order; empty for an unknown type. Staff-only and held documents are not there.
     */
    public List<Long> publicIds(Instant from, Instant until, String type) {
        if (type == null) {
            return documents.publicIds(from, until, null);
        }
        return DocumentType.fromCode(type).map(known -> documents.publicIds(from, until, known)).orElse(List.of());
    }

    /** What the public may read of the description of each of these documents that is public, in ascending order of id. */
    public List<PublicDescription> publicDescriptions(Collection<Long> ids) {
        return documents.publicByIds(ids).stream().map(PublicReading::publicDescription).toList();
    }

    /** The oldest of the public documents' last changes: no harvested record is older. Empty when nothing is public. */
    public Optional<Instant> earliestPublicChange() {
        return documents.earliestPublicChange();
    }

    /** The id of the document holding these bytes, so seed data can refer to documents by content, not by id. */
    public Optional<Long> idOfContent(String sha256) {
        return documents.findBySha256(sha256).map(Document::getId);
    }

    /** Every press clipping the caller may see, oldest first: what coverage statistics are computed from. */
    public List<DocumentFacts> clippings(boolean staff) {
        return documents.ofType(DocumentType.PRESS_CLIPPING).stream()
                .filter(document -> staff || document.getVisibility() == Visibility.PUBLIC)
                .map(document -> staff ? PublicReading.facts(document) : PublicReading.publicFacts(document)).toList();
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
    void release(String sha256, long id) throws IOException {
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

    /** The description with its outlet in the managed list's spelling (a clipping's; others as they are). */
    DocumentMetadata withCanonicalOutlet(DocumentMetadata metadata) {
        List<String> named = metadata.attribute("outlet");
        if (metadata.type() != DocumentType.PRESS_CLIPPING || named.isEmpty()) {
            return metadata;
        }
        String canonical = outlets.canonical(named.get(0), metadata.attribute("medium").stream().findFirst().orElse(null),
                metadata.language());
        return canonical.equals(named.get(0)) ? metadata : metadata.withOutlet(canonical);
    }

    public Path original(Document document) {
        return blobs.find(document.getSha256())
                .orElseThrow(() -> new IllegalStateException("The original of document " + document.getId() + " is missing from the blob store"));
    }

    public Optional<String> text(long id) {
        return documents.text(id);
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

    /** Whether the index holds every document's latest revision (those whose text is still being read apart). */
    public boolean isIndexCaughtUp() {
        return indexing.isCaughtUp();
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
        return new StoreOutcome(existing.getId(), true, progress.of(existing.getId()).status(), existing.getTitle());
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
