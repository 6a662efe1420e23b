package org.abhilekh.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A feature's own files in a backup, such as the archive's blobs or the search index: the feature decides how
 * they are copied while the site runs and how they are put back, so the backup itself knows no feature's storage.
 *
 * <p>A backup reads the database's rows at one moment. A part whose files must agree with the rows holds them
 * still around that moment and copies them ({@link #writeAtMoment}); a part whose files the rows name copies
 * them once the rows are read ({@link #writeAfterRows}). The running server finds the parts through CDI. The
 * restore runs offline, before a server starts on the restored folder: there each part is made by
 * {@link java.util.ServiceLoader} (so it is listed in {@code META-INF/services}), without injection, and works
 * from its arguments alone.
 */
public interface BackupPart {

    /** The folder inside the backup that holds this part's files, such as {@code blobs} or {@code index}. */
    String folder();

    /**
     * Runs {@code moment}, where the database fixes the rows the backup holds, exactly once while this part's
     * files are held still, then writes those files: they agree with the rows. A part with nothing to hold only
     * runs the moment.
     */
    default void writeAtMoment(Output into, Runnable moment) throws IOException {
        moment.run();
    }

    /**
     * Writes the files the rows name, once the rows are read.
     *
     * @param dataFolder the data folder of the running installation
     * @param named      the content addresses (sha256) the rows hold in columns named {@code sha256} or ending in
     *                   {@code _sha256}, in order
     */
    default void writeAfterRows(Output into, Path dataFolder, SortedSet<String> named) throws IOException {
    }

    /**
     * Puts this part's files back into the data folder being restored, once the database is; every file has
     * been checked against the backup's manifest. Answers what the operator should be told, if anything.
     */
    Optional<String> restore(Input from, Path dataFolder) throws IOException;

    /** Where a part writes: each file lands in the part's folder of the backup, listed with its size and sha256. */
    interface Output {

        /** Adds one file, named without folders, and answers the sha256 of the bytes written. */
        String add(String name, InputStream bytes) throws IOException;
    }

    /** A part's files in a backup being restored. */
    interface Input {

        /** The names of the part's files, as the part added them. */
        List<String> names();

        InputStream open(String name) throws IOException;

        /** Whether the files were written at the backup's moment ({@link #writeAtMoment}), agreeing with the rows. */
        boolean atMoment();
    }
}
