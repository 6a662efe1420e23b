package org.abhilekh.archive.control;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.abhilekh.archive.entity.Visibility;

/**
 * The archive's gauges: documents by visibility ({@code abhilekh_documents{visibility="public|staff"}}), one COUNT
 * each per scrape. The staff-only count is why the metrics are for administrators and the scraper only.
 */
@ApplicationScoped
public class ArchiveMetrics implements MeterBinder {

    @Inject
    DocumentRepository documents;

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Visibility visibility : Visibility.values()) {
            Gauge.builder("abhilekh.documents", () -> documents.countWithVisibility(visibility))
                    .description("Documents in the archive, by who may see them")
                    .tag("visibility", visibility.code())
                    .strongReference(true)
                    .register(registry);
        }
    }
}
