package org.abhilekh.presskit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.presskit.control.SearchSummary;
import org.abhilekh.presskit.entity.AssetDescription;
import org.abhilekh.presskit.entity.ItemKind;
import org.abhilekh.presskit.entity.KitEntry;
import org.abhilekh.presskit.entity.KitFindings;
import org.abhilekh.presskit.entity.KitView;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.abhilekh.search.boundary.SearchIndex;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the staff pages under {@code /admin/press/}: the list of kits, a new kit, one kit's editor, "Add to kit" from a
 * search hit, and adding the ticked hits or the first results of a search to a draft kit, existing or new. Seeing these pages needs a staff role (web.xml); changing a kit needs
 * editor or admin, checked here on every action, not only by hiding buttons.
 *
 * <p>Embargo times are entered and shown in India Standard Time, the organisation's own clock.
 *
 * <p>What the safeguarding checks found in a kit is shown on its page, each passage marked. When an action is held
 * for review, its form asks for the review box, and keeps asking (a hidden {@code reviewAsked}) when sent again.
 */
@Named
@RequestScoped
public class KitEditor {

    private static final int DEFAULT_LIMIT = 10;
    private static final int MAX_ORIGIN = 1000;

    @Inject
    SiteUrl siteUrl;


    @Inject
    PressKits pressKits;

    @Inject
    Archive archive;

    @Inject
    Caller caller;

    @Inject
    SearchIndex searchIndex;

    private String slug;
    private KitView kit;
    private List<KitView> kits;
    private String title;
    private String summary;
    private String embargo;
    private String documentId;
    private String assetKind = ItemKind.PHOTO.code();
    private String assetTitle;
    private String assetDate;
    private String caption;
    private String credit;
    private String licence;
    private Part file;
    private String document;
    private boolean safeguardingReviewed;
    private KitFindings findings;
    private List<Finding> held;
    private String heldIn;
    private String pick;
    private List<DocumentFacts> documentsToAdd;
    private String origin;
    private String problem;

    @PostConstruct
    void init() {
        slug = Faces.getRequestParameter("slug");
        document = Faces.getRequestParameter("document");
        pick = Faces.getRequestParameter("pick");
        if (slug != null && !slug.isBlank()) {
            try {
                kit = pressKits.find(slug, new PressKits.Viewer(true, null), siteUrl.of(Faces.getRequest()));
                title = kit.title();
                summary = kit.summary();
                embargo = kit.embargoUntil() == null ? null
                        : LocalDateTime.ofInstant(kit.embargoUntil(), Organisation.ZONE).withSecond(0).withNano(0).toString();
            } catch (NotFoundException e) {
                kit = null;
            }
        }
    }

    public boolean isEditor() {
        return caller.isAdmin() || Faces.isUserInRole("editor");
    }

    public List<KitView> getKits() {
        if (kits == null) {
            kits = pressKits.list(new PressKits.Viewer(true, null), siteUrl.of(Faces.getRequest()));
        }
        return kits;
    }

