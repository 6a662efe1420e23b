package org.abhilekh.blog.boundary;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.abhilekh.blog.control.PostRepository;
import org.abhilekh.blog.entity.CommentStatus;

/** The blog's gauge: comments waiting for an editor's decision, one COUNT per scrape. */
@ApplicationScoped
public class BlogMetrics implements MeterBinder {

    @Inject
    PostRepository posts;

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("abhilekh.comments.awaiting.moderation", () -> posts.countWithStatus(CommentStatus.PENDING))
                .description("Readers' comments held for moderation")
                .register(registry);
    }
}
