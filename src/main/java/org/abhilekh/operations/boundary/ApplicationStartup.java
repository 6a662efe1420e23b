package org.abhilekh.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.boundary.Extractions;
import org.abhilekh.archive.entity.IngestStatus;
import org.abhilekh.blog.boundary.BlogStartup;
import org.abhilekh.ingest.boundary.IngestQueue;
import org.abhilekh.operations.control.SeedContentLoader;
import org.abhilekh.operations.control.StartupState;
import org.abhilekh.platform.control.ClientAddresses;
import org.abhilekh.platform.control.ServerLifecycle;
import org.abhilekh.presskit.boundary.PressKitSeed;
import org.abhilekh.search.boundary.SearchIndex;
import org.abhilekh.security.control.AdminBootstrap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Start-up, in order: migrate the database, open the index (a damaged one is set aside and started
 * afresh), make sure an admin exists; then, in the background, re-index what the index is behind on
 * (everything, when it was started afresh), resume waiting ingestion and import the seed archive and
 * then the seed press kits once. Readiness turns green when the seed documents are searchable and the
 * index has caught up; searches answer meanwhile from what is already in it. On an ordinary restart, with
 * the seed in and nothing behind the index, that is known before the background work starts.
 *
 * A restore is not part of start-up: {@code bin/abhilekh-restore} fills an empty data folder before
 * the first start ({@link org.abhilekh.operations.control.BackupRestorer}), so this start is like any other.
 *
 * The data source is declared here; {@link org.abhilekh.platform.control.ConfiguredDataSource}
 * reads its URL from MicroProfile Config, so switching from the embedded H2 to PostgreSQL is a
 * matter of configuration.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/abhilekh",
        className = "org.abhilekh.platform.control.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 20)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());
    private static final Duration SEED_INGEST_PATIENCE = Duration.ofMinutes(15);

    @Resource(lookup = "java:app/jdbc/abhilekh")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    StartupState state;

    @Inject
    ServerLifecycle lifecycle;

    @Inject
    SearchIndex searchIndex;

    @Inject
    AdminBootstrap adminBootstrap;

    @Inject
    Archive archive;

    @Inject
    Extractions extractions;

    @Inject
    IngestQueue ingestQueue;

    @Inject
    SeedContentLoader seed;

    @Inject
    PressKitSeed pressKitSeed;

    @Inject
    BlogStartup blog;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    @ConfigProperty(name = "abhilekh.startup.settle-millis", defaultValue = "3000")
    long settleMillis;

    @PostConstruct
    void start() {
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        state.databaseMigrated();
        boolean freshIndex = searchIndex.open();
        if (freshIndex && archive.count() > 0) {
            state.indexRebuilding(searchIndex.recovery().orElse("the index was missing"));
        }
        adminBootstrap.ensureAdmin();
        // A misspelt trusted proxy stops the start here rather than at the first login.
        List<String> proxies = clientAddresses.trustedProxies();
        LOG.info(() -> proxies.isEmpty() ? "Client addresses: X-Forwarded-For is not trusted from anyone"
                : "Client addresses: X-Forwarded-For is trusted from " + String.join(", ", proxies));
        if (!freshIndex && seed.isDone() && pressKitSeed.isDone() && archive.isIndexCaughtUp()) {
            // An ordinary restart: nothing to import and no document behind the index. With the blog's few posts
            // brought in step here, readiness need not wait for the background work below (its checks then find
            // nothing to do), nor for the deployment to settle.
            syncBlog();
            state.indexCaughtUp();
            state.seedImported();
        }
        executor.submit(() -> {
            awaitDeploymentSettled();
            catchUpAndSeed(freshIndex);
        });
    }

    private void syncBlog() {
        try {
            blog.seedAndIndex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Payara Micro 7.2026.11, as it finishes deploying, briefly closes the application's jar files: a class that
     * a background thread loads at that moment fails with "zip file closed" (seen for a Lucene merge, which
     * closed the index, and for a Tika parser). The background work (re-indexing, the seed, waiting uploads)
     * therefore starts only once the web module has started and that moment has passed.
     */
    private void awaitDeploymentSettled() {
        try {
            while (!lifecycle.isWebStarted()) {
                Thread.sleep(100);
            }
            Thread.sleep(settleMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void catchUpAndSeed(boolean freshIndex) {
        try {
            if (freshIndex) {
                archive.forgetIndexedRevisions();
            }
            archive.catchUpIndex();
            ingestQueue.requeueWaiting();
            List<Long> seeded = seed.importOnce();
            pressKitSeed.importOnce();
            blog.seedAndIndex();
            awaitIngested(seeded);
            searchIndex.commit();
            state.indexCaughtUp();
            state.seedImported();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Start-up did not complete", e);
            state.failed("Start-up did not complete: " + e.getMessage());
        }
    }

    /** Waits until every seed document has been extracted (or has failed), so ready means searchable. */
    private void awaitIngested(List<Long> ids) throws InterruptedException {
        Instant deadline = Instant.now().plus(SEED_INGEST_PATIENCE);
        for (Long id : ids) {
            while (extractions.ingestStatus(id).filter(s -> s == IngestStatus.PENDING || s == IngestStatus.PROCESSING).isPresent()) {
                if (Instant.now().isAfter(deadline)) {
                    LOG.warning("Seed documents are still being ingested; reporting ready anyway");
                    return;
                }
                Thread.sleep(100);
            }
        }
        // Give the near-real-time reader one refresh period to pick up the last ones.
        Thread.sleep(300);
    }
}
