package org.abhilekh.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.abhilekh.platform.control.BackupPart;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.search.control.IndexGenerations;
import org.abhilekh.search.control.LuceneIndex;

/**
 * The index's share of a backup: the files of one commit, made at the backup's moment, so the revisions the rows
 * call indexed are exactly those the copy holds. A restore makes them the first generation of the new index
 * folder when they pass their checksums; otherwise it leaves no index, and the restored server rebuilds it from
 * the rows at its first start.
 */
@ApplicationScoped
public class IndexBackupPart implements BackupPart {

    @Inject
    SearchIndex searchIndex;

    @Override
    public String folder() {
        return "index";
    }

    /**
     * With no open index, or the index on the search cluster, the backup holds none (the restore rebuilds it from
     * the database); during a rebuild it is refused.
     */
    @Override
    public void writeAtMoment(Output into, Runnable moment) throws IOException {
        if (!searchIndex.isOpen() || searchIndex.onCluster()) {
            moment.run();
            return;
        }
        if (searchIndex.reindexStatus().running()) {
            throw new ConflictException("The index is being rebuilt; make the backup when the rebuild is done.");
        }
        searchIndex.snapshot(into, moment);
    }

    @Override
    public Optional<String> restore(Input from, Path dataFolder) throws IOException {
        if (from.names().isEmpty()) {
            return Optional.of("The backup holds no index: the server builds it from the database at its first start.");
        }
        if (!from.atMoment()) {
            return Optional.of("The backup's index snapshot was not taken at the database's snapshot: the server rebuilds the index at its first start.");
        }
        Path folder = Files.createDirectories(dataFolder.resolve("index"));
        IndexGenerations generations = new IndexGenerations(folder);
        Path generation = generations.next();
        for (String name : from.names()) {
            try (InputStream bytes = from.open(name)) {
                Files.copy(bytes, generation.resolve(name));
            }
        }
        Optional<String> damage = LuceneIndex.damage(generation);
        if (damage.isPresent()) {
            delete(folder);
            return Optional.of("The backup's index snapshot does not open (" + damage.get() + "): the server rebuilds the index at its first start.");
        }
        generations.makeCurrent(generation);
        return Optional.of("Index restored from the backup's snapshot.");
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
