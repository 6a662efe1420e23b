package org.abhilekh.archive.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ResourceBundle;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.IngestProgress;
import org.abhilekh.archive.entity.PublicationHold;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.platform.control.ForbiddenException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.safeguarding.boundary.PublicCopies;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.entity.Finding;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the staff document pages: the list ({@code /admin/documents.xhtml}), the edit form
 * ({@code /admin/documents-edit.xhtml?id=}, drawn by {@code upload.js} from the schema and saved
 * through {@code PUT /api/documents/{id}}), the extracted text ({@code /admin/documents-text.xhtml?id=&page=})
 * and the visibility and delete buttons of the document page. Every action checks the caller's role
 * itself; hiding a button is not the check.
 */
@Named
@RequestScoped
public class DocumentEditor {

    static final int LIST_PAGE = 50;
    static final int TEXT_PAGE = 50_000;

    @Inject
    Archive archive;

    @Inject
    Descriptions descriptions;

    @Inject
    Caller caller;

    @Inject
    PublicCopies publicCopies;

    @Inject
    IngestProgress progress;

    private Document document;
    private String text;
    private int page = 1;
    private List<Document> newest;
    private boolean confirmed;
    private boolean safeguardingReviewed;

    @PostConstruct
    void init() {
        page = number(Faces.getRequestParameter("page"), 1);
        String id = Faces.getRequestParameter("id");
        if (id != null && caller.isStaff()) {
            try {
                document = archive.find(DocumentsResource.parseId(id), true);
            } catch (NotFoundException e) {
                document = null;
            }
        }
    }

    /** A view action: a missing document answers 404, as the public page does. */
    public void requireDocument() {
        if (document == null) {
            Faces.setResponseStatus(404);
        }
    }

    public Document getDocument() {
        return document;
    }

    /** Where the reading of a document's text stands ({@code PENDING}, {@code PROCESSING}, {@code DONE}, {@code FAILED}). */
    public String ingestStatusOf(Document listed) {
        return progress.of(listed.getId()).status().name();
    }

    /** The stored description as JSON, for the edit form to start from. */
    public String getMetadataJson() {
        return document == null ? "{}" : MetadataReader.toJsonObject(
                MetadataReader.stored(document.getMetadataJson(), document.getOriginalName())).toString();
    }

    /** The list's page: every document, or with {@code ?held=true} those held for safeguarding review. */
    public List<Document> getNewest() {
        if (newest == null) {
            newest = isHeldOnly() ? archive.held(page, LIST_PAGE) : archive.newest(page, LIST_PAGE);
        }
        return newest;
    }

    public long getTotal() {
        return isHeldOnly() ? archive.countHeld() : archive.count();
    }

    public boolean isHeldOnly() {
        return "true".equals(Faces.getRequestParameter("held"));
    }

    public long getHeldCount() {
        return archive.countHeld();
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + LIST_PAGE - 1) / LIST_PAGE);
    }

    public int getTextPages() {
        return Math.max(1, (fullText().length() + TEXT_PAGE - 1) / TEXT_PAGE);
    }

    public int getTextLength() {
        return fullText().length();
    }

    /** One page of the extracted text; JSF escapes it on output. */
    public String getTextPage() {
        String all = fullText();
        int from = Math.min(all.length(), (Math.min(page, getTextPages()) - 1) * TEXT_PAGE);
        return all.substring(from, Math.min(all.length(), from + TEXT_PAGE));
    }

    private String fullText() {
        if (text == null) {
            text = document == null ? "" : archive.text(document.getId()).orElse("");
        }
        return text;
    }

    /** The upload and edit scripts' words in the reader's language: every {@code staff.js.*} text, as JSON. */
    public String getScriptTexts() {
        ResourceBundle messages = Faces.getResourceBundle("msg");
        jakarta.json.JsonObjectBuilder texts = jakarta.json.Json.createObjectBuilder();
        messages.keySet().stream().filter(key -> key.startsWith("staff.js.")).sorted()
                .forEach(key -> texts.add(key.substring("staff.js.".length()), messages.getString(key)));
        return texts.build().toString();
    }

    public boolean isEditor() {
        return caller.isEditor();
    }

    /** Public becomes staff-only and back; the form carries the revision it showed. */
    public String toggleVisibility() {
        try {
            caller.requireStaff();
            Document current = current();
            Visibility next = current.getVisibility() == Visibility.PUBLIC ? Visibility.STAFF : Visibility.PUBLIC;
            Document changed = descriptions.changeVisibility(current.getId(), number(Faces.getRequestParameter("revision"), -1), next,
                    safeguardingReviewed, caller.getName());
            if (changed.getPublicationHold() == PublicationHold.AWAITING_CHECK) {
                return done("staff.document.awaitingCheck", pageOf(current));
            }
            return done(next == Visibility.PUBLIC ? "staff.document.madePublic" : "staff.document.madeStaff", pageOf(current));
        } catch (AbhilekhException e) {
            return problem(e, document == null ? null : pageOf(document));
        }
    }

    public String delete() {
        try {
            if (!caller.isEditor()) {
                throw new ForbiddenException("Only editors and administrators may delete documents.");
            }
            Document current = current();
            if (!confirmed) {
                return problem(new org.abhilekh.platform.control.BadInputException(PageMessages.text("staff.document.confirmFirst")),
                        pageOf(current));
            }
            archive.delete(current.getId(), caller.getName());
            return done("staff.document.deleted", "/admin/documents.xhtml?faces-redirect=true");
        } catch (AbhilekhException e) {
            return problem(e, document == null ? null : pageOf(document));
        } catch (IOException e) {
            throw new UncheckedIOException("The original could not be removed", e);
        }
    }

    private Document current() {
        if (document == null) {
            throw new NotFoundException("There is no such document.");
        }
        return document;
    }

    private String done(String key, String outcome) {
        PageMessages.flashInfo(key);
        return outcome;
    }

    /** The document page is drawn by a view action that does not run on a post-back: go back to it with the message. */
    private String problem(AbhilekhException e, String outcome) {
        if (outcome != null) {
            Messages.addFlashGlobalError(e.getMessage());
        } else {
            Messages.addGlobalError(e.getMessage());
        }
        return outcome;
    }

    private static String pageOf(Document document) {
        return "/archive/document.xhtml?faces-redirect=true&id=" + document.getId();
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** What the safeguarding checks found in the document, for staff to review on its page. */
    public List<Finding> getFindings() {
        return document == null ? List.of() : FindingsJson.fromJson(document.getSafeguardingFindings());
    }

    /** Whether the public downloads this document's file without its hidden metadata. */
    public boolean isCleaned() {
        return document != null && publicCopies.cleans(document.getMediaType());
    }

    public boolean isSafeguardingReviewed() {
        return safeguardingReviewed;
    }

    public void setSafeguardingReviewed(boolean safeguardingReviewed) {
        this.safeguardingReviewed = safeguardingReviewed;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
