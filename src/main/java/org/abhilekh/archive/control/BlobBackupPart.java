package org.abhilekh.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import org.abhilekh.platform.control.BackupPart;

/**
 * The blob store's share of a backup: the blobs the rows name (documents' originals and press kits' own files
 * alike), each checked against its name as it is copied, and put back through the blob store's own durable
 * writes. Blobs never change, so they need no holding at the backup's moment; one deleted before it is copied
 * fails the backup rather than leave a row without its file.
 */
@ApplicationScoped
public class BlobBackupPart implements BackupPart {

    @Override
    public String folder() {
        return "blobs";
    }

    @Override
    public void writeAfterRows(Output into, Path dataFolder, SortedSet<String> named) throws IOException {
        Path root = dataFolder.resolve("blobs");
        BlobStore blobs = new BlobStore(root);
        for (String sha256 : named) {
            Path blob = blobs.find(sha256)
                    .orElseThrow(() -> new IOException("The blob " + sha256 + " that the database refers to is missing from " + root));
            String copied;
            try (InputStream bytes = Files.newInputStream(blob)) {
                copied = into.add(sha256, bytes);
            }
            if (!copied.equals(sha256)) {
                throw new IOException("The blob " + sha256 + " no longer matches its sha256 (it reads as " + copied
                        + "): the blob store is damaged; restore that file from an earlier backup.");
            }
        }
    }

    @Override
    public Optional<String> restore(Input from, Path dataFolder) throws IOException {
        BlobStore blobs = new BlobStore(dataFolder.resolve("blobs"));
        for (String sha256 : from.names()) {
            BlobStore.Staged staged;
            try (InputStream bytes = from.open(sha256)) {
                staged = blobs.stage(bytes, Long.MAX_VALUE);
            }
            if (!staged.sha256().equals(sha256)) {
                blobs.discard(staged);
                throw new IOException("The blob " + sha256 + " reads as " + staged.sha256() + " from the backup.");
            }
            blobs.commit(staged);
        }
        return Optional.empty();
    }
}
