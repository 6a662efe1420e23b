package org.abhilekh.presskit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.BlobRef;
import org.abhilekh.ingest.boundary.FileReading;
import org.abhilekh.ingest.control.ExtractionFailedException;
import org.abhilekh.ingest.control.TextExtractor;
import org.abhilekh.ingest.entity.Extraction;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.presskit.control.PressKitRepository;
import org.abhilekh.presskit.entity.AssetDescription;
import org.abhilekh.presskit.entity.ItemKind;
import org.abhilekh.presskit.entity.KitFindings;
import org.abhilekh.presskit.entity.KitView;
import org.abhilekh.presskit.entity.PressKit;
import org.abhilekh.presskit.entity.PressKitItem;
import org.abhilekh.safeguarding.boundary.PublicCopies;
import org.abhilekh.safeguarding.boundary.Safeguarding;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.control.SafeguardingScanner;
import org.abhilekh.safeguarding.control.TestImages;
import org.abhilekh.safeguarding.entity.Finding;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a kit may go public, without a container: the kits are kept in memory, files in a folder, the checks are the
 * shipped ones and the audit trail is a list. The rules: a draft is never public; publishing it, or changing a
 * published kit, with something the checks found in its words or its own files needs an editor's review, which the
 * trail records; hidden metadata the public copy leaves out does not hold a kit back.
 */
class PressKitsTest {

    private static final String CHILD = "Sunita Kumari, 14, carries bricks at a kiln near Pakur.";
    private static final String EDITOR = "meena";

    @TempDir
    Path blobs;

    private final Map<String, PressKit> stored = new LinkedHashMap<>();
    private final List<String> trail = new ArrayList<>();
    private PressKits pressKits;
    /** Kit files are read by the extractor every file goes through, on the shipped configuration. */
    private static TextExtractor READER;

    @BeforeAll
    static void reader() throws java.io.IOException {
        READER = new TextExtractor(Path.of("index-config/tika-config.xml"), 1_000_000);
    }

    @AfterAll
    static void closeReader() {
        READER.close();
    }

    @BeforeEach
    void kits() {
        pressKits = new PressKits();
        pressKits.kits = new InMemoryKits();
        pressKits.archive = new FolderArchive();
        pressKits.safeguarding = new ShippedChecks();
        pressKits.publicCopies = new PublicCopies();
        pressKits.fileReading = new FileReading() {
            @Override
            public Extraction read(Path file) {
                try {
                    return READER.read(file);
                } catch (ExtractionFailedException e) {
                    throw new BadInputException(e.getMessage(), e);
                }
            }
        };
        pressKits.audit = new AuditTrail() {
            @Override
            public void record(String actor, AuditAction action, String target, String details) {
                trail.add(actor + " " + action + " " + target + ": " + details);
            }
        };
    }

    @Test
    void aNewKitIsADraftThatOnlyStaffSee() {
        KitView created = pressKits.create("kilns", "Kilns", null, null, "", EDITOR);

        assertFalse(created.published());
        assertEquals(List.of(), pressKits.list(PressKits.Viewer.publicReader(), ""));
        assertEquals(1, pressKits.list(new PressKits.Viewer(true, null), "").size(), "staff see it");
        assertThrows(NotFoundException.class, () -> pressKits.find("kilns", PressKits.Viewer.publicReader(), ""));
        assertThrows(NotFoundException.class, () -> pressKits.find("kilns", new PressKits.Viewer(false, created.previewToken()), ""),
                "not even with its preview link");
        assertEquals(List.of(EDITOR + " KIT_SAVE kit kilns: new draft \"Kilns\", embargo null"), trail);
    }

