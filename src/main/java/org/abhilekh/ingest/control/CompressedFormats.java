package org.abhilekh.ingest.control;

import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Which formats hold their bytes compressed already, so compressing them again costs time and saves nothing: JPEG,
 * PNG, GIF, WebP and other compressed images, PDF, compressed audio and video, archives (ZIP, gzip, 7z...) and every
 * format Tika knows as a kind of ZIP (DOCX, XLSX, PPTX, OpenDocument, EPUB...). Decided by media type, as Tika
 * detected it from the bytes; TIFF, BMP, old Office files, text and HTML compress well and are not on the list.
 */
public final class CompressedFormats {

    private static final MediaType ZIP = MediaType.APPLICATION_ZIP;
    private static final Set<String> COMPRESSED = Set.of(
            "image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/heic", "image/heif", "image/jp2",
            "application/pdf",
            "application/gzip", "application/x-gzip", "application/x-bzip2", "application/x-xz", "application/x-7z-compressed",
            "application/x-rar-compressed", "application/vnd.rar", "application/zstd", "application/x-compress", "application/x-lzma",
            "audio/mpeg", "audio/mp4", "audio/ogg", "audio/opus", "audio/aac", "audio/webm", "audio/x-flac", "audio/flac",
            "font/woff", "font/woff2");
    private static final MediaTypeRegistry REGISTRY = TikaConfig.getDefaultConfig().getMediaTypeRegistry();

    private CompressedFormats() {
    }

    /** True for a format whose bytes do not shrink when compressed again; false for null or an unknown type. */
    public static boolean alreadyCompressed(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        MediaType type = MediaType.parse(mediaType);
        if (type == null) {
            return false;
        }
        MediaType base = REGISTRY.normalize(type.getBaseType());
        return COMPRESSED.contains(base.toString())
                || "video".equals(base.getType())
                || base.getSubtype().endsWith("+zip")
                || REGISTRY.isInstanceOf(base, ZIP);
    }
}
