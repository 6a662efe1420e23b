package org.abhilekh.ingest.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.ingest.control.FolderImport;
import org.abhilekh.ingest.control.JobLedger;
import org.abhilekh.ingest.entity.ImportBatch;
import org.abhilekh.ingest.entity.ImportView;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.platform.control.DataFolder;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Folder imports from the server's own disk, as a batch whose jobs can be listed together. Only folders
 * inside the import root ({@code abhilekh.ingest.import-root}, by default {@code import/} in the data folder)
 * may be imported, so an administrator's session cannot be used to read arbitrary server files. One import
 * reads its folder at a time; its files wait for room in the queue instead of being refused.
 */
@ApplicationScoped
public class FolderImports {

    private static final Logger LOG = Logger.getLogger(FolderImports.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    IngestJobs ingestJobs;

    @Inject
    JobLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    DataFolder dataFolder;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.import-root")
    Optional<String> importRoot;

    /** The folder under which imports are allowed, created when missing so staff know where to put folders. */
    public Path root() {
        Path root = importRoot.filter(value -> !value.isBlank()).map(value -> Path.of(value).toAbsolutePath().normalize())
                .orElseGet(() -> dataFolder.root().resolve("import"));
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the import folder " + root, e);
        }
    }

    /**
     * Starts importing a folder inside the root in the background and answers at once with the new batch.
     * 400 for a folder that is missing, empty or holds only empty files, 403 for one outside the root,
     * 409 while another import is still reading its folder.
     */
    public synchronized ImportView start(String folderName, String actor) {
        Path root = root();
        Path folder;
        List<Path> files;
        String shown;
        try {
            folder = FolderImport.resolveUnder(root, folderName);
            files = FolderImport.contentFiles(folder);
            shown = root.toRealPath().relativize(folder).toString();
        } catch (IOException e) {
            throw new BadInputException("The folder \"" + folderName.strip() + "\" cannot be read on the server (" + e.getMessage()
                    + "); check that the server's account may read it.", e);
        }
        if (files.isEmpty()) {
            throw new BadInputException("The folder \"" + folderName.strip() + "\" holds no files to import (sidecars and read-me"
                    + " files do not count). Put the documents in it, each with its optional <file>.meta.json beside it.");
        }
        if (files.stream().allMatch(FolderImports::isEmptyFile)) {
            throw new BadInputException("Every file in \"" + folderName.strip() + "\" is empty (0 bytes); nothing to import."
                    + " Copy the files again; the copy may have failed.");
        }
        Optional<ImportBatch> running = ledger.runningBatch();
        if (running.isPresent()) {
            throw new ConflictException("Import " + running.get().getId() + " of " + running.get().getFolder()
                    + " is still reading its folder; start this one when it is done.");
        }
        ImportBatch batch = ledger.startBatch(shown.isEmpty() ? "." : shown, JobSource.FOLDER_IMPORT, files.size(), actor);
        long batchId = batch.getId();
        audit.record(actor, AuditAction.FOLDER_IMPORT, "import " + batchId, "folder " + folder + ", " + files.size() + " files");
        executor.submit(() -> run(batchId, folder, JobSource.FOLDER_IMPORT, actor));
        return ledger.progress(batchId).orElseThrow();
    }

    /** Imports a folder now, in the caller's thread, as a batch of its own: the seed archive on the first start. */
    public FolderImport.Report importNow(Path folder, JobSource source, String actor) throws IOException {
        ImportBatch batch = ledger.startBatch(folder.toString(), source, FolderImport.contentFiles(folder).size(), actor);
        return run(batch.getId(), folder, source, actor);
    }

    private FolderImport.Report run(long batchId, Path folder, JobSource source, String actor) throws IOException {
        try {
            FolderImport.Report report = FolderImport.run(folder, ingestJobs.folderStore(source, actor, batchId), () -> { },
                    item -> ledger.recordItem(batchId, item));
            ledger.finishBatch(batchId);
            LOG.info(() -> "Import " + batchId + " of " + folder + ": " + report.added() + " added, " + report.duplicates()
                    + " already present, " + report.failed() + " refused");
            return report;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + batchId + " of " + folder + " stopped", e);
            ledger.failBatch(batchId, "The import stopped: " + e.getMessage() + ". Files stored so far stay; import the folder"
                    + " again to take in the rest (stored files are recognised and not stored twice).");
            throw e;
        }
    }

    public Optional<ImportView> progress(long batchId) {
        return ledger.progress(batchId);
    }

    public List<ImportView> recent(int max) {
        return ledger.recentBatches(max).stream().map(batch -> ledger.progress(batch.getId()).orElseThrow()).toList();
    }

    private static boolean isEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
