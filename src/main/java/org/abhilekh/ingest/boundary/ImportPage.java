package org.abhilekh.ingest.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.abhilekh.ingest.control.JobQueryReader;
import org.abhilekh.ingest.entity.ImportView;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.entity.Organisation;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /admin/import.xhtml}: an administrator names a folder inside the import root and starts its
 * import, then watches it ({@code ?batch=N} shows one import and refreshes itself until it is complete).
 * Other staff see the page and how to upload from their own computer instead.
 */
@Named
@RequestScoped
public class ImportPage {

    static final int RECENT = 10;

    @Inject
    FolderImports imports;

    @Inject
    Caller caller;

    private String folder;
    private ImportView batch;
    private List<ImportView> recent = List.of();
    private String root;

    @PostConstruct
    void init() {
        if (!caller.isAdmin()) {
            return;
        }
        root = imports.root().toString();
        String wanted = Faces.getRequestParameter("batch");
        if (wanted != null && !wanted.isBlank()) {
            Optional<ImportView> found = JobQueryReader.id(wanted.strip()).flatMap(imports::progress);
            if (found.isEmpty()) {
                PageMessages.error("admin.import.noSuchBatch");
            }
            batch = found.orElse(null);
        }
        recent = imports.recent(RECENT);
    }

    /** Starts the import and shows its progress; a refusal is shown on the form, with the folder kept. */
    public String start() {
        if (!caller.isAdmin()) {
            return null;
        }
        return PageMessages.attempt("start:folder", () ->
                "/admin/import.xhtml?faces-redirect=true&batch=" + imports.start(folder, caller.getName()).batch());
    }

    /** Files with an outcome so far, out of all found: what the progress bar shows. */
    public int settled(ImportView view) {
        return view.done() + view.failed() + view.duplicates() + view.refused();
    }

    public String when(Instant instant) {
        return instant == null ? "" : JobsPage.WHEN.format(instant.atZone(Organisation.ZONE));
    }

    public boolean isAdmin() {
        return caller.isAdmin();
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public ImportView getBatch() {
        return batch;
    }

    public List<ImportView> getRecent() {
        return recent;
    }

    public String getRoot() {
        return root;
    }
}
