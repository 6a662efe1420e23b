package org.abhilekh.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.abhilekh.operations.control.StartupState;
import org.abhilekh.platform.control.ReadinessContribution;
import org.abhilekh.platform.control.ServerLifecycle;
import org.abhilekh.platform.control.Settings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the web module has started (until then the container answers the application's paths), the
 * database answers, every feature's {@link ReadinessContribution} is ready (the archive's blob store is
 * writable, the index is open) and the seed is in; and no stop has been asked for (a stopping server drains,
 * see {@link org.abhilekh.platform.boundary.StopSignal}).
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
    @Any
    Instance<ReadinessContribution> contributions;

    @Override
    public HealthCheckResponse call() {
        boolean database = state.isDatabaseMigrated() && databaseAnswers();
        boolean seed = state.isSeedImported();
        boolean web = lifecycle.isWebStarted();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("abhilekh")
                .withData("web", web)
                .withData("database", database);
        boolean featuresReady = true;
        for (ReadinessContribution contribution : contributions) {
            boolean ready = contribution.isReady();
            response.withData(contribution.name(), ready);
            contribution.details().forEach(response::withData);
            featuresReady &= ready;
        }
        response.withData("seedImported", seed)
                .withData("stopping", lifecycle.isStopping())
                .status(web && database && featuresReady && seed && state.failure() == null && !lifecycle.isStopping());
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
