package org.abhilekh.operations.boundary;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.abhilekh.operations.entity.BackupFile;

/**
 * The age of the newest backup in the backups folder, in seconds; NaN while there is none, so an alert on
 * {@code abhilekh_backup_age_seconds > 86400 or absent(...)} and one on NaN both fire for an installation never backed
 * up. A backup is only in the folder once written whole (it is moved into place), so the newest there succeeded.
 */
@ApplicationScoped
public class BackupMetrics implements MeterBinder {

    @Inject
    Backups backups;

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("abhilekh.backup.age", this::newestAgeSeconds)
                .description("Seconds since the newest backup was written; NaN when there is none")
                .baseUnit("seconds")
                .register(registry);
    }

    private double newestAgeSeconds() {
        List<BackupFile> files = backups.list();
        if (files.isEmpty()) {
            return Double.NaN;
        }
        return Duration.between(files.getFirst().created(), Instant.now()).toMillis() / 1000.0;
    }
}
