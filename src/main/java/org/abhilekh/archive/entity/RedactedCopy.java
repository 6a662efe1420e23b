package org.abhilekh.archive.entity;

/**
 * A copy of a document's file with its withheld passages blacked out, attached by staff: what the public downloads
 * while the original, which names them, is not offered. Its bytes are in the blob store under {@code sha256}.
 */
public record RedactedCopy(String sha256, String name, String mediaType, long sizeBytes) {
}
