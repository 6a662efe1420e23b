package org.abhilekh.ingest.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.abhilekh.platform.control.UnsupportedTypeException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The one list of what the archive takes in, by the type detected from the bytes (never from the file
 * name or what the sender claims). Uploads are checked against it where they enter (a 415 for anything
 * else) and every extraction checks it again, so folder imports and older documents obey the same list.
 *
 * <p>In: PDF; Word (DOC, DOCX), Excel (XLS, XLSX), PowerPoint (PPT, PPTX); OpenDocument text, sheet and
 * presentation; RTF; HTML; plain text (also CSV and Markdown); e-mail (EML); EPUB; JPEG, PNG, TIFF, GIF,
 * WebP and BMP images; and archives and compressed files (ZIP, 7z, tar, gzip, bzip2, xz, Z, LZMA) as
 * bundles of such documents, read under the embedded-file, compression and memory limits. Out: programs and scripts, SVG (it can carry scripts), RAR (no
 * open-source reader), and whatever cannot be recognised.
 */
public final class AllowedTypes {

    private static final Set<String> DOCUMENTS = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            "text/csv",
            "text/x-web-markdown",
            "message/rfc822",
            "application/epub+zip",
            "image/jpeg",
            "image/png",
            "image/tiff",
            "image/gif",
            "image/webp",
            "image/bmp");

    private static final Set<String> ARCHIVES = Set.of(
            "application/zip",
            "application/x-7z-compressed",
            "application/x-tar",
            "application/x-gtar",
            "application/gzip",
            "application/x-gzip",
            "application/x-bzip2",
            "application/x-xz",
            "application/x-compress",
            "application/x-lzma");

    /** Types refused with a reason more helpful than "not supported". */
    private static final Map<String, String> REFUSED = Map.of(
            "application/x-rar-compressed", "RAR archives cannot be read here. Unpack it and upload the documents inside.",
            "application/vnd.rar", "RAR archives cannot be read here. Unpack it and upload the documents inside.",
            "image/svg+xml", "SVG drawings can carry scripts and are not taken into the archive. Save it as PNG and upload that.",
            "application/octet-stream", "The file's format could not be recognised from its content. Save it as PDF, an office"
                    + " document, HTML, plain text or an image, and upload it again.");

    /** Office files whose content is encrypted: Tika recognises them as such before reading anything. */
    private static final Set<String> PASSWORD_PROTECTED = Set.of("application/x-tika-ooxml-protected");

    static final String PASSWORD_PROTECTED_REASON = "The file is password-protected. Open it, save a copy without a password, and upload that.";

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private AllowedTypes() {
    }

    /** Throws a 415 problem naming the type and what to do, unless the type is on the list. */
    public static void check(String detectedMediaType) {
        refusal(detectedMediaType).ifPresent(reason -> {
            throw new UnsupportedTypeException(reason);
        });
    }

    /** Why a file of this type is not taken in; empty if it is. */
    public static Optional<String> refusal(String detectedMediaType) {
        String type = baseType(detectedMediaType);
        if (DOCUMENTS.contains(type) || ARCHIVES.contains(type)) {
            return Optional.empty();
        }
        if (PASSWORD_PROTECTED.contains(type)) {
            return Optional.of(PASSWORD_PROTECTED_REASON);
        }
        if (REFUSED.containsKey(type)) {
            return Optional.of(REFUSED.get(type));
        }
        return Optional.of("Files of type " + type + " are not taken into the archive. Accepted: PDF, Word, Excel,"
                + " PowerPoint, OpenDocument, RTF, HTML, plain text, e-mail (EML), EPUB, images (JPEG, PNG, TIFF, GIF,"
                + " WebP, BMP) and archives of these (ZIP, 7z, tar, gzip).");
    }

    /**
     * The check where an upload enters: a type that can never be read is refused at once (415). A
     * password-protected file is taken in and fails its own job instead, so staff see it listed with
     * what to do about it.
     */
    public static void checkUpload(String detectedMediaType) {
        if (!PASSWORD_PROTECTED.contains(baseType(detectedMediaType))) {
            check(detectedMediaType);
        }
    }

    public static boolean isArchive(String detectedMediaType) {
        return ARCHIVES.contains(baseType(detectedMediaType));
    }

    /** The type of a stored file, from its bytes alone. */
    public static String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detect(in);
        }
    }

    /**
     * The type from the first bytes of a stream that supports mark and reset (Tika reads a few kilobytes
     * and resets). Detection never sees the file name.
     */
    public static String detect(InputStream markable) throws IOException {
        return baseType(DETECTOR.detect(markable, new Metadata()).toString());
    }

    static String baseType(String mediaType) {
        if (mediaType == null) {
            return "application/octet-stream";
        }
        MediaType parsed = MediaType.parse(mediaType);
        return parsed == null ? "application/octet-stream" : parsed.getBaseType().toString();
    }
}
