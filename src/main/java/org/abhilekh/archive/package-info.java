/**
 * The archive: documents, their descriptions, and their original bytes.
 *
 * <p>Owns: {@code Document} rows and their extracted text, the content-addressed blob store, and
 * visibility on every read ({@link org.abhilekh.archive.boundary.Archive#find} answers a staff-only
 * document to a public caller exactly as it answers a missing one: 404).
 *
 * <p>Requirements: acknowledged means durable (the blob is written, forced to disk and moved into place,
 * then the row is committed, before a caller is answered); the same bytes twice are one document; the
 * database and blob store are the truth, the index is derived from them.
 *
 * <p>Decisions:
 * <ul>
 * <li>Blobs are named by SHA-256 under two levels of folders. Rejected: storing originals in the
 *     database (backups and PostgreSQL vacuum grow with every scan) and per-upload names (duplicates).</li>
 * <li>Extracted text lives in its own table, so listing or updating documents never loads megabytes.</li>
 * <li>Type-specific details (outlet, authors, audience, ...) are kept as a checked JSON description next
 *     to the core columns; the columns that search and paging need are real columns. A full relational
 *     model of each type waits until editing screens need it.</li>
 * <li>{@code revision} and {@code indexedRevision} let start-up re-index exactly what a crash left behind.</li>
 * </ul>
 */
package org.abhilekh.archive;
