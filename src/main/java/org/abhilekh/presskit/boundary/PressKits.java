package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.presskit.control.Citation;
import org.abhilekh.presskit.control.Embargo;
import org.abhilekh.presskit.control.FileNames;
import org.abhilekh.presskit.control.KitReadme;
import org.abhilekh.presskit.control.KitZip;
import org.abhilekh.presskit.control.PressKitRepository;
import org.abhilekh.presskit.entity.AssetDescription;
import org.abhilekh.presskit.entity.ItemKind;
import org.abhilekh.presskit.entity.KitEntry;
import org.abhilekh.presskit.entity.KitView;
import org.abhilekh.presskit.entity.PressKit;
import org.abhilekh.presskit.entity.PressKitItem;
import org.abhilekh.safeguarding.boundary.PublicCopies;

/**
 * The press kits' front door. Every read takes the caller's standing (staff or not, and any preview
 * token) and answers only what that caller may see: an embargoed kit without its token is, to the
 * public, a kit that does not exist; a staff-only archive document is left out of a public kit
 * entirely (listing, README and ZIP), because the archive itself will not describe it.
 */
@ApplicationScoped
public class PressKits {

    @Inject
    PressKitRepository kits;

    @Inject
    Archive archive;

    @Inject
    PublicCopies publicCopies;

    /** Who is asking: staff or not, with the preview token they brought (or null). */
    public record Viewer(boolean staff, String previewToken) {
        public static Viewer publicReader() {
            return new Viewer(false, null);
        }
    }

    /** What a download streams: the file name, the files in order and the README. */
    public record Download(String fileName, List<KitZip.Part> parts, String readme, Instant modified) {
    }

    /** A file of the kit served on its own (a photo on the kit page). */
    public record ItemFile(Path file, String fileName, String mediaType) {
    }

