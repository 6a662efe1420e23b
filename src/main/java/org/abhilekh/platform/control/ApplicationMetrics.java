package org.abhilekh.platform.control;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The application's own metrics, kept in one Micrometer registry and written in the Prometheus text format. Each
 * feature measures what it owns: its gauges in a {@link MeterBinder} bean, found here through CDI as readiness finds
 * its contributions, so the floor names none of them; its counters and timers recorded where the work is done, into
 * {@link #registry()}.
 */
@ApplicationScoped
public class ApplicationMetrics {

    /** The content type of {@link #scrape()}: the Prometheus text format every scraper reads. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    @Any
    Instance<MeterBinder> binders;

    private PrometheusMeterRegistry registry;

    @PostConstruct
    void bindEveryFeature() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        binders.forEach(binder -> binder.bindTo(registry));
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Every meter as Prometheus text; gauges are read now, so each asks its feature once per scrape. */
    public String scrape() {
        return registry.scrape();
    }
}
