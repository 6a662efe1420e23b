package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The public copy of an archived file: the same visible content, without the hidden metadata that could identify
 * or locate a person (a photo's GPS position, camera owner and comments; a document's author, last editor, company
 * and review comments). Staff download the original; the public gets this copy.
 *
 * <p>Images stay pixel-identical (segments and chunks are dropped, nothing is decoded and encoded again); documents
 * keep their text and layout. Each format's remover says what it takes out and keeps:
 * {@link JpegMetadataRemover}, {@link PngMetadataRemover}, {@link TiffMetadataRemover}, {@link PdfMetadataRemover},
 * {@link OfficeMetadataRemover} (OOXML), {@link LegacyOfficeMetadataRemover} (OLE2) and
 * {@link OpenDocumentMetadataRemover}.
 *
 * <p>An unsupported type gets a result that says so and nothing is written: the caller decides whether the original
 * may go out as it is. Plain text carries nothing hidden; HTML can carry {@code <meta>} author tags and comments,
 * e-mail its headers; WebP, GIF, RTF, EPUB, audio and video are not cleaned.
 */
public final class PublicCopy {

    private static final MetadataRemover JPEG = new JpegMetadataRemover();
    private static final MetadataRemover PNG = new PngMetadataRemover();
    private static final MetadataRemover TIFF = new TiffMetadataRemover();
    private static final MetadataRemover PDF = new PdfMetadataRemover();
    private static final MetadataRemover OOXML = new OfficeMetadataRemover();
    private static final MetadataRemover OLE2 = new LegacyOfficeMetadataRemover();
    private static final MetadataRemover ODF = new OpenDocumentMetadataRemover();

    private static final Map<String, MetadataRemover> REMOVERS = Map.ofEntries(
            Map.entry("image/jpeg", JPEG),
            Map.entry("image/jpg", JPEG),
            Map.entry("image/pjpeg", JPEG),
            Map.entry("image/png", PNG),
            Map.entry("image/tiff", TIFF),
            Map.entry("application/pdf", PDF),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", OOXML),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", OOXML),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", OOXML),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", OOXML),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", OOXML),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.12", OOXML),
            Map.entry("application/msword", OLE2),
            Map.entry("application/vnd.ms-excel", OLE2),
            Map.entry("application/vnd.ms-powerpoint", OLE2),
            Map.entry("application/vnd.oasis.opendocument.text", ODF),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", ODF),
            Map.entry("application/vnd.oasis.opendocument.presentation", ODF));

    /**
     * What a copy did.
     *
     * @param supported whether the type has a remover; when not, nothing was written
     * @param removed the hidden fields taken out, named for the audit trail (for example {@code EXIF GPSLatitude},
     *        {@code PDF info Author}, {@code dc:creator}), in the order found; empty when the original had none
     * @param left hidden content the copy still carries: found but not removable, or in a part of the format that is
     *        not inspected (see each remover); a caller may want a person to look before publishing when this is not
     *        empty
     */
    public record Result(boolean supported, List<String> removed, List<String> left) {

        public Result {
            removed = List.copyOf(removed);
            left = List.copyOf(left);
        }

        static Result unsupported() {
            return new Result(false, List.of(), List.of());
        }

        /** Whether the copy differs from the original by anything that was taken out. */
        public boolean anythingRemoved() {
            return !removed.isEmpty();
        }
    }

    private PublicCopy() {
    }

    /** Whether {@code mediaType} (parameters such as {@code ; charset=} are ignored) has a remover. */
    public static boolean supports(String mediaType) {
        return remover(mediaType) != null;
    }

    /**
     * Writes the public copy of {@code original}, of type {@code mediaType}, to {@code target}. Both streams stay
     * open. Nothing is written when the type is unsupported. Formats whose libraries read files (PDF, Office) are
     * spooled to a temporary file first, not into memory.
     *
     * @throws IOException when the original cannot be read as its type (damaged, encrypted) or the copy cannot be
     *         written; what was written to {@code target} must then be thrown away
     */
    public static Result write(InputStream original, String mediaType, OutputStream target) throws IOException {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(target, "target");
        MetadataRemover remover = remover(mediaType);
        if (remover == null) {
            return Result.unsupported();
        }
        RemovalReport findings = new RemovalReport();
        try (Original source = Original.of(original)) {
            remover.copy(source, target, findings);
        }
        return findings.result();
    }

    /**
     * Writes the public copy of the file {@code original} to the file {@code target} (created or replaced). Nothing
     * is written when the type is unsupported; after a failure no target file is left behind.
     */
    public static Result write(Path original, String mediaType, Path target) throws IOException {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(target, "target");
        if (original.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())
                || Files.exists(target) && Files.isSameFile(original, target)) {
            throw new IllegalArgumentException("The public copy cannot replace its original: " + original);
        }
        MetadataRemover remover = remover(mediaType);
        if (remover == null) {
            return Result.unsupported();
        }
        RemovalReport findings = new RemovalReport();
        boolean written = false;
        try (Original source = Original.of(original); OutputStream out = Files.newOutputStream(target)) {
            remover.copy(source, out, findings);
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(target);
            }
        }
        return findings.result();
    }

    private static MetadataRemover remover(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        int parameters = mediaType.indexOf(';');
        String type = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        return REMOVERS.get(type);
    }
}
