package org.abhilekh.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.operations.control.StartupState;
import org.abhilekh.platform.control.ServerLifecycle;
import org.abhilekh.platform.control.Settings;
import org.abhilekh.search.boundary.SearchIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the web module has started (until then the container answers the application's paths), the
 * database answers, the blob store is writable, the index is open and the seed is in; and no stop has been
 * asked for (a stopping server drains, see {@link org.abhilekh.platform.boundary.StopSignal}).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    StartupState state;

    @Inject
    ServerLifecycle lifecycle;

    @Inject
    Settings settings;

    @Inject
    Archive archive;

    @Inject
    SearchIndex searchIndex;

    @Override
    public HealthCheckResponse call() {
        boolean database = state.isDatabaseMigrated() && databaseAnswers();
        boolean blobs = archive.isBlobStoreWritable();
        boolean index = searchIndex.isOpen();
        boolean seed = state.isSeedImported();
        boolean web = lifecycle.isWebStarted();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("abhilekh")
                .withData("web", web)
                .withData("database", database)
                .withData("blobStore", blobs)
                .withData("index", index)
                .withData("seedImported", seed)
                .withData("stopping", lifecycle.isStopping())
                .status(web && database && blobs && index && seed && state.failure() == null && !lifecycle.isStopping());
        if (state.indexRebuildStatus() != null) {
            response.withData("indexRebuild", state.indexRebuildStatus());
        }
        if (state.failure() != null) {
            response.withData("problem", state.failure());
        }
        return response.build();
    }

    private boolean databaseAnswers() {
        try {
            return settings.ping();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
