package org.abhilekh.ingest.control;

import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.ZeroByteFileException;
import org.xml.sax.SAXException;

/**
 * Why a file could not be read, said so that staff can act on it: what a parse threw (Tika's, POI's, the archive
 * readers' own exceptions, often wrapped several times) turned into one sentence with the limit it ran into.
 */
final class ParseFailures {

    private final long maxCompressionRatio;
    private final int maxPackageDepth;

    ParseFailures(long maxCompressionRatio, int maxPackageDepth) {
        this.maxCompressionRatio = maxCompressionRatio;
        this.maxPackageDepth = maxPackageDepth;
    }

    ExtractionFailedException of(String mediaType, Throwable e) {
        ExtractionLimitException limit = ExtractionLimitException.in(e);
        if (limit != null) {
            return new ExtractionFailedException(mediaType, limit.getMessage(), e);
        }
        if (has(e, ZeroByteFileException.class)) {
            return new ExtractionFailedException(mediaType, "The file is empty.", e);
        }
        if (has(e, EncryptedDocumentException.class) || mentionsPassword(e)) {
            return new ExtractionFailedException(mediaType, AllowedTypes.PASSWORD_PROTECTED_REASON, e);
        }
        if (has(e, TikaMemoryLimitException.class) || messages(e).contains("TikaMemoryLimitException")) {
            return new ExtractionFailedException(mediaType, "Unpacking the file would need more memory than the limit for one"
                    + " file: it is damaged or built to exhaust memory (a compression bomb). Unpack it on a computer and upload"
                    + " the documents inside.", e);
        }
        String message = rootMessage(e);
        String all = messages(e);
        if (all.contains("Suspected zip bomb")) {
            if (all.contains("package entry nesting")) {
                return new ExtractionFailedException(mediaType, "The file has archives nested inside archives more than "
                        + maxPackageDepth + " levels deep (a zip bomb). Unpack it and upload the documents themselves.", e);
            }
            if (all.contains("XML element nesting")) {
                return new ExtractionFailedException(mediaType, "The file's structure is nested too deeply to be read (it may"
                        + " be built to crash readers). If it opens on a computer, save it again and upload that.", e);
            }
            return new ExtractionFailedException(mediaType, "The archive expands more than " + maxCompressionRatio
                    + " times its size (a zip bomb), so reading it was stopped. Unpack it on a computer and upload the"
                    + " documents inside.", e);
        }
        if (e instanceof SAXException) {
            return new ExtractionFailedException(mediaType, "The file's content is malformed and could not be read: " + message, e);
        }
        if (e instanceof TikaException) {
            return new ExtractionFailedException(mediaType, "The file is damaged or not in a format Abhilekh can read ("
                    + mediaType + "): " + message, e);
        }
        if (e instanceof IOException) {
            return new ExtractionFailedException(mediaType, "The file could not be read: " + message, e);
        }
        return new ExtractionFailedException(mediaType, "The file could not be read because it made the text extractor fail ("
                + e.getClass().getSimpleName() + "). Check that it opens on a computer, then upload it again.", e);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** POI and the 7z reader report a missing password in their own exceptions, not Tika's. */
    private static boolean mentionsPassword(Throwable failure) {
        String all = messages(failure).toLowerCase(java.util.Locale.ROOT);
        return all.contains("password") || all.contains("encrypted");
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            all.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