    /** The document offered for "Add to kit", as staff see it. */
    public DocumentFacts getDocumentToAdd() {
        try {
            return document == null ? null : archive.facts(Long.parseLong(document), true).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether the page adds several documents: the hits ticked on the search page ({@code pick=selected}) or its first
     * results ({@code pick=first}), or, when its form comes back, the documents it listed ({@code pick=listed}).
     */
    public boolean isSeveral() {
        return pick != null;
    }

    /**
     * The documents to add, as staff see them and in the order the search gave them. Resolved once, when the page is
     * opened from the search: its forms then carry these ids, so what is added is what the editor saw.
     */
    public List<DocumentFacts> getDocumentsToAdd() {
        if (documentsToAdd == null) {
            documentsToAdd = resolve();
        }
        return documentsToAdd;
    }

    private List<DocumentFacts> resolve() {
        if (pick == null) {
            return List.of();
        }
        try {
            List<Long> ids;
            if ("first".equals(pick)) {
                SearchRequest search = searchIndex.request(Faces.getRequestParameter("q"), List.of(values("f")), Faces.getRequestParameter("from"),
                        Faces.getRequestParameter("to"), Faces.getRequestParameter("sort"), limit(), true);
                ids = searchIndex.search(search).hits().stream().filter(hit -> "document".equals(hit.kind())).map(SearchHit::id).toList();
                origin = SearchSummary.of(search);
            } else {
                ids = java.util.Arrays.stream(values("document")).limit(PressKits.MAX_DOCUMENTS_AT_ONCE).map(KitEditor::parseId).distinct().toList();
                origin = "listed".equals(pick) ? Faces.getRequestParameter("origin") : "the hits ticked on the search page";
            }
            return ids.stream().map(id -> archive.facts(id, true)).flatMap(java.util.Optional::stream).toList();
        } catch (AbhilekhException e) {
            problem = e.getMessage();
            return List.of();
        }
    }

    /** Why the documents could not be listed (a search written wrongly, say), or null. */
    public String getProblem() {
        getDocumentsToAdd();
        return problem;
    }

    /** Where the documents came from, for the trail, in words. */
    public String getOrigin() {
        getDocumentsToAdd();
        return origin == null ? null : origin.substring(0, Math.min(origin.length(), MAX_ORIGIN));
    }

    /** Kits that are still drafts: several documents at once go where an editor reviews them before the public sees them. */
    public List<KitView> getDrafts() {
        return getKits().stream().filter(kit -> !kit.published()).toList();
    }

    /** Adds the listed documents to the draft kit {@code slug}. */
    public String addSeveral() {
        return act("add-several", () -> {
            List<Long> added = pressKits.addDocuments(slug, listed(), getOrigin(), caller.getName());
            PageMessages.flashInfo("kit.documentsAdded", added.size());
            return editorOf(slug);
        });
    }

    /** Makes a new draft kit and adds the listed documents to it. */
    public String createWithSeveral() {
        return act("create-several", () -> {
            String chosen = slug == null ? null : slug.strip();
            List<Long> ids = listed();
            pressKits.create(chosen, title, summary, null, siteUrl.of(Faces.getRequest()), caller.getName());
            List<Long> added = pressKits.addDocuments(chosen, ids, getOrigin(), caller.getName());
            PageMessages.flashInfo("kit.documentsAdded", added.size());
            return editorOf(chosen);
        });
    }

    private List<Long> listed() {
        List<Long> ids = getDocumentsToAdd().stream().map(DocumentFacts::id).toList();
        if (ids.isEmpty()) {
            throw new BadInputException(PageMessages.text("admin.press.nothingToAdd"));
        }
        return ids;
    }

    private static String[] values(String name) {
        String[] values = Faces.getRequestParameterValuesMap().get(name);
        return values == null ? new String[0] : java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toArray(String[]::new);
    }

    /** How many of the search's first results: 1 to 100, ten when not said. */
    private static int limit() {
        String value = Faces.getRequestParameter("limit");
        try {
            int limit = value == null || value.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(value.strip());
            if (limit < 1 || limit > PressKits.MAX_DOCUMENTS_AT_ONCE) {
                throw new BadInputException(PageMessages.text("admin.press.limitRange"));
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new BadInputException(PageMessages.text("admin.press.limitRange"), e);
        }
    }

    public String create() {
        return act("create", () -> {
            pressKits.create(slug == null ? null : slug.strip(), title, summary, parseEmbargo(embargo), siteUrl.of(Faces.getRequest()), caller.getName());
            return editorOf(slug.strip());
        });
    }

    public String save() {
        return act("describe", () -> {
            pressKits.describe(slug, title, summary, parseEmbargo(embargo), safeguardingReviewed, caller.getName());
            return done("kit.saved");
        });
    }

    public String publish() {
        return act("publish", () -> {
            pressKits.publish(slug, safeguardingReviewed, caller.getName());
            return done("kit.published");
        });
    }

    public String addDocument() {
        return act("add-document", () -> {
            pressKits.addDocument(slug, parseId(documentId), caller.getName());
            return done("kit.documentAdded");
        });
    }

    public String addFromSearch() {
        return act("add-document", () -> {
            pressKits.addDocument(slug, parseId(document), caller.getName());
            return done("kit.documentAdded");
        });
    }

    public String upload() {
        return act("upload", () -> {
            if (file == null || file.getSize() == 0) {
                throw new BadInputException("Choose a file to upload.");
            }
            AssetDescription description = new AssetDescription(assetTitle, parseDate(assetDate),
                    file.getSubmittedFileName(), file.getContentType(), caption, credit, licence);
            try (InputStream in = file.getInputStream()) {
                pressKits.addAsset(slug, ItemKind.fromCode(assetKind).orElse(null), description, in, safeguardingReviewed, caller.getName());
            }
            return done("kit.assetAdded");
        });
    }

    public String remove(long itemId) {
        return act("remove", () -> {
            pressKits.removeItem(slug, itemId, caller.getName());
            return done("kit.itemRemoved");
        });
    }

    /** Moves an item one place up ({@code -1}) or down ({@code 1}) in the kit's order; at either end it stays. */
    public String move(long itemId, int step) {
        return act("reorder", () -> {
            List<Long> order = new ArrayList<>(pressKits.find(slug, new PressKits.Viewer(true, null), siteUrl.of(Faces.getRequest()))
                    .entries().stream().map(KitEntry::itemId).toList());
            int from = order.indexOf(itemId);
            int to = from + Integer.signum(step);
            if (from >= 0 && to >= 0 && to < order.size()) {
                Collections.swap(order, from, to);
                pressKits.reorder(slug, order, caller.getName());
            }
            return done("kit.itemMoved");
        });
    }

    /** An editing action of one form; on a business failure the page stays and says what to fix. */
    private String act(String form, Action action) {
        try {
            if (!isEditor()) {
                throw new ForbiddenException("Only editors and administrators may change press kits.");
            }
            return action.run();
        } catch (AbhilekhException e) {
            if (e instanceof SafeguardingHoldException hold) {
                held = hold.findings();
                heldIn = form;
            }
            Messages.addGlobalError(e.getMessage());
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The uploaded file could not be stored", e);
        }
    }

    @FunctionalInterface
    private interface Action {
        String run() throws IOException;
    }

    private String done(String messageKey) {
        PageMessages.flashInfo(messageKey);
        return editorOf(slug);
    }

    private static String editorOf(String slug) {
        return "/admin/press/kit.xhtml?faces-redirect=true&slug=" + slug;
    }

    static Instant parseEmbargo(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(Organisation.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadInputException("Write the embargo as a date and time, like 2026-12-10T09:30.", e);
        }
    }

    private static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("Write the date as YYYY-MM-DD.", e);
        }
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("Give the number of an archive document, as in /archive/document.xhtml?id=NUMBER.", e);
        }
    }