    @Test
    void aCaptionNamingAChildHoldsTheKitUntilAnEditorSaysTheyReviewedIt() throws Exception {
        pressKits.create("kilns", "Kilns", null, null, "", EDITOR);
        addPhoto("kilns", CHILD, "image/jpeg", false);

        SafeguardingHoldException held = assertThrows(SafeguardingHoldException.class, () -> pressKits.publish("kilns", false, EDITOR));

        assertEquals(List.of("child-identity item 1: caption"), held.findings().stream().map(f -> f.kind() + " " + f.where()).toList(),
                "the photo's position and photographer stay out of the public copy, so they do not hold it");
        assertFalse(stored.get("kilns").isPublished());
        assertTrue(trail.stream().noneMatch(entry -> entry.contains("SAFEGUARDING_REVIEW") || entry.contains("KIT_PUBLISH")), trail.toString());

        pressKits.publish("kilns", true, EDITOR);

        assertTrue(stored.get("kilns").isPublished());
        assertEquals(1, pressKits.list(PressKits.Viewer.publicReader(), "").size());
        String review = trail.stream().filter(entry -> entry.contains("SAFEGUARDING_REVIEW")).findFirst().orElseThrow();
        assertTrue(review.startsWith(EDITOR + " SAFEGUARDING_REVIEW kit kilns: published after reviewing what the safeguarding checks found:"),
                review);
        assertTrue(review.contains("child-identity") && review.contains("Sunita Kumari"), review);
        assertTrue(trail.get(trail.size() - 1).startsWith(EDITOR + " KIT_PUBLISH kit kilns"), trail.toString());
    }

    @Test
    void staffSeeEverythingTheChecksFoundInAKitsFilesWithTheItemNamed() throws Exception {
        pressKits.create("kilns", "Kilns", null, null, "", EDITOR);
        addPhoto("kilns", "Brick kiln near Pakur at dusk, June 2025.", "image/jpeg", false);

        KitFindings findings = pressKits.findings("kilns");

        assertEquals(List.of(), findings.kit());
        assertEquals(1, findings.items().size());
        assertTrue(findings.items().get(0).cleaned());
        assertEquals(List.of(Finding.LOCATION_IN_FILE, Finding.PERSON_IN_FILE_METADATA),
                findings.items().get(0).findings().stream().map(Finding::kind).distinct().toList());
        assertEquals(List.of(), findings.holding(), "the public copy leaves all of it out");
        assertTrue(pressKits.find("kilns", new PressKits.Viewer(true, null), "").safeguarding().stream()
                .allMatch(finding -> finding.where().startsWith("item 1: file metadata: ")));
        assertThrows(NotFoundException.class, () -> pressKits.findings("no-such-kit"));
    }

    @Test
    void hiddenMetadataHoldsAFileThePublicWouldGetAsItIs() throws Exception {
        pressKits.create("kilns", "Kilns", null, null, "", EDITOR);
        addPhoto("kilns", "Brick kiln near Pakur at dusk, June 2025.", "application/octet-stream", false);

        SafeguardingHoldException held = assertThrows(SafeguardingHoldException.class, () -> pressKits.publish("kilns", false, EDITOR));

        assertTrue(held.findings().stream().anyMatch(finding -> finding.where().equals("item 1: file metadata: GPS")), held.findings().toString());
    }

    @Test
    void aCleanKitPublishesWithoutAReview() throws Exception {
        pressKits.create("kilns", "From kilns to classrooms", "Panchayat registers kept 1,200 children in school in Dumka.", null, "", EDITOR);
        addRelease("kilns", "<p>Panchayat registers kept 1,200 children of migrant workers in school in Dumka in 2024-25.</p>", false);

        pressKits.publish("kilns", false, EDITOR);

        assertTrue(stored.get("kilns").isPublished());
        assertTrue(trail.stream().noneMatch(entry -> entry.contains("SAFEGUARDING_REVIEW")), trail.toString());
    }

    @Test
    void aPublishedKitTakesNoNewFindingWithoutAReview() throws Exception {
        pressKits.create("kilns", "Kilns", null, null, "", EDITOR);
        pressKits.publish("kilns", false, EDITOR);
        String child = "Five years on, Pooja Oraon, 13, is back in class in Koderma.";

        assertThrows(SafeguardingHoldException.class, () -> pressKits.describe("kilns", "Kilns", child, null, false, EDITOR));
        assertEquals(null, stored.get("kilns").getSummary(), "nothing changed");
        SafeguardingHoldException release = assertThrows(SafeguardingHoldException.class,
                () -> addRelease("kilns", "<p>At the kiln we met " + CHILD + "</p>", false));
        assertEquals(List.of("item 1: file text"), release.findings().stream().map(Finding::where).distinct().toList());
        assertEquals(0, stored.get("kilns").getItems().size(), "the file was not added");

        pressKits.describe("kilns", "Kilns", child, null, true, EDITOR);
        assertEquals(child, stored.get("kilns").getSummary());
        pressKits.describe("kilns", "Kilns (updated)", child, null, false, EDITOR);
        assertEquals("Kilns (updated)", stored.get("kilns").getTitle(), "what was reviewed once is not asked about again");
        assertEquals(1, trail.stream().filter(entry -> entry.contains("SAFEGUARDING_REVIEW kit kilns: saved after reviewing")).count(), trail.toString());
    }

