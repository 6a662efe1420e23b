package org.abhilekh.search.boundary;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.abhilekh.platform.control.ApplicationMetrics;
import org.abhilekh.platform.control.DataFolder;

/**
 * Search's metrics: how long searches take ({@code abhilekh_search_seconds}, a histogram) and the size of the
 * index ({@code abhilekh_index_size_bytes}): on the embedded index every generation in the folder, as the disk sees it
 * (a few dozen files to list per scrape); on the search cluster the primary copies as the cluster reports them (one
 * small request per scrape; NaN while it does not answer).
 */
@ApplicationScoped
public class SearchMetrics implements MeterBinder {

    /** Histogram buckets around what a reader notices: a few round bounds rather than Micrometer's seventy. */
    private static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Inject
    SearchIndex searchIndex;

    @Inject
    DataFolder dataFolder;

    @Inject
    ApplicationMetrics metrics;

    @Override
    public void bindTo(MeterRegistry registry) {
        searches(registry);
        Gauge.builder("abhilekh.index.size", this::indexBytes)
                .description("Bytes the search index takes on disk (on the search cluster: its primary copies)")
                .baseUnit("bytes")
                .register(registry);
    }

    void searchTook(Duration took) {
        searches(metrics.registry()).record(took);
    }

    private static Timer searches(MeterRegistry registry) {
        return Timer.builder("abhilekh.search")
                .description("Time to answer one search, its facets and paging included")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private double indexBytes() {
        if (searchIndex.onCluster()) {
            OptionalLong bytes = searchIndex.clusterIndexBytes();
            return bytes.isPresent() ? bytes.getAsLong() : Double.NaN;
        }
        return sizeOf(dataFolder.index());
    }

    /** The bytes of every file under a folder; a file a commit or merge removes meanwhile counts as nothing. */
    static long sizeOf(Path folder) {
        AtomicLong bytes = new AtomicLong();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    bytes.addAndGet(attributes.size());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.get();
    }
}
