package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.BlobRef;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.ingest.boundary.FileFormats;
import org.abhilekh.ingest.boundary.FileReading;
import org.abhilekh.ingest.entity.Extraction;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.presskit.control.Citation;
import org.abhilekh.presskit.control.Embargo;
import org.abhilekh.presskit.control.FileNames;
import org.abhilekh.presskit.control.KitChecks;
import org.abhilekh.presskit.control.KitReadme;
import org.abhilekh.presskit.control.KitZip;
import org.abhilekh.presskit.control.PressKitRepository;
import org.abhilekh.presskit.control.StoredChecksums;
import org.abhilekh.presskit.entity.AssetDescription;
import org.abhilekh.presskit.entity.ItemFindings;
import org.abhilekh.presskit.entity.ItemKind;
import org.abhilekh.presskit.entity.KitEntry;
import org.abhilekh.presskit.entity.KitFindings;
import org.abhilekh.presskit.entity.KitView;
import org.abhilekh.presskit.entity.PressKit;
import org.abhilekh.presskit.entity.PressKitItem;
import org.abhilekh.safeguarding.boundary.PublicCopies;
import org.abhilekh.safeguarding.boundary.Safeguarding;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;

/**
 * The press kits' front door. Every read takes the caller's standing (staff or not, and any preview
 * token) and answers only what that caller may see: a draft, or an embargoed kit without its token, is, to the
 * public, a kit that does not exist; a staff-only archive document is left out of a public kit
 * entirely (listing, README and ZIP), because the archive itself will not describe it.
 *
 * <p>Changes name the editor ({@code actor}, for the audit trail); who may make them is checked by the callers.
 * Publishing a kit, or changing a published one, with something the safeguarding checks found in its words or its
 * own files answers 409 with the findings unless the editor says they reviewed them, which the trail records.
 */
@ApplicationScoped
public class PressKits {

    /** The audit entry's column holds 8,000 characters. */
    private static final int MAX_AUDIT_DETAILS = 7_900;

    /** As many as one page of search results may hold. */
    public static final int MAX_DOCUMENTS_AT_ONCE = 100;

    /** Files whose CRC-32 the kit ZIPs remember: far more than the kits of an archive hold, at about 100 bytes each. */
    private static final int REMEMBERED_CHECKSUMS = 20_000;

    private final StoredChecksums checksums = new StoredChecksums(REMEMBERED_CHECKSUMS);

    @Inject
    PressKitRepository kits;

    @Inject
    Archive archive;

    @Inject
    PublicCopies publicCopies;

    @Inject
    Safeguarding safeguarding;

    @Inject
    FileReading fileReading;

    @Inject
    AuditTrail audit;

    @Inject
    PressRoom pressRoom;

    /** Who is asking: staff or not, with the preview token they brought (or null). */
    public record Viewer(boolean staff, String previewToken) {
        public static Viewer publicReader() {
            return new Viewer(false, null);
        }
    }

    /** What a download streams: the file name, the files in order and the README. */
    public record Download(String fileName, List<KitZip.Part> parts, String readme, Instant modified, StoredChecksums checksums) {
    }

    /** A file of the kit served on its own (a photo on the kit page). */
    public record ItemFile(Path file, String fileName, String mediaType) {
    }

    /** Kits the caller may list: staff see all of them, others only published kits whose embargo has passed. */
    public List<KitView> list(Viewer viewer, String siteUrl) {
        Instant now = Instant.now();
        return kits.all().stream()
                .filter(kit -> viewer.staff() || Embargo.listed(kit.isPublished(), kit.getEmbargoUntil(), now))
                .map(kit -> view(kit, viewer, siteUrl, now)).toList();
    }

    public KitView find(String slug, Viewer viewer, String siteUrl) {
        PressKit kit = open(slug, viewer);
        return view(kit, viewer, siteUrl, Instant.now());
    }

