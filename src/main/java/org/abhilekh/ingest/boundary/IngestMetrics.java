package org.abhilekh.ingest.boundary;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.abhilekh.archive.entity.IngestStatus;
import org.abhilekh.ingest.control.JobLedger;
import org.abhilekh.ingest.entity.JobStatus;
import org.abhilekh.platform.control.ApplicationMetrics;

/**
 * Ingest's metrics: documents by where their reading stands (the newest job of each, as the archive shows it),
 * the jobs waiting in the queue, jobs finished by outcome, and how long extractions take. The four state gauges share
 * one grouped count, read at most every {@link #STATES_FRESH_FOR}, so a scrape costs two small queries at most.
 */
@ApplicationScoped
public class IngestMetrics implements MeterBinder {

    static final Duration STATES_FRESH_FOR = Duration.ofSeconds(10);
    /** Histogram buckets from a page of text to a long OCR run, up to the default extraction time limit. */
    private static final Duration[] BUCKETS = Stream.of(100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, 120_000, 300_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Inject
    JobLedger ledger;

    @Inject
    IngestQueue queue;

    @Inject
    ApplicationMetrics metrics;

    private volatile StateCounts states = new StateCounts(Instant.EPOCH, Map.of());

    private record StateCounts(Instant read, Map<IngestStatus, Long> counts) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (IngestStatus state : IngestStatus.values()) {
            Gauge.builder("abhilekh.documents.ingest", () -> statesNow().getOrDefault(state, 0L))
                    .description("Documents by where the reading of their text stands")
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder("abhilekh.ingest.queue.depth", queue::waiting)
                .description("Jobs waiting in the extraction queue for a worker")
                .register(registry);
        for (JobStatus outcome : new JobStatus[] {JobStatus.DONE, JobStatus.FAILED}) {
            jobs(registry, outcome);
        }
        extraction(registry);
    }

    /** Counts a job that came to an end. */
    void jobFinished(JobStatus outcome) {
        jobs(metrics.registry(), outcome).increment();
    }

    /** Records how long one document's job took to read it, whether it was read or failed. */
    void extractionTook(Duration took) {
        extraction(metrics.registry()).record(took);
    }

    private static Counter jobs(MeterRegistry registry, JobStatus outcome) {
        return Counter.builder("abhilekh.ingest.jobs")
                .description("Ingest jobs finished, by outcome")
                .tag("outcome", outcome.code())
                .register(registry);
    }

    private static Timer extraction(MeterRegistry registry) {
        return Timer.builder("abhilekh.ingest.extraction")
                .description("Time a job takes to read one document: extraction (OCR included), keeping the text, indexing it")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private Map<IngestStatus, Long> statesNow() {
        StateCounts known = states;
        if (known.read().plus(STATES_FRESH_FOR).isAfter(Instant.now())) {
            return known.counts();
        }
        Map<IngestStatus, Long> counts = new EnumMap<>(IngestStatus.class);
        ledger.countDocumentsByLatestStatus().forEach((status, count) -> counts.merge(stateOf(status), count, Long::sum));
        counts.merge(IngestStatus.PENDING, ledger.countDocumentsWithoutJob(), Long::sum);
        states = new StateCounts(Instant.now(), counts);
        return counts;
    }

    /** As {@code JobProgress} tells the archive: a queued job is a pending document. */
    private static IngestStatus stateOf(JobStatus status) {
        return switch (status) {
            case QUEUED -> IngestStatus.PENDING;
            case RUNNING -> IngestStatus.PROCESSING;
            case DONE -> IngestStatus.DONE;
            case FAILED -> IngestStatus.FAILED;
        };
    }
}
