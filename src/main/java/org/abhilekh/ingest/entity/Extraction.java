package org.abhilekh.ingest.entity;

/**
 * What Tika read from an original: the media type it detected from the bytes, the plain text,
 * the language guessed from the text, and whether the text limit cut it short.
 */
public record Extraction(String mediaType, String text, String language, boolean truncated) {
}
