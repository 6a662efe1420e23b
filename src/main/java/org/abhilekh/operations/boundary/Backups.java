package org.abhilekh.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.abhilekh.operations.control.BackupFormat;
import org.abhilekh.operations.control.BackupWriter;
import org.abhilekh.operations.entity.BackupFile;
import org.abhilekh.operations.entity.BackupManifest;
import org.abhilekh.platform.control.BackupPart;
import org.abhilekh.platform.control.BusyException;
import org.abhilekh.platform.control.DataFolder;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;

/**
 * Backups of the running installation into {@code <data>/backups/}: one at a time, each a consistent
 * ZIP of the database rows and every feature's {@link BackupPart} (the blobs the rows name, an index
 * snapshot), written by {@link BackupWriter}. Callers check that the caller is an administrator; this
 * facade records who made each backup.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Resource(lookup = "java:app/jdbc/abhilekh")
    DataSource dataSource;

    @Inject
    DataFolder dataFolder;

    @Inject
    @Any
    Instance<BackupPart> parts;

    @Inject
    AuditTrail audit;

    private final ReentrantLock writing = new ReentrantLock();

    /** Writes a new backup and answers it; 503 while another is being written, 409 when a part refuses (a re-index). */
    public BackupFile create(String actor) {
        if (!writing.tryLock()) {
            throw new BusyException("A backup is being written right now; try again when it is done.", 30);
        }
        try {
            Path target = freeName();
            Instant started = Instant.now();
            BackupManifest manifest = new BackupWriter(dataSource, dataFolder.root(), parts.stream().toList()).write(target);
            long rows = manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum();
            BackupFile file = describe(target);
            String summary = rows + " rows in " + manifest.tables().size() + " tables, " + manifest.blobs().size() + " blobs, "
                    + manifest.index().files().size() + " index files; " + file.size() + " bytes in "
                    + java.time.Duration.between(started, Instant.now()).toMillis() + " ms";
            LOG.info(() -> "Backup " + target + ": " + summary);
            audit.record(actor, AuditAction.BACKUP, "backup " + file.name(), summary);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    /** The backups in the folder, newest first. */
    public List<BackupFile> list() {
        Path folder = folder();
        List<BackupFile> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(path -> BackupFormat.FILE_NAME.matcher(path.getFileName().toString()).matches()).toList()) {
                files.add(describe(child));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The backups folder " + folder + " cannot be read", e);
        }
        files.sort(Comparator.comparing(BackupFile::created).thenComparing(BackupFile::name).reversed());
        return files;
    }

    /** The file of a backup by its name, as the list gives it; 404 for any other name. */
    public Path file(String name) {
        if (name == null || !BackupFormat.FILE_NAME.matcher(name).matches()) {
            throw new NotFoundException("There is no backup of that name.");
        }
        Path file = folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("There is no backup of that name.");
        }
        return file;
    }

    public boolean isWriting() {
        return writing.isLocked();
    }

    private Path freeName() {
        String stamp = STAMP.format(Instant.now());
        Path candidate = folder().resolve("abhilekh-backup-" + stamp + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder().resolve("abhilekh-backup-" + stamp + "-" + n + ".zip");
        }
        return candidate;
    }

    private Path folder() {
        try {
            return Files.createDirectories(dataFolder.root().resolve("backups"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backups folder", e);
        }
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