    /** Everything a ZIP download needs; counts the download (a number, nothing about the reader). */
    public Download download(String slug, Viewer viewer, String siteUrl) {
        PressKit kit = open(slug, viewer);
        KitView view = view(kit, viewer, siteUrl, Instant.now());
        List<KitZip.Part> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int position = 1;
        for (KitEntry entry : view.entries()) {
            if (entry.sha256() == null) {
                // The archive offers no file of a document with withheld passages and no redacted copy.
                names.add("(no file: parts of this document are withheld to protect the people it names)");
                continue;
            }
            Optional<Path> file = archive.blob(entry.sha256());
            if (file.isEmpty()) {
                throw new IllegalStateException("The file of item " + entry.itemId() + " of kit " + slug + " is missing from the blob store");
            }
            String name = FileNames.entryName(position++, entry.title(), entry.fileName());
            parts.add(new KitZip.Part(name, viewer.staff() ? file.get() : publicCopies.of(file.get(), entry.sha256(), entry.mediaType()),
                    FileFormats.alreadyCompressed(entry.mediaType())));
            names.add(name);
        }
        String readme = KitReadme.render(view.title(), view.summary(), siteUrl + view.url(), view.entries(), names, siteUrl, Instant.now(),
                pressRoom.content());
        kits.countDownload(kit.getId());
        return new Download(slug + ".zip", parts, readme, kit.getUpdatedAt(), checksums);
    }

    public ItemFile itemFile(String slug, long itemId, Viewer viewer) {
        PressKit kit = open(slug, viewer);
        KitEntry entry = entries(kit, viewer.staff()).stream().filter(e -> e.itemId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("This kit has no item " + itemId + "."));
        if (entry.sha256() == null) {
            throw new NotFoundException("Parts of this document are withheld to protect the people it names, so its file is not offered.");
        }
        Path file = archive.blob(entry.sha256())
                .orElseThrow(() -> new NotFoundException("The file of this item is missing."));
        return new ItemFile(viewer.staff() ? file : publicCopies.of(file, entry.sha256(), entry.mediaType()), entry.fileName(), entry.mediaType());
    }

    /** Press releases of the kits the public may see, newest first, for the press room. */
    public List<KitEntry> latestPressReleases(int limit) {
        Instant now = Instant.now();
        return kits.all().stream().filter(kit -> Embargo.listed(kit.isPublished(), kit.getEmbargoUntil(), now))
                .flatMap(kit -> entries(kit, false).stream())
                .filter(entry -> ItemKind.PRESS_RELEASE.code().equals(entry.kind()))
                .sorted((a, b) -> compareDates(b, a)).limit(limit).toList();
    }

    /** The slug of the kit an item belongs to; the press room links each press release to its kit. */
    public Optional<String> kitOfItem(long itemId) {
        return kits.all().stream().filter(kit -> kit.getItems().stream().anyMatch(item -> item.getId() == itemId))
                .map(PressKit::getSlug).findFirst();
    }

    /** A new kit is a draft: only staff see it until an editor publishes it. */
    @Transactional
    public KitView create(String slug, String title, String summary, Instant embargoUntil, String siteUrl, String actor) {
        if (!FileNames.isSlug(slug)) {
            throw new BadInputException("A kit's short name uses lowercase letters, digits and hyphens, up to 80 characters; got '"
                    + slug + "'.");
        }
        requireTitle(title);
        if (kits.bySlug(slug).isPresent()) {
            throw new ConflictException("There is already a kit called '" + slug + "'.");
        }
        PressKit kit = new PressKit(slug, title.strip(), blankToNull(summary), embargoUntil, Embargo.newPreviewToken());
        kit.safeguardingChecked(FindingsJson.toJson(safeguarding.inTexts(KitChecks.kitTexts(kit.getTitle(), kit.getSummary()))));
        kits.add(kit);
        audit.record(actor, AuditAction.KIT_SAVE, "kit " + slug, "new draft \"" + kit.getTitle() + "\", embargo " + embargoUntil);
        return view(kit, new Viewer(true, null), siteUrl, Instant.now());
    }

    /** Changes the title, summary and embargo; in a published kit, what the checks newly find there needs a review. */
    public void describe(String slug, String title, String summary, Instant embargoUntil, boolean reviewed, String actor) {
        requireTitle(title);
        List<Finding> found = safeguarding.inTexts(KitChecks.kitTexts(title.strip(), blankToNull(summary)));
        kits.change(slug, kit -> {
            if (kit.isPublished()) {
                review(slug, KitChecks.newOnes(found, FindingsJson.fromJson(kit.getSafeguardingFindings())), reviewed, actor, "saved");
            }
            String before = "\"" + kit.getTitle() + "\", embargo " + kit.getEmbargoUntil();
            boolean lifted = kit.isPublished() && kit.getEmbargoUntil() != null && embargoUntil == null;
            kit.describe(title.strip(), blankToNull(summary), embargoUntil);
            kit.safeguardingChecked(FindingsJson.toJson(found));
            audit.record(actor, lifted ? AuditAction.KIT_PUBLISH : AuditAction.KIT_SAVE, "kit " + slug,
                    before + " -> \"" + kit.getTitle() + "\", embargo " + embargoUntil);
        }).orElseThrow(() -> noKit(slug));
    }

