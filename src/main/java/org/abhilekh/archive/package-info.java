/**
 * The archive: documents, their descriptions, and their original bytes.
 *
 * <p>Owns: {@code Document} rows and their extracted text, the content-addressed blob store, and
 * visibility on every read ({@link org.abhilekh.archive.boundary.Archive#find} answers a staff-only
 * document to a public caller exactly as it answers a missing one: 404). The blob store's share of
 * backups ({@code BlobBackupPart}: the blobs the rows name, for press kits' files too) and of readiness
 * ({@code BlobStoreReadiness}) are the archive's as well, and so is the count of documents by visibility among the
 * metrics ({@code ArchiveMetrics}).
 *
 * <p>Its doors: {@code Archive} (store, find, delete; facts for other features), {@code Descriptions} (a
 * description, visibility or outlet changed, and with it what the public may see),
 * {@code Extractions} (ingest's side: an original handed out to be read, the text kept, checked and indexed),
 * {@code Withholding} (passages withheld from the public, redacted copies, the file each caller may have) and
 * {@code DocumentsResource} over HTTP. {@code PublicReading} says what the public would read of a document and what
 * the safeguarding checks find in it, which every decision to publish rests on.
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
 *     to the core columns; the columns that search and paging need are real columns. What may be said
 *     about each type is one table, {@link org.abhilekh.archive.entity.MetadataSchema} (field, label key,
 *     kind text/date/choice/list/url/number, required, choices, length): the validator, the upload page,
 *     the edit page and {@code GET /api/metadata-schema} all read it, so they cannot disagree. Rejected: a
 *     relational table per type (six tables and migrations for fields that change with practice).</li>
 * <li>New input is checked strictly (unknown fields, fields of another type, missing required fields,
 *     wrong kinds, non-http(s) addresses, over-long values: 400 naming the field); a stored description
 *     is read back leniently ({@code MetadataReader.stored}), so tightening the schema never makes an
 *     existing document unreadable or un-indexable. Title, type and visibility have defaults (file name,
 *     policy document or photo, staff-only), so a file can go in first and be described later.</li>
 * <li>Edits replace the whole description ({@code PUT /api/documents/{id}}) and must name the revision they
 *     were based on ({@code If-Match}); the row is locked while it is checked, so of two people saving at
 *     once the second gets 409 instead of silently overwriting. The edit and its audit entries
 *     (DOCUMENT_EDIT with old and new values; DOCUMENT_VISIBILITY when that changed) are one transaction;
 *     the index is updated and refreshed before the caller is answered, so search, suggestions and
 *     "more like this" show the change at once. Any staff role edits and changes visibility (describing
 *     documents is staff work); only editors and administrators delete.</li>
 * <li>Deleting removes the row and its text; the database cascades to press-kit entries, so a kit simply
 *     has one item fewer. The original's bytes are removed unless a press kit keeps the same bytes as its
 *     own file: the archive asks through a {@link org.abhilekh.archive.entity.BlobReleasing} event rather
 *     than reading another feature's tables.</li>
 * <li>A clipping's outlet is stored in the outlet list's spelling: the archive asks an
 *     {@link org.abhilekh.archive.entity.OutletSpelling} on every store and edit, which the coverage feature's
 *     outlet list implements (an unknown outlet is added there, unreviewed); the archive does not know coverage.</li>
 * <li>Withheld passages: an editor's list of passages the public must not read, applied to every public reading
 *     (page, API, index entry, kit facts, file); see {@link org.abhilekh.archive.entity.WithheldPassages}.</li>
 * <li>A document starting or stopping being public (published, made staff-only, deleted while public) fires a
 *     {@link org.abhilekh.archive.entity.PublicationChanged} inside the transaction that changes it, so what another feature
 *     keeps about the public archive (OAI-PMH's deleted records) is committed with the change or not at all; the archive
 *     imports none of its observers. Harvesters read {@link org.abhilekh.archive.entity.PublicDescription}s: the
 *     description as the public reads it, never the text.</li>
 * <li>{@code revision} and {@code indexedRevision} let start-up re-index exactly what a crash left behind.</li>
 * <li>Where a document's reading stands (pending, processing, done, failed and why) is not the archive's: the ingest
 *     feature's jobs own it, and the archive asks an {@link org.abhilekh.archive.entity.IngestProgress}, which that
 *     feature implements, so the archive imports nothing of ingest. What the publishing rules rest on, whether the text
 *     was read and checked, is the archive's own record: the text row, kept in the transaction with the checks'
 *     findings, so a job ending a moment later cannot make the two disagree.</li>
 * <li>Page beans reach the request, flash and interface text through OmniFaces ({@code Faces}, {@code Messages})
 *     and the platform's {@code PageMessages}, rather than injecting FacesContext and ExternalContext and fetching
 *     the {@code msg} bundle by hand: less plumbing per bean, and a refused action is told one way.</li>
 * </ul>
 */
package org.abhilekh.archive;
