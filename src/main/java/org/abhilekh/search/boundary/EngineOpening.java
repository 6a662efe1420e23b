package org.abhilekh.search.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.IndexGenerations;
import org.abhilekh.search.control.LuceneIndex;
import org.abhilekh.search.control.SearchEngine;
import org.abhilekh.search.control.SearchSettings;
import org.abhilekh.search.control.opensearch.OpenSearchEngine;

/**
 * Opens the engine the settings choose: the current Lucene generation in the data folder's {@code index/} (or a new
 * one when there is none usable), or the index on the search cluster (created when missing). Either way it says
 * whether the index is new, so the caller fills it from the database.
 */
final class EngineOpening {

    private static final Logger LOG = Logger.getLogger(EngineOpening.class.getName());

    /** What was opened; {@code generations} only for the embedded index, {@code recovery} why it had to start afresh. */
    record Opened(SearchEngine engine, boolean fresh, IndexGenerations generations, String recovery) {
    }

    private EngineOpening() {
    }

    static Opened cluster(SearchSettings settings, IndexConfiguration configuration) {
        try {
            OpenSearchEngine engine = OpenSearchEngine.connect(settings.urls(), settings.user(), settings.password(),
                    settings.indexPrefix(), configuration);
            LOG.info(() -> "Search index on the cluster: " + settings + (engine.created() ? " (new)" : ""));
            return new Opened(engine, engine.created(), null, null);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The search cluster (" + settings + ") cannot be reached or refused the index: "
                    + e.getMessage() + ". Start it, or set abhilekh.search.engine=lucene.", e);
        }
    }

    static Opened lucene(Path indexFolder, IndexConfiguration configuration) {
        try {
            String[] recovery = new String[1];
            IndexGenerations generations = new IndexGenerations(indexFolder);
            Optional<Path> current = generations.current();
            if (current.isEmpty() && generations.any()) {
                recovery[0] = "the index folder had no usable current generation";
            }
            Optional<SearchEngine> whole = current.flatMap(folder -> openWhole(folder, configuration, recovery));
            boolean fresh = whole.isEmpty();
            Path folder = fresh ? generations.next() : current.get();
            SearchEngine engine = fresh ? LuceneIndex.open(folder, configuration) : whole.get();
            if (fresh) {
                generations.makeCurrent(folder);
            }
            generations.removeAllBut(folder);
            LOG.info(() -> "Search index open in " + indexFolder + (fresh ? " (new)" : ""));
            return new Opened(engine, fresh, generations, recovery[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + indexFolder, e);
        }
    }

    /**
     * Opens the generation if every file of its last commit passes its checksum and it was written in the
     * current format (entries keyed by kind and id, text fields indexed as configured); any other is left behind (and
     * removed) so the caller starts a fresh one from the truth: an index from before keyed entries, or from before a
     * change of a field's index options, is rebuilt once, at the first start.
     */
    private static Optional<SearchEngine> openWhole(Path folder, IndexConfiguration configuration, String[] recovery) {
        Optional<String> damage = LuceneIndex.damage(folder);
        if (damage.isEmpty()) {
            try {
                Optional<String> older = LuceneIndex.olderFormat(folder, configuration);
                if (older.isPresent()) {
                    recovery[0] = "the index in " + folder.getFileName() + " was written in an older format (" + older.get() + ")";
                    LOG.warning(() -> "The search index in " + folder + " is in an older format and is rebuilt from the database");
                    return Optional.empty();
                }
                return Optional.of(LuceneIndex.open(folder, configuration));
            } catch (IOException | RuntimeException e) {
                damage = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        String reason = damage.get();
        recovery[0] = "the index in " + folder.getFileName() + " was damaged (" + reason + ")";
        LOG.severe(() -> "The search index in " + folder + " is damaged and is rebuilt from the database: " + reason);
        return Optional.empty();
    }
}