    /**
     * Lets the public see a draft (from its embargo on, if it has one). What the checks found in the kit's words and
     * its own files holds it back until the editor says they reviewed it; archive documents in it are the archive's to
     * hold, and a held or staff-only one stays out of the public kit. Publishing a published kit changes nothing.
     */
    public void publish(String slug, boolean reviewed, String actor) {
        kits.change(slug, kit -> {
            if (kit.isPublished()) {
                return;
            }
            review(slug, findings(kit).holding(), reviewed, actor, "published");
            kit.publish();
            audit.record(actor, AuditAction.KIT_PUBLISH, "kit " + slug, "published \"" + kit.getTitle() + "\", embargo " + kit.getEmbargoUntil());
        }).orElseThrow(() -> noKit(slug));
    }

    /** What the safeguarding checks found in a kit, for staff. */
    public KitFindings findings(String slug) {
        return findings(kits.bySlug(slug).orElseThrow(() -> noKit(slug)));
    }

    /** Adds an archive document; staff may add staff-only ones, which public views then leave out. */
    public void addDocument(String slug, long documentId, String actor) {
        archive.facts(documentId, true).orElseThrow(() -> new NotFoundException("There is no document " + documentId + "."));
        kits.change(slug, kit -> {
            boolean present = kit.getItems().stream().anyMatch(item -> Long.valueOf(documentId).equals(item.getDocumentId()));
            if (present) {
                throw new ConflictException("Document " + documentId + " is already in this kit.");
            }
            kit.add(PressKitItem.document(documentId));
            audit.record(actor, AuditAction.KIT_SAVE, "kit " + slug, "added document " + documentId);
        }).orElseThrow(() -> noKit(slug));
    }

    /**
     * Adds several archive documents to a draft kit in the order given, in one change: those the kit holds already are
     * left where they are. A published kit answers 409: many documents at once go where publishing reviews them. Staff-only documents may go in, as with one document; public views leave them
     * out, and publishing is where an editor reviews what goes out. {@code from} says where the list came from, for
     * the trail (a search, say).
     */
    public List<Long> addDocuments(String slug, List<Long> documentIds, String from, String actor) {
        if (documentIds.size() > MAX_DOCUMENTS_AT_ONCE) {
            throw new BadInputException("At most " + MAX_DOCUMENTS_AT_ONCE + " documents can be added at once; got " + documentIds.size() + ".");
        }
        List<Long> unknown = documentIds.stream().distinct().filter(id -> archive.facts(id, true).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException("There is no document " + unknown + "; nothing was added.");
        }
        List<Long> added = new ArrayList<>();
        kits.change(slug, kit -> {
            if (kit.isPublished()) {
                throw new ConflictException("Kit '" + slug + "' is published: add several documents to a draft kit, which an editor "
                        + "reviews when publishing it, or add them one at a time.");
            }
            for (long id : documentIds.stream().distinct().toList()) {
                if (kit.getItems().stream().noneMatch(item -> Long.valueOf(id).equals(item.getDocumentId()))) {
                    kit.add(PressKitItem.document(id));
                    added.add(id);
                }
            }
            if (!added.isEmpty()) {
                String details = "added documents " + added + (from == null ? "" : " from " + from);
                audit.record(actor, AuditAction.KIT_SAVE, "kit " + slug,
                        details.length() > MAX_AUDIT_DETAILS ? details.substring(0, MAX_AUDIT_DETAILS) + "\u2026" : details);
            }
        }).orElseThrow(() -> noKit(slug));
        return List.copyOf(added);
    }

