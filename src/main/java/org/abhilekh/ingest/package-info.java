/**
 * Ingestion: from stored original to extracted text.
 *
 * <p>Owns: the bounded extraction queue and its workers, Tika extraction as {@code index-config/tika-config.xml}
 * sets it up, the list of accepted types, the extraction limits, OCR, language detection, and the folder import
 * (used by the seed archive and by bulk imports); among the metrics ({@code IngestMetrics}), documents by where their
 * reading stands (the newest job of each), the queue's depth, jobs finished by outcome and how long a job takes.
 *
 * <p>Requirements: a broken or hostile file fails its own document with a reason a person can act on, and
 * nothing else (never an OutOfMemoryError, never a worker that hangs); the type is decided from the bytes;
 * PDF, DOC/DOCX, ODT, RTF, PPTX, XLSX, HTML, TXT, EML, EPUB and JPEG/PNG/TIFF are read, images and scanned PDF
 * pages with OCR in English and Hindi; nothing is cut silently: text cut by a limit, an image left unread
 * because OCR is missing, and Hindi typed in a legacy font each leave a flag and a sentence on the document
 * that staff see in the document page and in {@code /api/documents/{id}}.
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
 * <li>The jobs are the one record of where a document's reading stands: its latest job's status and reason are
 *     what the API ({@code ingestStatus}, {@code ingestError}) and the pages show for the document, through the
 *     archive's {@code IngestProgress}, which {@code JobProgress} implements (queued is pending, running is
 *     processing). The document keeps what reading gave (text, flags, notes, findings), not a status of its own: the
 *     two were kept in step by hand before schema 15. Rejected: the document owning the state with jobs as bare queue
 *     entries (a failed attempt's reason and times would have nowhere to stay once retried).</li>
 * <li>Folder imports are batches ({@code import_batch}): files that get no job (duplicates, refusals such as a
 *     broken sidecar or an empty file) are counted there. Only folders inside the import root (default
 *     {@code import/} in the data folder) may be imported; {@code ..} is refused, the real path must stay inside
 *     the root, and links inside the folder are refused, never followed. One import reads its folder at a time
 *     (409 otherwise); its files wait for room in the queue rather than being refused. The seed archive is
 *     imported the same way, as a batch with source {@code seed}.</li>
 * <li>A job shows whether its document is held for safeguarding review ({@code publicationHold}), read from the archive
 *     for each job listed (a page is at most 100), not copied onto the job: an editor's review lifts the hold later,
 *     and a copy would go stale.</li>
 * <li>{@code bin/abhilekh-import} uploads a folder from a person's own computer through
 *     {@code POST /api/documents}, so it needs no access to the server's disk and goes through the same checks.</li>
 * </ul>
 *
 * <p>Decisions:
 * <ul>
 * <li>Worker threads come from the container's {@code ManagedThreadFactory}, so they can use transactions.</li>
 * <li>What is accepted is one list, {@code AllowedTypes}, applied to the type detected from the bytes: where
 *     an upload enters ({@code AllowedTypes.check}, a 415) and again before every extraction. Archives (ZIP,
 *     7z, tar, gzip...) are accepted as bundles of documents: e-mails and office files are archives inside
 *     anyway, so the limits below must hold for archives whatever the list says, and a field worker's ZIP of
 *     notes is then one searchable document. Programs, SVG (scripts) and RAR (no open-source reader) are not.</li>
 * <li>Limits, and where they are set ({@code abhilekh.*} keys in MicroProfile Config, overridable by
 *     environment variables; the rest in {@code index-config/tika-config.xml}):
 *     <ul>
 *     <li>text kept per document: {@code abhilekh.ingest.max-text-chars}, 20,000,000 characters (a 5,000-page
 *         book is about 10 million); past it the text is cut and flagged {@code text-truncated} with the limit;</li>
 *     <li>time per file, OCR included: {@code abhilekh.ingest.parse-timeout-seconds}, 300 s; the parse runs on
 *         its own thread and the worker stops waiting at the limit ("took longer than N s"); the parse itself
 *         is stopped at its next output. Tika cannot stop a parser from outside: one that loops without
 *         output keeps its own thread until it ends, but never the worker;</li>
 *     <li>files inside a file: {@code abhilekh.ingest.max-embedded-files}, 1,000, and how deep they nest:
 *         {@code abhilekh.ingest.max-embedding-depth}, 5 (a quine or a zip that holds itself stops here);</li>
 *     <li>compression ratio: once a file's text passes 1,000,000 characters it may not be more than 100 times
 *         the file's size ({@code maximumCompressionRatio}, {@code outputThreshold}); archives nested at most 10
 *         deep ({@code maximumPackageEntryDepth}, a backstop behind the depth limit above); Tika's own memory
 *         limit for compressors (.Z, LZMA) holds. Tika catches what goes wrong inside an embedded file and reads
 *         on; a zip bomb, memory bomb or encrypted file found inside fails the whole document instead, so no
 *         text goes missing without a word;</li>
 *     <li>OCR: Tesseract {@code eng+hin}, 120 s per image or page ({@code timeoutSeconds}); PDF pages without a
 *         text layer are rendered at 300 dpi and read ({@code ocrStrategy auto}); where the program lives:
 *         {@code abhilekh.ocr.tesseract-path} (else the PATH).</li>
 *     </ul></li>
 * <li>Without Tesseract images and scans are still archived: they end DONE, flagged {@code ocr-unavailable}
 *     with the sentence "The text of this image could not be read (OCR is not installed)", and their
 *     description is searchable. Failing them would have lost nothing but would have hidden them from the
 *     list of finished documents for a reason that is the server's, not the file's.</li>
 * <li>An archive with encrypted entries fails as password-protected instead of being read without them,
 *     which would lose text silently.</li>
 * <li>Language is told by script (Devanagari against Latin letters). The archive holds exactly these two
 *     languages; a statistical detector was rejected as slower and worse on short and mixed text. Devanagari
 *     digits are folded to ASCII by the analyzers ({@code decimalDigit} in {@code analysis.json}), not in the
 *     stored text, so the text stays as written.</li>
 * <li>Hindi typed in a legacy font (Kruti Dev and its kin store Latin letters that the font draws as
 *     Devanagari: "Hkkjr ljdkj" for भारत सरकार) is flagged {@code legacy-font} when the document is described
 *     as Hindi but its text has almost no Devanagari, or when it is not described and its words are the
 *     commonest Hindi words in such a font. It is not converted: the mappings differ between fonts and a
 *     wrong guess would corrupt text that staff can fix at the source by saving it with a Unicode font.</li>
 * <li>Sidecars are JSON ({@code <file>.meta.json}), checked strictly: an unknown key is an error, so a typo
 *     cannot silently drop a value. A file without a sidecar is imported as staff-only.</li>
 * <li>Page beans reach the request, flash and interface text through OmniFaces ({@code Faces}, {@code Messages})
 *     and the platform's {@code PageMessages}, rather than injecting FacesContext and ExternalContext and fetching
 *     the {@code msg} bundle by hand: less plumbing per bean, and a refused action is told one way.</li>
 * </ul>
 */
package org.abhilekh.ingest;
