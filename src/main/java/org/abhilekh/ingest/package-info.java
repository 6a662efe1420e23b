/**
 * Ingestion: from stored original to extracted text.
 *
 * <p>Owns: the bounded extraction queue and its workers, Tika extraction as {@code index-config/tika-config.xml}
 * sets it up, language detection, and the folder import (used by the seed archive and by bulk imports).
 *
 * <p>Requirements: a broken or hostile file fails its own document with a reason a person can act on, and
 * nothing else; the type is decided from the bytes; text cut by a limit says so.
 *
 * <p>Decisions:
 * <ul>
 * <li>The queue holds only document ids; the document's status in the database is the truth about what
 *     waits. A full queue or a crash therefore loses nothing: waiting documents are queued again at start.</li>
 * <li>Worker threads come from the container's {@code ManagedThreadFactory}, so they can use transactions.</li>
 * <li>Language is told by script (Devanagari against Latin letters). The archive holds exactly these two
 *     languages; a statistical detector was rejected as slower and worse on short and mixed text.</li>
 * <li>Sidecars are JSON ({@code <file>.meta.json}), checked strictly: an unknown key is an error, so a typo
 *     cannot silently drop a value. A file without a sidecar is imported as staff-only.</li>
 * </ul>
 */
package org.abhilekh.ingest;
