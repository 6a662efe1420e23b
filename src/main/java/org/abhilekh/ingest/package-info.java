/**
 * Ingestion: from stored original to extracted text.
 *
 * <p>Owns: the bounded extraction queue and its workers, Tika extraction as {@code index-config/tika-config.xml}
 * sets it up, language detection, and the folder import (used by the seed archive and by bulk imports).
 *
 * <p>Requirements: a broken or hostile file fails its own document with a reason a person can act on, and
 * nothing else; the type is decided from the bytes; text cut by a limit says so.
 *
 * <p>Jobs, queue and imports. Requirements: every file that comes in gets a job of its own (table
 * {@code ingest_job}: document, source, status queued/running/done/failed, a reason a person can act on,
 * attempts, times, who, and the folder import it belongs to); a caller is answered only once the original's
 * bytes, its document row and its job row are committed; a full queue refuses with 503 and Retry-After before
 * anything is stored; after a crash every queued or running job runs again, and none twice. Decisions:
 * <ul>
 * <li>The job table is the truth about what waits; the in-memory queue holds job ids only, at most
 *     {@code abhilekh.ingest.queue-capacity} of them. A place is reserved before a file is stored and filled
 *     once its job is committed, so a refusal never leaves half a file, and a stored file always has its place.
 *     Rejected: checking for room and storing afterwards (two callers could both see the last place).</li>
 * <li>The document row and the job row are two short transactions, both committed before the 202. A crash
 *     between them leaves a waiting document without a job; the first sweep after start gives it one
 *     (source {@code recovered}). Rejected: one transaction around the blob store, the archive and the job,
 *     because the archive's "the other caller stored the same bytes first" recovery needs its own transaction.</li>
 * <li>A job runs only after a conditional update moved it from queued to running, and a document has at most
 *     one open job (a unique column that holds the document id while the job is open, null afterwards: works
 *     in H2 and PostgreSQL without partial indexes). A restart turns running jobs back into queued ones.</li>
 * <li>A retry is a new job (source {@code retry}, {@code retryOf} the failed one); the failed job keeps its
 *     reason and times and points at the new one ({@code retriedBy}), so the history of a file is its chain of
 *     jobs. Only a failed job that was not retried yet can be retried (409 otherwise).</li>
 * <li>The worker is unchanged: the queue reads the document's status after extraction and copies it, with the
 *     document's reason, onto the job. The document row keeps its own status because search and pages read it.</li>
 * <li>Folder imports are batches ({@code import_batch}): files that get no job (duplicates, refusals such as a
 *     broken sidecar or an empty file) are counted there. Only folders inside the import root (default
 *     {@code import/} in the data folder) may be imported; {@code ..} is refused, the real path must stay inside
 *     the root, and links inside the folder are refused, never followed. One import reads its folder at a time
 *     (409 otherwise); its files wait for room in the queue rather than being refused. The seed archive is
 *     imported the same way, as a batch with source {@code seed}.</li>
 * <li>{@code bin/abhilekh-import} uploads a folder from a person's own computer through
 *     {@code POST /api/documents}, so it needs no access to the server's disk and goes through the same checks.</li>
 * </ul>
 *
 * <p>Decisions:
 * <ul>
 * <li>Worker threads come from the container's {@code ManagedThreadFactory}, so they can use transactions.</li>
 * <li>Language is told by script (Devanagari against Latin letters). The archive holds exactly these two
 *     languages; a statistical detector was rejected as slower and worse on short and mixed text.</li>
 * <li>Sidecars are JSON ({@code <file>.meta.json}), checked strictly: an unknown key is an error, so a typo
 *     cannot silently drop a value. A file without a sidecar is imported as staff-only.</li>
 * </ul>
 */
package org.abhilekh.ingest;