    @Test
    void aDraftIsChangedFreelyAndItsFindingsWaitForPublication() throws Exception {
        pressKits.create("kilns", "Kilns", null, null, "", EDITOR);
        pressKits.describe("kilns", "Kilns", "Five years on, Pooja Oraon, 13, is back in class in Koderma.", null, false, EDITOR);

        assertEquals(List.of("summary"), pressKits.findings("kilns").kit().stream().map(Finding::where).toList());
        assertThrows(SafeguardingHoldException.class, () -> pressKits.publish("kilns", false, EDITOR));
    }

    private void addPhoto(String slug, String caption, String mediaType, boolean reviewed) throws IOException {
        AssetDescription description = new AssetDescription("At the kiln", null, "kiln.jpg", mediaType, caption, "Photo: the Forum", "CC BY 4.0");
        pressKits.addAsset(slug, ItemKind.PHOTO, description, new ByteArrayInputStream(TestImages.fieldPhotoJpeg()), reviewed, EDITOR);
    }

    private void addRelease(String slug, String body, boolean reviewed) throws IOException {
        AssetDescription description = new AssetDescription("Press release", null, "release.html", "text/html", null, null, null);
        byte[] html = ("<html><head><title>Release</title></head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
        pressKits.addAsset(slug, ItemKind.PRESS_RELEASE, description, new ByteArrayInputStream(html), reviewed, EDITOR);
    }

    /** The kits in memory; new items get ids, as the database gives them. */
    private final class InMemoryKits extends PressKitRepository {

        private long nextId = 1;

        @Override
        public List<PressKit> all() {
            return List.copyOf(stored.values());
        }

        @Override
        public Optional<PressKit> bySlug(String slug) {
            return Optional.ofNullable(stored.get(slug));
        }

        @Override
        public PressKit add(PressKit kit) {
            stored.put(kit.getSlug(), kit);
            return kit;
        }

        @Override
        public Optional<PressKit> change(String slug, Consumer<PressKit> change) {
            Optional<PressKit> kit = bySlug(slug);
            kit.ifPresent(change);
            kit.ifPresent(this::numberItems);
            return kit;
        }

        private void numberItems(PressKit kit) {
            for (PressKitItem item : kit.getItems()) {
                if (item.getId() == null) {
                    try {
                        java.lang.reflect.Field id = PressKitItem.class.getDeclaredField("id");
                        id.setAccessible(true);
                        id.set(item, nextId++);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    /** The blob store as a folder. */
    private final class FolderArchive extends Archive {

        @Override
        public BlobRef storeBlob(InputStream content) throws IOException {
            byte[] bytes = content.readAllBytes();
            String sha256;
            try {
                sha256 = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            Files.write(blobs.resolve(sha256), bytes);
            return new BlobRef(sha256, bytes.length);
        }

        @Override
        public Optional<Path> blob(String sha256) {
            return Optional.of(blobs.resolve(sha256)).filter(Files::exists);
        }
    }

    /** The checks on the shipped word lists, as the application's {@link Safeguarding} runs them. */
    private static final class ShippedChecks extends Safeguarding {

        private final SafeguardingScanner scanner = new SafeguardingScanner(Path.of("index-config"));

        @Override
        public List<Finding> inText(String text, String where) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return scanner.scanText(text, where).stream().map(finding -> finding.withMatch(text.substring(finding.start(), finding.end())))
                    .toList();
        }

        @Override
        public List<Finding> inFileMetadata(Map<String, List<String>> metadata) {
            return metadata.isEmpty() ? List.of() : scanner.scanMetadata(metadata);
        }
    }
}