    /**
     * Adds a file of the kit's own, checked with its description: the words the kit says about it, and the file's text
     * and hidden metadata. In a published kit, what would reach the public needs a review (hidden metadata that the
     * public copy leaves out does not).
     */
    public void addAsset(String slug, ItemKind kind, AssetDescription description, InputStream content, boolean reviewed,
                         String actor) throws IOException {
        if (kind == null || kind == ItemKind.DOCUMENT) {
            throw new BadInputException("Choose what the file is: press release, fact sheet, photo or logo.");
        }
        if (description.title() == null || description.title().isBlank()) {
            throw new BadInputException("Give the file a title.");
        }
        kits.bySlug(slug).orElseThrow(() -> noKit(slug));
        BlobRef blob = archive.storeBlob(content);
        Extraction read = fileReading.read(archive.blob(blob.sha256())
                .orElseThrow(() -> new IllegalStateException("The file just stored as " + blob.sha256() + " is missing")));
        List<Finding> found = new ArrayList<>(safeguarding.inTexts(KitChecks.assetTexts(description)));
        found.addAll(safeguarding.inText(read.text(), KitChecks.FILE_TEXT));
        found.addAll(safeguarding.inFileMetadata(KitChecks.hiddenMetadata(read.mediaType(), read.fileMetadata())));
        kits.change(slug, kit -> {
            if (kit.isPublished()) {
                review(slug, ItemFindings.labelled(kit.getItems().size() + 1, publicCopies.holding(found, description.mediaType())),
                        reviewed, actor, "added \"" + description.title() + "\"");
            }
            kit.add(PressKitItem.asset(kind, description, blob.sha256(), blob.size(), FindingsJson.toJson(found)));
        }).orElseThrow(() -> noKit(slug));
    }

    /** Nothing the checks found reaches the public without an editor's review, which the trail records with the findings. */
    private void review(String slug, List<Finding> found, boolean reviewed, String actor, String change) {
        if (found.isEmpty()) {
            return;
        }
        if (!reviewed) {
            throw new SafeguardingHoldException(KitChecks.holdReason(found.size()), found);
        }
        String details = change + " after reviewing what the safeguarding checks found: " + FindingsJson.toJson(found);
        audit.record(actor, AuditAction.SAFEGUARDING_REVIEW, "kit " + slug,
                details.length() > MAX_AUDIT_DETAILS ? details.substring(0, MAX_AUDIT_DETAILS) + "\u2026" : details);
    }

    private KitFindings findings(PressKit kit) {
        List<ItemFindings> items = new ArrayList<>();
        List<Finding> holding = new ArrayList<>(FindingsJson.fromJson(kit.getSafeguardingFindings()));
        int number = 0;
        for (PressKitItem item : kit.getItems()) {
            number++;
            List<Finding> found = FindingsJson.fromJson(item.getSafeguardingFindings());
            if (!found.isEmpty()) {
                items.add(new ItemFindings(item.getId(), number, item.getTitle(), publicCopies.cleans(item.getMediaType()), found));
                holding.addAll(ItemFindings.labelled(number, publicCopies.holding(found, item.getMediaType())));
            }
        }
        return new KitFindings(FindingsJson.fromJson(kit.getSafeguardingFindings()), items, holding);
    }

    /** Takes an item out of the kit; its file stays in the blob store (another kit may hold the same bytes). */
    public void removeItem(String slug, long itemId, String actor) {
        kits.change(slug, kit -> {
            String title = kit.getItems().stream().filter(item -> item.getId() != null && item.getId() == itemId)
                    .map(item -> item.getDocumentId() != null ? "document " + item.getDocumentId() : "\"" + item.getTitle() + "\"")
                    .findFirst().orElseThrow(() -> new NotFoundException("This kit has no item " + itemId + "."));
            kit.remove(itemId);
            audit.record(actor, AuditAction.KIT_SAVE, "kit " + slug, "removed item " + itemId + " (" + title + ")");
        }).orElseThrow(() -> noKit(slug));
    }

    /** Puts the kit's items in the order given, which must name each of its items once. */
    public void reorder(String slug, List<Long> itemIds, String actor) {
        kits.change(slug, kit -> {
            List<Long> before = kit.getItems().stream().map(PressKitItem::getId).toList();
            try {
                kit.reorder(itemIds);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("Name each item of the kit once, in the new order; the kit holds " + before + ".", e);
            }
            audit.record(actor, AuditAction.KIT_SAVE, "kit " + slug, "order " + before + " -> " + itemIds);
        }).orElseThrow(() -> noKit(slug));
    }

