package org.abhilekh.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.abhilekh.ingest.boundary.FolderImports;
import org.abhilekh.ingest.control.FolderImport;
import org.abhilekh.ingest.entity.JobSource;
import org.abhilekh.platform.control.BundledFolder;
import org.abhilekh.platform.control.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the seed archive on the very first start, through the same folder import staff use.
 * It runs once: a setting records that it happened, and the archive's sha256 check means even an
 * interrupted first import, run again, stores nothing twice.
 */
@ApplicationScoped
public class SeedContentLoader {

    private static final Logger LOG = Logger.getLogger(SeedContentLoader.class.getName());
    static final String SEED_IMPORTED = "seed.imported";

    @Inject
    FolderImports folderImports;

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "abhilekh.seed.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "abhilekh.seed.dir")
    Optional<String> seedDir;

    /** Imports the seed unless it was imported before; answers the ids of the documents it added. */
    /** Whether {@link #importOnce()} has nothing (left) to do. */
    public boolean isDone() {
        return !enabled || settings.get(SEED_IMPORTED).isPresent();
    }

    public List<Long> importOnce() throws IOException {
        if (isDone()) {
            return List.of();
        }
        Path folder = BundledFolder.resolve(seedDir, "seed-content", "README.md");
        FolderImport.Report report = folderImports.importNow(folder, JobSource.SEED, "system");
        settings.put(SEED_IMPORTED, Instant.now().toString());
        LOG.info(() -> "Seed archive imported from " + folder + ": " + report.added() + " added, "
                + report.duplicates() + " already present, " + report.failed() + " not imported");
        return report.items().stream().filter(item -> !item.failed() && !item.outcome().duplicate())
                .map(item -> item.outcome().documentId()).toList();
    }
}
