package org.abhilekh.archive.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.WithheldPassages;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.control.UploadedNames;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.entity.Finding;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the withholding section of the document page (staff): withhold a passage typed or found by the
 * safeguarding checks, release one (editors), and attach or remove the redacted copy the public downloads
 * instead of the original. Each form carries the document's id and revision; the archive checks roles itself.
 */
@Named
@RequestScoped
public class WithholdingEditor {

    @Inject
    Archive archive;

    @Inject
    Withholding withholding;

    @Inject
    Caller caller;

    private String passage;
    private Part copy;
    private boolean safeguardingReviewed;
    private List<String> found;

    /**
     * What the safeguarding checks found in the text and description that is not withheld yet, each once: offered
     * to withhold with one click. For a child's identity that is the child's name, so it is withheld wherever it occurs.
     */
    public List<String> getFound() {
        if (found == null) {
            found = found();
        }
        return found;
    }

    private List<String> found() {
        String id = Faces.getRequestParameter("id");
        if (id == null || !caller.isStaff()) {
            return List.of();
        }
        try {
            Document current = archive.find(DocumentsResource.parseId(id), true);
            return FindingsJson.fromJson(current.getSafeguardingFindings()).stream()
                    .filter(finding -> !finding.where().startsWith(Finding.FILE_METADATA))
                    .map(finding -> finding.name() != null ? finding.name() : finding.match()).filter(match -> match != null && match.strip().length() >= WithheldPassages.MIN_LENGTH
                            && match.length() <= WithheldPassages.MAX_LENGTH && !current.getWithheld().occursIn(match))
                    .distinct().toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** Withholds the typed passage besides those withheld already. */
    public String withhold() {
        return withhold(passage);
    }

    /** Withholds a passage the safeguarding checks found (its button sends it) besides those withheld already. */
    public String withhold(String found) {
        return change(current -> {
            if (found == null || found.isBlank()) {
                throw new BadInputException(PageMessages.text("withheld.typeFirst"));
            }
            List<String> passages = new ArrayList<>(current.getWithheld().passages());
            passages.add(found);
            withholding.withhold(current.getId(), revision(), passages, false, caller.getName());
            return "withheld.added";
        });
    }

    /** Lets the public read a passage again (editors). */
    public String release(String released) {
        return change(current -> {
            List<String> passages = new ArrayList<>(current.getWithheld().passages());
            passages.removeIf(kept -> kept.equals(released));
            withholding.withhold(current.getId(), revision(), passages, safeguardingReviewed, caller.getName());
            return "withheld.released";
        });
    }

    public String attachCopy() {
        return change(current -> {
            if (copy == null || copy.getSize() == 0) {
                throw new BadInputException(PageMessages.text("withheld.chooseFile"));
            }
            try (InputStream content = copy.getInputStream()) {
                withholding.offerRedactedCopy(current.getId(), content, UploadedNames.of(copy.getSubmittedFileName()),
                        copy.getContentType() == null ? "application/octet-stream" : copy.getContentType(), caller.getName());
            } catch (IOException e) {
                throw new UncheckedIOException("The redacted copy could not be stored", e);
            }
            return "withheld.copyAttached";
        });
    }

    public String removeCopy() {
        return change(current -> {
            try {
                withholding.removeRedactedCopy(current.getId(), caller.getName());
            } catch (IOException e) {
                throw new UncheckedIOException("The redacted copy could not be removed", e);
            }
            return "withheld.copyRemoved";
        });
    }

    /** Runs one change and goes back to the document page with its message, or with the problem. */
    private String change(Change change) {
        String id = Faces.getRequestParameter("id");
        try {
            caller.requireStaff();
            Document current = archive.find(id == null ? -1 : DocumentsResource.parseId(id), true);
            String done = change.on(current);
            PageMessages.flashInfo(done);
        } catch (AbhilekhException e) {
            // Not the usual refusal: the document page is drawn by a view action, so the error goes back with it.
            Messages.addFlashGlobalError(e.getMessage());
            if (e instanceof NotFoundException) {
                return null;
            }
        }
        return "/archive/document.xhtml?faces-redirect=true&id=" + id;
    }

    private interface Change {
        /** Makes the change; answers the key of the message that says it was made. */
        String on(Document current);
    }

    private long revision() {
        try {
            return Long.parseLong(Faces.getRequestParameter("revision"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String getPassage() {
        return passage;
    }

    public void setPassage(String passage) {
        this.passage = passage;
    }

    public Part getCopy() {
        return copy;
    }

    public void setCopy(Part copy) {
        this.copy = copy;
    }

    public boolean isSafeguardingReviewed() {
        return safeguardingReviewed;
    }

    public void setSafeguardingReviewed(boolean safeguardingReviewed) {
        this.safeguardingReviewed = safeguardingReviewed;
    }
}