    /** What the safeguarding checks found in the kit, for its page. */
    public KitFindings getFindings() {
        if (findings == null && kit != null) {
            findings = pressKits.findings(kit.slug());
        }
        return findings;
    }

    /** What an action just sent was held for, or null. */
    public List<Finding> getHeld() {
        return held;
    }

    /** Whether this form shows the review box: its action was held, now or when it was last sent. */
    public boolean reviewAsked(String form) {
        return form.equals(heldIn) || form.equals(Faces.getRequestParameter("reviewAsked"));
    }

    public boolean isSafeguardingReviewed() {
        return safeguardingReviewed;
    }

    public void setSafeguardingReviewed(boolean safeguardingReviewed) {
        this.safeguardingReviewed = safeguardingReviewed;
    }

    public String getEmbargoShown() {
        return kit == null || kit.embargoUntil() == null ? null
                : LocalDateTime.ofInstant(kit.embargoUntil(), Organisation.ZONE).withSecond(0).withNano(0).toString().replace('T', ' ') + " IST";
    }

    public String previewUrl(KitView view) {
        return siteUrl.of(Faces.getRequest()) + view.url() + "&preview=" + view.previewToken();
    }

    public KitView getKit() {
        return kit;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getEmbargo() {
        return embargo;
    }

    public void setEmbargo(String embargo) {
        this.embargo = embargo;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public String getAssetKind() {
        return assetKind;
    }

    public void setAssetKind(String assetKind) {
        this.assetKind = assetKind;
    }

    public String getAssetTitle() {
        return assetTitle;
    }

    public void setAssetTitle(String assetTitle) {
        this.assetTitle = assetTitle;
    }

    public String getAssetDate() {
        return assetDate;
    }

    public void setAssetDate(String assetDate) {
        this.assetDate = assetDate;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getDocument() {
        return document;
    }
}
