package org.abhilekh.ingest.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.abhilekh.ingest.entity.Extraction;
import org.abhilekh.ingest.entity.Extraction.Flag;
import org.abhilekh.ingest.entity.Extraction.Notice;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of an original with Apache Tika as {@code index-config/tika-config.xml} sets it up,
 * under the {@link ExtractionLimits}. The type is detected from the bytes, never from the file name, and
 * checked against {@link AllowedTypes}. Text past the limit is cut and the cut is reported, never hidden;
 * whatever else keeps the text from being searchable (no OCR, a legacy Hindi font) is reported as a
 * {@link Notice} too.
 *
 * <p>Time: each parse runs on a thread of its own, at most {@code parseThreads} at once, and the caller waits at
 * most the parse time limit.
 * A parse past its time is then stopped: its content handler throws at the next piece of output and its
 * thread is interrupted (Tika's OCR then ends its Tesseract process), and the document fails with "took
 * longer than N s"; the thread is free again. Java cannot stop a thread that ignores both, so a
 * parser stuck in a silent loop keeps its thread until the loop ends: the bound ({@code parseThreads}) keeps
 * such files from piling up busy threads, {@link #runningParses()} counts them, and once every thread is
 * held a file is refused at once with a reason instead of waiting. Rejected: Tika's fork parser (a second
 * JVM per pool slot, with the parsers' classes copied to it), which would stop such a loop but costs a
 * JVM's memory per slot on a server meant to run in 2 GB.
 *
 * <p>Memory: the text is held up to the text limit (two bytes a character); archives and compressed
 * streams are bounded by Tika's compression-ratio and nesting checks and by the embedded-file count and
 * depth limits here, and compressors by Tika's memory limit, each failing with its own reason.
 */
public final class TextExtractor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());
    private static final String UNKNOWN = "application/octet-stream";
    /** How much longer than the parse limit the caller waits for the parse to notice its deadline itself. */
    private static final long GRACE_MILLIS = 2_000;
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Two ingest workers, and two more for files that ran past their time and ignore being stopped. */
    public static final int DEFAULT_PARSE_THREADS = 4;

    private final AutoDetectParser parser;
    private final ExtractionLimits limits;
    private final boolean ocrAvailable;
    /** Turns what a parse threw into the reason staff read, with the limits the reasons name. */
    private final ParseFailures failures;
    private final ExecutorService parsing;
    /** One permit per file being read, held until its parse has really ended, stopped or not. */
    private final Semaphore reading;
    private final int parseThreads;

    /** With the default limits and another text limit; OCR as the configuration says. */
    public TextExtractor(Path tikaConfig, int maxTextChars) throws IOException {
        this(tikaConfig, ExtractionLimits.withTextLimit(maxTextChars), Optional.empty());
    }

    /** With {@link #DEFAULT_PARSE_THREADS} threads to parse on. */
    public TextExtractor(Path tikaConfig, ExtractionLimits limits, Optional<String> tesseractPath) throws IOException {
        this(tikaConfig, limits, tesseractPath, DEFAULT_PARSE_THREADS);
    }

    /**
     * @param tesseractPath the folder holding the {@code tesseract} program, or the program itself; empty:
     *                      as the configuration file says, else wherever the system's PATH finds it
     * @param parseThreads  files read at once, at most, including files that ran past their time and ignore
     *                      being stopped
     */
    public TextExtractor(Path tikaConfig, ExtractionLimits limits, Optional<String> tesseractPath, int parseThreads) throws IOException {
        TikaConfig config = TikaSettings.read(tikaConfig, tesseractPath.filter(path -> !path.isBlank()));
        this.parser = new AutoDetectParser(config);
        this.limits = limits;
        this.ocrAvailable = TikaSettings.hasTesseract(config.getParser());
        AutoDetectParserConfig detectConfig = config.getAutoDetectParserConfig();
        this.failures = new ParseFailures(detectConfig.getMaximumCompressionRatio() == null ? 100 : detectConfig.getMaximumCompressionRatio(),
                detectConfig.getMaximumPackageEntryDepth() == null ? 100 : detectConfig.getMaximumPackageEntryDepth());
        ClassLoader loader = TextExtractor.class.getClassLoader();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "abhilekh-extract-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        };
        this.parsing = Executors.newCachedThreadPool(threads);
        this.reading = new Semaphore(parseThreads);
        this.parseThreads = parseThreads;
        if (!ocrAvailable) {
            LOG.warning("Tesseract was not found" + tesseractPath.map(path -> " at " + path).orElse("")
                    + ": images and scanned PDF pages are archived without their text. Install tesseract-ocr,"
                    + " tesseract-ocr-eng and tesseract-ocr-hin to read them.");
        }
    }

    /** Whether images and scanned pages are read with OCR. */
    public boolean ocrAvailable() {
        return ocrAvailable;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    public Extraction extract(Path original) throws ExtractionFailedException {
        return extract(original, null);
    }

    /**
     * Reads one original.
     *
     * @param declaredLanguage the language a person gave the document ({@code hi}, {@code en}...), or null;
     *                         text described as Hindi without any Devanagari is flagged
     * @throws CancellationException if the calling thread is interrupted (the server is stopping); the
     *                               document is then not failed but read again later
     */
    public Extraction extract(Path original, String declaredLanguage) throws ExtractionFailedException {
        String detected = detect(original);
        Optional<String> refusal = AllowedTypes.refusal(detected);
        if (refusal.isPresent()) {
            throw new ExtractionFailedException(detected, refusal.get(), null);
        }
        return bounded(original, detected, declaredLanguage);
    }

    /**
     * Reads a file another feature keeps (a press kit's own photo, logo or release) for the safeguarding checks: under
     * the same limits as an original (time, size, embedded files, the bounded threads), whatever its type, since
     * that feature decides what it takes.
     */
    public Extraction read(Path file) throws ExtractionFailedException {
        return bounded(file, detect(file), null);
    }

    private Extraction bounded(Path original, String detected, String declaredLanguage) throws ExtractionFailedException {
        String timeoutReason = "Reading the file took longer than " + seconds(limits.parseTimeout())
                + " s, the time limit for one file, and was stopped. If it is a very long scan, split it into parts.";
        long deadline = System.nanoTime() + limits.parseTimeout().toNanos();
        BodyContentHandler body = new BodyContentHandler(limits.maxTextChars());
        DeadlineContentHandler handler = new DeadlineContentHandler(body, deadline, timeoutReason);
        // No waiting: a file either gets a thread now or is refused, never queued behind stuck ones.
        if (!reading.tryAcquire()) {
            LOG.severe(() -> "All " + parseThreads + " parsing threads are held by files that ran past their time"
                    + " and ignore being stopped; " + original.getFileName() + " was refused. Restart the server to free them.");
            throw new ExtractionFailedException(detected, "The file could not be read now: every reading thread is still held by"
                    + " a file that ran past its time limit and could not be stopped. An administrator must restart the server;"
                    + " then retry this job.", null);
        }
        Future<Parsed> parse;
        try {
            parse = parsing.submit(() -> {
                try {
                    return parse(original, body, handler);
                } finally {
                    reading.release();
                }
            });
        } catch (RejectedExecutionException e) {
            reading.release();
            throw new CancellationException("The extractor is closed");
        }
        Parsed parsed;
        try {
            parsed = parse.get(limits.parseTimeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            handler.expire();
            parse.cancel(true);
            throw new ExtractionFailedException(detected, timeoutReason, e);
        } catch (InterruptedException e) {
            handler.expire();
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while reading " + original.getFileName());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionFailedException failed) {
                throw failed;
            }
            throw new ExtractionFailedException(detected, "The file could not be read because it made the text extractor fail ("
                    + e.getCause().getClass().getSimpleName() + "). Check that it opens on a computer, then upload it again.", e.getCause());
        }
        String mediaType = parsed.mediaType() == null ? detected : parsed.mediaType();
        String text = normaliseWhitespace(parsed.text());
        boolean legacyFont = undeclared(declaredLanguage) && LanguageGuesser.looksLikeLegacyHindiFont(text);
        return new Extraction(mediaType, text, legacyFont ? LanguageGuesser.HINDI : LanguageGuesser.guess(text),
                notices(mediaType, text, parsed.truncated(), declaredLanguage, legacyFont), parsed.fileMetadata());
    }

    /** The file's own metadata as Tika names it (author, GPS position...), without Tika's notes about the parse. */
    private static Map<String, List<String>> fileMetadata(Metadata metadata) {
        Map<String, List<String>> named = new TreeMap<>();
        for (String name : metadata.names()) {
            if (!name.startsWith("X-TIKA:") && !name.startsWith("X-Parsed-By")) {
                named.put(name, List.of(metadata.getValues(name)));
            }
        }
        return named;
    }

    /** Parses running now, including those abandoned past their time that have not ended yet. */
    public int runningParses() {
        return parseThreads - reading.availablePermits();
    }

    /** What one parse produced. */
    private record Parsed(String mediaType, String text, boolean truncated, Map<String, List<String>> fileMetadata) {
    }

    /** Runs on a parsing thread; every failure is turned into a reason a person can act on. */
    private Parsed parse(Path original, BodyContentHandler body, DeadlineContentHandler handler) throws ExtractionFailedException {
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        // Embedded files (attachments, archive entries) are read with the same parser, limits and handler.
        context.set(Parser.class, parser);
        context.set(HtmlMapper.class, new PageChromeHtmlMapper());
        LimitedEmbeddedDocumentExtractor embedded = new LimitedEmbeddedDocumentExtractor(context, limits.maxEmbedded(), limits.maxDepth());
        context.set(EmbeddedDocumentExtractor.class, embedded);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(original, metadata)) {
            // Detection must rely on the bytes alone.
            metadata.remove(TikaCoreProperties.RESOURCE_NAME_KEY);
            parser.parse(in, handler, metadata, context);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw failures.of(type(metadata), e);
            }
            truncated = true;
        } catch (OutOfMemoryError e) {
            throw new ExtractionFailedException(type(metadata), "Reading the file needed more memory than the server can give"
                    + " one file, so it was stopped. It is probably damaged or built to crash readers; if it opens on a computer,"
                    + " save it again (for example as PDF) and upload that.", e);
        } catch (StackOverflowError e) {
            throw new ExtractionFailedException(type(metadata), "The file is nested too deeply to be read (it may be built to"
                    + " crash readers). If it opens on a computer, save it again (for example as PDF) and upload that.", e);
        }
        if (embedded.breach() != null) {
            throw new ExtractionFailedException(type(metadata), embedded.breach(), null);
        }
        if (embedded.swallowed() != null) {
            throw failures.of(type(metadata), new TikaException(embedded.swallowed()));
        }
        for (String skipped : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM)) {
            // An archive whose entries are encrypted is read without them: that would silently lose text.
            if (skipped.toLowerCase(java.util.Locale.ROOT).contains("encrypt")) {
                throw new ExtractionFailedException(type(metadata), "Part of the file is password-protected ("
                        + skipped.replaceAll("(?s)^.*? entry ", "").lines().findFirst().orElse("") + "). "
                        + AllowedTypes.PASSWORD_PROTECTED_REASON, null);
            }
        }
        return new Parsed(metadata.get(Metadata.CONTENT_TYPE), body.toString(), truncated, fileMetadata(metadata));
    }

    /** {@code legacyFont}: the language is not declared and the text reads like Hindi typed in a legacy font. */
    private List<Notice> notices(String mediaType, String text, boolean truncated, String declaredLanguage, boolean legacyFont) {
        List<Notice> notices = new ArrayList<>();
        if (truncated) {
            notices.add(new Notice(Flag.TEXT_TRUNCATED, String.format(java.util.Locale.ROOT,
                    "The text is longer than the limit of %,d characters: only its first %,d characters are searchable."
                            + " An administrator can raise abhilekh.ingest.max-text-chars and have the file read again.",
                    limits.maxTextChars(), limits.maxTextChars())));
        }
        boolean image = mediaType.startsWith("image/");
        boolean pdf = mediaType.startsWith("application/pdf");
        boolean noText = text.codePoints().noneMatch(Character::isLetterOrDigit);
        if (noText && image && !ocrAvailable) {
            notices.add(new Notice(Flag.OCR_UNAVAILABLE, "The text of this image could not be read (OCR is not installed)."
                    + " Its description is searchable; install Tesseract (tesseract-ocr with the eng and hin languages) and"
                    + " have it read again."));
        } else if (noText && pdf && !ocrAvailable) {
            notices.add(new Notice(Flag.OCR_UNAVAILABLE, "This PDF has no text layer and its pages could not be read (OCR is"
                    + " not installed). Its description is searchable; install Tesseract (tesseract-ocr with the eng and hin"
                    + " languages) and have it read again."));
        } else if (noText && !image) {
            notices.add(new Notice(Flag.NO_TEXT, "No text was found in this file (a scan OCR could not read, or a file of"
                    + " pictures only). Only its description is searchable."));
        }
        if (legacyFont || LanguageGuesser.HINDI.equals(declaredLanguage) && LanguageGuesser.lacksDevanagari(text)) {
            notices.add(new Notice(Flag.LEGACY_FONT, "The text is meant to be Hindi but has no Devanagari letters: it was"
                    + " probably typed in a legacy font such as Kruti Dev (its text then reads like \"Hkkjr ljdkj\"), so Hindi"
                    + " searches will not find it. Save the original again with a Unicode font (such as Mangal or Noto Sans"
                    + " Devanagari) and upload that, or correct the document's language if it is not Hindi."));
        }
        return notices;
    }

    private static boolean undeclared(String declaredLanguage) {
        return declaredLanguage == null || declaredLanguage.isBlank() || LanguageGuesser.UNDETERMINED.equals(declaredLanguage);
    }

    private String detect(Path original) throws ExtractionFailedException {
        try {
            if (Files.size(original) == 0) {
                throw new ExtractionFailedException(UNKNOWN, "The file is empty.", null);
            }
            return AllowedTypes.detect(original);
        } catch (IOException e) {
            throw new ExtractionFailedException(UNKNOWN, "The file could not be read: " + ParseFailures.rootMessage(e), e);
        }
    }

    private static String seconds(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    private static String type(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? UNKNOWN : type;
    }

    /** Collapses runs of blank lines and trailing spaces that PDF and office formats leave behind. */
    static String normaliseWhitespace(String text) {
        return text.replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Stops the parsing threads; a parse still running is interrupted. */
    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
