package org.abhilekh.archive.entity;

/** Bytes kept in the blob store for another feature (a press kit's photo or fact sheet): their address and size. */
public record BlobRef(String sha256, long size) {
}
