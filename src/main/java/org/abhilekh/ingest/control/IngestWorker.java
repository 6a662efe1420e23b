package org.abhilekh.ingest.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.archive.boundary.Extractions;
import org.abhilekh.archive.entity.IngestTicket;
import org.abhilekh.ingest.entity.Extraction;
import org.abhilekh.platform.control.BundledFolder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ingests one document: reads its original with Tika under the extraction limits and hands the text,
 * with what staff should know about it, back to the archive. Whatever goes wrong with one file is
 * recorded on that file's document and goes no further.
 */
@ApplicationScoped
public class IngestWorker {

    private static final Logger LOG = Logger.getLogger(IngestWorker.class.getName());

    @Inject
    Extractions extractions;

    @Inject
    @ConfigProperty(name = "abhilekh.index-config.dir")
    Optional<String> indexConfigDir;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.max-text-chars", defaultValue = "20000000")
    int maxTextChars;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.parse-timeout-seconds", defaultValue = "300")
    int parseTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.max-embedded-files", defaultValue = "1000")
    int maxEmbeddedFiles;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.max-embedding-depth", defaultValue = "5")
    int maxEmbeddingDepth;

    @Inject
    @ConfigProperty(name = "abhilekh.ingest.parse-threads", defaultValue = "" + TextExtractor.DEFAULT_PARSE_THREADS)
    int parseThreads;

    @Inject
    @ConfigProperty(name = "abhilekh.ocr.tesseract-path")
    Optional<String> tesseractPath;

    private TextExtractor extractor;

    @PostConstruct
    void configure() {
        ExtractionLimits limits = new ExtractionLimits(maxTextChars, Duration.ofSeconds(parseTimeoutSeconds), maxEmbeddedFiles, maxEmbeddingDepth);
        try {
            extractor = new TextExtractor(BundledFolder.resolve(indexConfigDir, "index-config", "fields.json")
                    .resolve("tika-config.xml"), limits, tesseractPath, parseThreads);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read index-config/tika-config.xml", e);
        }
        LOG.info(() -> "Extraction limits: " + limits + ", " + parseThreads + " parsing threads; OCR " + (extractor.ocrAvailable() ? "on (Tesseract)" : "not installed"));
    }

    @PreDestroy
    void close() {
        extractor.close();
    }

    /** Reads a file another feature keeps, under the limits of every extraction; see {@link TextExtractor#read}. */
    public Extraction read(Path file) throws ExtractionFailedException {
        return extractor.read(file);
    }

    /** What came of reading one document: its job finishes with this, without asking the archive again. */
    public sealed interface Outcome {
        /** The text is in the archive and the index. */
        record Read() implements Outcome {
        }

        /** The file could not be read; the reason is on the document too. */
        record Failed(String reason) implements Outcome {
        }

        /** The document was deleted before it was read. */
        record Gone() implements Outcome {
        }

        /** The server is stopping: the job stays running and is queued again at the next start. */
        record Interrupted() implements Outcome {
        }
    }

    public Outcome process(long documentId) {
        Optional<IngestTicket> ticket = extractions.beginIngest(documentId);
        if (ticket.isEmpty()) {
            return new Outcome.Gone();
        }
        try {
            Extraction extraction = extractor.extract(ticket.get().original(), ticket.get().declaredLanguage());
            boolean kept = extractions.recordExtraction(documentId, extraction.mediaType(), extraction.text(), extraction.language(),
                    extraction.truncated(), extraction.flagCodes(), extraction.messages(), extraction.fileMetadata());
            return kept ? new Outcome.Read() : new Outcome.Gone();
        } catch (ExtractionFailedException e) {
            LOG.log(Level.INFO, "Document " + documentId + " (" + ticket.get().originalName() + ") failed: " + e.getMessage(), e);
            return failed(documentId, e.mediaType(), e.getMessage());
        } catch (CancellationException e) {
            LOG.info(() -> "Reading document " + documentId + " was interrupted; it is read again at the next start");
            return new Outcome.Interrupted();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "Document " + documentId + " (" + ticket.get().originalName() + ") broke the extractor", e);
            return failed(documentId, null, "The file could not be read because it made the text extractor fail ("
                    + e.getClass().getSimpleName() + "). Check that it opens on a computer, then upload it again.");
        }
    }

    private Outcome failed(long documentId, String mediaType, String reason) {
        extractions.recordFailure(documentId, mediaType, reason);
        return new Outcome.Failed(reason);
    }
}