    /**
     * Sets the embargo, or lifts it with null. Lifting the embargo of a published kit makes it public now, so the trail
     * records that as a publication.
     */
    public void embargo(String slug, Instant until, String actor) {
        kits.change(slug, kit -> {
            Instant before = kit.getEmbargoUntil();
            kit.embargo(until);
            boolean lifted = kit.isPublished() && Embargo.holds(before, Instant.now()) && !Embargo.holds(until, Instant.now());
            audit.record(actor, lifted ? AuditAction.KIT_PUBLISH : AuditAction.KIT_SAVE, "kit " + slug,
                    "embargo " + before + " -> " + until);
        }).orElseThrow(() -> noKit(slug));
    }

    public boolean exists(String slug) {
        return kits.bySlug(slug).isPresent();
    }

    /** A missing kit is 404 before anything about a change to it is judged or a search is run for it. */
    public void requireExists(String slug) {
        if (!exists(slug)) {
            throw noKit(slug);
        }
    }

    private PressKit open(String slug, Viewer viewer) {
        PressKit kit = (FileNames.isSlug(slug) ? kits.bySlug(slug) : Optional.<PressKit>empty()).orElseThrow(() -> noKit(slug));
        if (!Embargo.mayOpen(kit.isPublished(), kit.getEmbargoUntil(), Instant.now(), viewer.staff(), kit.getPreviewToken(),
                viewer.previewToken())) {
            // The same answer as for a kit that does not exist: a draft or an embargo hides even the kit's title.
            throw noKit(slug);
        }
        return kit;
    }

    private KitView view(PressKit kit, Viewer viewer, String siteUrl, Instant now) {
        String url = "/press/kit.xhtml?slug=" + kit.getSlug();
        return new KitView(kit.getSlug(), kit.getTitle(), kit.getSummary(), kit.getEmbargoUntil(),
                Embargo.holds(kit.getEmbargoUntil(), now), entries(kit, viewer.staff()),
                kit.getDownloadCount(), viewer.staff() ? kit.getPreviewToken() : null, url,
                "/press/kits/" + kit.getSlug() + ".zip", kit.isPublished(), viewer.staff() ? findings(kit).all() : null);
    }

    private List<KitEntry> entries(PressKit kit, boolean staff) {
        List<KitEntry> entries = new ArrayList<>();
        for (PressKitItem item : kit.getItems()) {
            if (item.getKind() == ItemKind.DOCUMENT) {
                // The archive applies visibility: a staff-only document does not come back for a public caller.
                archive.facts(item.getDocumentId(), staff).ifPresent(facts -> entries.add(documentEntry(item, facts)));
            } else {
                entries.add(new KitEntry(item.getId(), item.getKind().code(), null, item.getTitle(), item.getDate(),
                        Organisation.NAME, item.getCaption(), item.getCredit(), item.getLicence(), item.getFileName(),
                        item.getMediaType(), item.getSizeBytes() == null ? 0 : item.getSizeBytes(), item.getSha256(), false));
            }
        }
        return entries;
    }

    private static KitEntry documentEntry(PressKitItem item, DocumentFacts facts) {
        boolean clipping = facts.isClipping();
        String source = clipping && facts.outlet() != null ? facts.outlet() : Organisation.NAME;
        String credit = clipping ? facts.outlet() : Organisation.NAME;
        String licence = clipping
                ? "\u00a9 " + (facts.outlet() == null ? "the publisher" : facts.outlet()) + "; archived copy for reference, quote with credit"
                : "CC BY 4.0: reuse with credit to the " + Organisation.NAME;
        return new KitEntry(item.getId(), facts.type(), facts.id(), facts.title(), facts.date(), source, null, credit,
                licence, facts.originalName(), facts.mediaType(), facts.sizeBytes(), facts.sha256(), !facts.publiclyVisible());
    }

    private static int compareDates(KitEntry a, KitEntry b) {
        if (a.date() == null || b.date() == null) {
            return a.date() == null ? (b.date() == null ? 0 : -1) : 1;
        }
        return a.date().compareTo(b.date());
    }

    private static void requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new BadInputException("A kit needs a title.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static NotFoundException noKit(String slug) {
        String shown = slug == null ? "" : (slug.length() > 80 ? slug.substring(0, 80) : slug);
        return new NotFoundException("There is no press kit '" + shown + "'.");
    }
}
