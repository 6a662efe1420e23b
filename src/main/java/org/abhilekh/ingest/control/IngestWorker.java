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
import org.abhilekh.archive.boundary.Archive;
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
    Archive archive;

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

    public void process(long documentId) {
        Optional<IngestTicket> ticket = archive.beginIngest(documentId);
        if (ticket.isEmpty()) {
            return;
        }
        try {
            Extraction extraction = extractor.extract(ticket.get().original(), ticket.get().declaredLanguage());
            archive.recordExtraction(documentId, extraction.mediaType(), extraction.text(), extraction.language(),
                    extraction.truncated(), extraction.flagCodes(), extraction.messages(), extraction.fileMetadata());
        } catch (ExtractionFailedException e) {
            LOG.log(Level.INFO, "Document " + documentId + " (" + ticket.get().originalName() + ") failed: " + e.getMessage(), e);
            archive.recordFailure(documentId, e.mediaType(), e.getMessage());
        } catch (CancellationException e) {
            // The server is stopping: the document keeps its status and is read again at the next start.
            LOG.info(() -> "Reading document " + documentId + " was interrupted; it is read again at the next start");
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "Document " + documentId + " (" + ticket.get().originalName() + ") broke the extractor", e);
            archive.recordFailure(documentId, null, "The file could not be read because it made the text extractor fail ("
                    + e.getClass().getSimpleName() + "). Check that it opens on a computer, then upload it again.");
        }
    }
}
