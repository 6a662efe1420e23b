package org.abhilekh.safeguarding.control;

import java.io.IOException;
import java.io.OutputStream;

/** Writes the public copy of one format: the original's visible content, without its hidden metadata. */
interface MetadataRemover {

    /**
     * Writes the copy of {@code original} to {@code target}, which stays open, and notes in {@code findings} what
     * was taken out and what was found but left in.
     *
     * @throws IOException when the original cannot be read as this format (damaged, encrypted) or the copy cannot be
     *         written; {@code target} may then hold part of a copy and must be thrown away
     */
    void copy(Original original, OutputStream target, RemovalReport findings) throws IOException;
}
