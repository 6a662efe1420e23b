package org.abhilekh.blog.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.blog.control.BlogSeed;
import org.abhilekh.platform.control.BundledFolder;
import org.abhilekh.platform.control.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The blog's part of start-up: import the seed posts once, then make the index hold exactly the
 * public posts, and keep it so every minute (a scheduled post becomes searchable when it is due).
 */
@ApplicationScoped
public class BlogStartup {

    static final String SEED_IMPORTED = "seed.blog.imported";
    private static final Logger LOG = Logger.getLogger(BlogStartup.class.getName());

    @Inject
    Blog blog;

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "abhilekh.seed.enabled", defaultValue = "true")
    boolean seedEnabled;

    @Inject
    @ConfigProperty(name = "abhilekh.seed.dir")
    Optional<String> seedDir;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> syncing;

    /** Called by the platform's start-up after the archive seed; answers when the index holds the posts. */
    public void seedAndIndex() throws IOException {
        if (seedEnabled && settings.get(SEED_IMPORTED).isEmpty()) {
            Path folder = BundledFolder.resolve(seedDir, "seed-content", "README.md").resolve("blog");
            if (Files.isRegularFile(folder.resolve("posts.json"))) {
                List<BlogSeed.SeedPost> posts = BlogSeed.read(folder);
                Instant now = Instant.now();
                posts.forEach(post -> blog.importSeedPost(post, now));
                LOG.info(() -> "Seed blog imported from " + folder + ": " + posts.size() + " posts");
            }
            settings.put(SEED_IMPORTED, Instant.now().toString());
        }
        int posts = blog.syncIndex();
        LOG.info(() -> "Blog index in step: " + posts + " post(s) checked");
        synchronized (this) {
            if (syncing == null) {
                syncing = scheduler.scheduleWithFixedDelay(this::sync, 1, 1, TimeUnit.MINUTES);
            }
        }
    }

    private void sync() {
        try {
            blog.syncIndex();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not bring the blog's index entries in step; retried in a minute", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (syncing != null) {
            syncing.cancel(false);
        }
    }
}
