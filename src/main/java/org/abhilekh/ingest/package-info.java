/**
 * Ingestion: from stored original to extracted text.
 *
 * <p>Owns: the bounded extraction queue and its workers, Tika extraction as {@code index-config/tika-config.xml}
 * sets it up, the list of accepted types, the extraction limits, OCR, language detection, and the folder import
 * (used by the seed archive and by bulk imports).
 *
 * <p>Requirements: a broken or hostile file fails its own document with a reason a person can act on, and
 * nothing else (never an OutOfMemoryError, never a worker that hangs); the type is decided from the bytes;
 * PDF, DOC/DOCX, ODT, RTF, PPTX, XLSX, HTML, TXT, EML, EPUB and JPEG/PNG/TIFF are read, images and scanned PDF
 * pages with OCR in English and Hindi; nothing is cut silently: text cut by a limit, an image left unread
 * because OCR is missing, and Hindi typed in a legacy font each leave a flag and a sentence on the document
 * that staff see in the document page and in {@code /api/documents/{id}}.
 *
 * <p>Decisions:
 * <ul>
 * <li>The queue holds only document ids; the document's status in the database is the truth about what
 *     waits. A full queue or a crash therefore loses nothing: waiting documents are queued again at start.</li>
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
 * </ul>
 */
package org.abhilekh.ingest;
