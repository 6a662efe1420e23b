package org.abhilekh.ingest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.abhilekh.ingest.control.ExtractionFailedException;
import org.abhilekh.ingest.control.IngestWorker;
import org.abhilekh.ingest.entity.Extraction;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.BusyException;

/**
 * Reads a file now, for another feature's safeguarding checks (a press kit's own files): with the extractor every
 * original goes through, so a hostile file meets the same time, size and embedded-file limits and the same bounded
 * threads, and fails alone with a reason.
 */
@ApplicationScoped
public class FileReading {

    @Inject
    IngestWorker worker;

    /** The file's type, text and hidden metadata; a file that cannot be read, or not whole, is refused with why. */
    public Extraction read(Path file) {
        Extraction read;
        try {
            read = worker.read(file);
        } catch (ExtractionFailedException e) {
            throw new BadInputException("The file could not be read to check it for safeguarding: " + e.getMessage(), e);
        } catch (CancellationException e) {
            throw new BusyException("The server is stopping; send the file again in a minute.", IngestJobs.RETRY_AFTER_SECONDS);
        }
        if (read.truncated()) {
            throw new BadInputException("The file's text is too long to be checked whole for safeguarding. Put it in the archive as a"
                    + " document (its text is read and checked there) and add that document to the kit.");
        }
        return read;
    }
}