    /** Kits the caller may list: staff see all of them, others only kits whose embargo has passed. */
    public List<KitView> list(Viewer viewer, String siteUrl) {
        Instant now = Instant.now();
        return kits.all().stream()
                .filter(kit -> viewer.staff() || !Embargo.holds(kit.getEmbargoUntil(), now))
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
            parts.add(new KitZip.Part(name, viewer.staff() ? file.get() : publicCopies.of(file.get(), entry.sha256(), entry.mediaType())));
            names.add(name);
        }
        String readme = KitReadme.render(view.title(), view.summary(), siteUrl + view.url(), view.entries(), names, siteUrl, Instant.now());
        kits.countDownload(kit.getId());
        return new Download(slug + ".zip", parts, readme, kit.getUpdatedAt());
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
        return kits.all().stream().filter(kit -> !Embargo.holds(kit.getEmbargoUntil(), now))
                .flatMap(kit -> entries(kit, false).stream())
                .filter(entry -> ItemKind.PRESS_RELEASE.code().equals(entry.kind()))
                .sorted((a, b) -> compareDates(b, a)).limit(limit).toList();
    }

    /** The slug of the kit an item belongs to; the press room links each press release to its kit. */
    public Optional<String> kitOfItem(long itemId) {
        return kits.all().stream().filter(kit -> kit.getItems().stream().anyMatch(item -> item.getId() == itemId))
                .map(PressKit::getSlug).findFirst();
    }

    public KitView create(String slug, String title, String summary, Instant embargoUntil, String siteUrl) {
        if (!FileNames.isSlug(slug)) {
            throw new BadInputException("A kit's short name uses lowercase letters, digits and hyphens, up to 80 characters; got '"
                    + slug + "'.");
        }
        if (title == null || title.isBlank()) {
            throw new BadInputException("A kit needs a title.");
        }
        if (kits.bySlug(slug).isPresent()) {
            throw new ConflictException("There is already a kit called '" + slug + "'.");
        }
        PressKit kit = kits.add(new PressKit(slug, title.strip(), blankToNull(summary), embargoUntil, Embargo.newPreviewToken()));
        return view(kit, new Viewer(true, null), siteUrl, Instant.now());
    }

    public void describe(String slug, String title, String summary, Instant embargoUntil) {
        if (title == null || title.isBlank()) {
            throw new BadInputException("A kit needs a title.");
        }
        kits.change(slug, kit -> kit.describe(title.strip(), blankToNull(summary), embargoUntil))
                .orElseThrow(() -> noKit(slug));
    }

    /** Adds an archive document; staff may add staff-only ones, which public views then leave out. */
    public void addDocument(String slug, long documentId) {
        archive.facts(documentId, true).orElseThrow(() -> new NotFoundException("There is no document " + documentId + "."));
        kits.change(slug, kit -> {
            boolean present = kit.getItems().stream().anyMatch(item -> Long.valueOf(documentId).equals(item.getDocumentId()));
            if (present) {
                throw new ConflictException("Document " + documentId + " is already in this kit.");
            }
            kit.add(PressKitItem.document(documentId));
        }).orElseThrow(() -> noKit(slug));
    }

    public void addAsset(String slug, ItemKind kind, AssetDescription description, InputStream content) throws IOException {
        if (kind == null || kind == ItemKind.DOCUMENT) {
            throw new BadInputException("Choose what the file is: press release, fact sheet, photo or logo.");
        }
        if (description.title() == null || description.title().isBlank()) {
            throw new BadInputException("Give the file a title.");
        }
        kits.bySlug(slug).orElseThrow(() -> noKit(slug));
        BlobRef blob = archive.storeBlob(content);
        kits.change(slug, kit -> kit.add(PressKitItem.asset(kind, description, blob.sha256(), blob.size())))
                .orElseThrow(() -> noKit(slug));
    }

    public void removeItem(String slug, long itemId) {
        kits.change(slug, kit -> {
            if (!kit.remove(itemId)) {
                throw new NotFoundException("This kit has no item " + itemId + ".");
            }
        }).orElseThrow(() -> noKit(slug));
    }

    public boolean exists(String slug) {
        return kits.bySlug(slug).isPresent();
    }

    private PressKit open(String slug, Viewer viewer) {
        PressKit kit = (FileNames.isSlug(slug) ? kits.bySlug(slug) : Optional.<PressKit>empty()).orElseThrow(() -> noKit(slug));
        if (!Embargo.mayOpen(kit.getEmbargoUntil(), Instant.now(), viewer.staff(), kit.getPreviewToken(), viewer.previewToken())) {
            // The same answer as for a kit that does not exist: the embargo hides even the kit's title.
            throw noKit(slug);
        }
        return kit;
    }

    private KitView view(PressKit kit, Viewer viewer, String siteUrl, Instant now) {
        String url = "/press/kit.xhtml?slug=" + kit.getSlug();
        return new KitView(kit.getSlug(), kit.getTitle(), kit.getSummary(), kit.getEmbargoUntil(),
                Embargo.holds(kit.getEmbargoUntil(), now), entries(kit, viewer.staff()),
                kit.getDownloadCount(), viewer.staff() ? kit.getPreviewToken() : null, url,
                "/press/kits/" + kit.getSlug() + ".zip");
    }

    private List<KitEntry> entries(PressKit kit, boolean staff) {
        List<KitEntry> entries = new ArrayList<>();
        for (PressKitItem item : kit.getItems()) {
            if (item.getKind() == ItemKind.DOCUMENT) {
                // The archive applies visibility: a staff-only document does not come back for a public caller.
                archive.facts(item.getDocumentId(), staff).ifPresent(facts -> entries.add(documentEntry(item, facts)));
            } else {
                entries.add(new KitEntry(item.getId(), item.getKind().code(), null, item.getTitle(), item.getDate(),
                        Citation.ORGANISATION, item.getCaption(), item.getCredit(), item.getLicence(), item.getFileName(),
                        item.getMediaType(), item.getSizeBytes() == null ? 0 : item.getSizeBytes(), item.getSha256(), false));
            }
        }
        return entries;
    }

    private static KitEntry documentEntry(PressKitItem item, DocumentFacts facts) {
        boolean clipping = facts.isClipping();
        String source = clipping && facts.outlet() != null ? facts.outlet() : Citation.ORGANISATION;
        String credit = clipping ? facts.outlet() : Citation.ORGANISATION;
        String licence = clipping
                ? "\u00a9 " + (facts.outlet() == null ? "the publisher" : facts.outlet()) + "; archived copy for reference, quote with credit"
                : "CC BY 4.0: reuse with credit to the " + Citation.ORGANISATION;
        return new KitEntry(item.getId(), facts.type(), facts.id(), facts.title(), facts.date(), source, null, credit,
                licence, facts.originalName(), facts.mediaType(), facts.sizeBytes(), facts.sha256(), !facts.publiclyVisible());
    }

    private static int compareDates(KitEntry a, KitEntry b) {
        if (a.date() == null || b.date() == null) {
            return a.date() == null ? (b.date() == null ? 0 : -1) : 1;
        }
        return a.date().compareTo(b.date());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static NotFoundException noKit(String slug) {
        String shown = slug == null ? "" : (slug.length() > 80 ? slug.substring(0, 80) : slug);
        return new NotFoundException("There is no press kit '" + shown + "'.");
    }
}
