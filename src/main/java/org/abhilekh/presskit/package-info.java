/**
 * Press kits: a kit is an ordered list of archive documents and kit-only assets (press releases, fact
 * sheets, photos, logos, each with caption, credit and licence), downloadable as one streamed ZIP with
 * a generated README, and citable.
 *
 * <p>Owns: {@code press_kit} and {@code press_kit_item} rows, drafts and publication, embargo and preview tokens,
 * the safeguarding findings of a kit's own words and files, the download counter, the ZIP and README format,
 * citation lines, the press room with its own words ({@code press_room_text}, {@code press_room_contact}: about the
 * organisation, the note for a child in danger, the media contacts), kit pages, the staff kit editor,
 * {@code /api/presskits}, {@code /api/pressroom} and the seed kits ({@code seed-content/presskits/}).
 *
 * <p>Decisions:
 * <ul>
 * <li>Documents are held by id only and read through {@code Archive#facts(id, staff)} every time, so
 *     visibility is decided by the archive where the data is read: a staff-only document never reaches
 *     a public listing, README or ZIP, and a document made staff-only later drops out of public kits by
 *     itself. Staff see it in the kit, marked. Rejected: copying titles into the kit (they go stale and
 *     would leak).</li>
 * <li>Kit-only files go into the archive's content-addressed blob store ({@code Archive#storeBlob}),
 *     not a folder of our own: one folder to back up, the same durability (write, fsync, atomic move),
 *     and a logo used by two kits is stored once. They are not archive documents: they are not
 *     indexed and do not appear in search or coverage counts. Removing an item leaves its blob in
 *     place (another kit may hold the same bytes); collecting unreferenced blobs is not built yet.</li>
 * <li>The ZIP is written by {@link java.util.zip.ZipOutputStream} straight from blob files into the
 *     servlet response with a 256 KiB buffer; nothing is assembled in memory or on disk. Formats that are
 *     compressed already (by media type, as ingest's {@code FileFormats} tells: JPEG, PNG, PDF, DOCX, ZIP...) are
 *     STORED, the rest deflated at the fastest level. A STORED entry needs its CRC-32 before its bytes: it comes
 *     from a first read of the file, remembered for the server's run ({@code StoredChecksums}), since blobs and
 *     public copies never change once written. Rejected: deciding by the file's name, which staff choose.
 *     Served by a servlet because JAX-RS lives under {@code /api} and {@code /press/kits/{slug}.zip}
 *     is the public address.</li>
 * <li>Embargo: before the time, a kit is visible to staff, and to anyone holding its preview token
 *     (32 bytes from SecureRandom, base64url, compared in constant time); to everyone else it is a
 *     404, exactly like a kit that does not exist. The stable URL and citation never carry the token.
 *     Embargo times are entered in India Standard Time.</li>
 * <li>Downloads are counted with one UPDATE per download; nothing about the reader is stored.</li>
 * <li>Changing kits needs editor or admin, checked in {@code KitEditor}, {@code PressKitsResource} and {@code KitItemsResource} on
 *     every action; staff of any role may look.</li>
 * <li>A kit is a draft until an editor publishes it, because publishing is where an editor reviews what the
 *     safeguarding checks found, and the embargo cannot be that moment: it passes by itself, and its preview link
 *     reaches people outside the organisation, so a draft opens for staff alone. Kits made before drafts existed
 *     count as published. Rejected: drafts as far embargoes (what they hold would go out unreviewed when the date
 *     came), and publishing from creation with a check on every change (each file would be published as it was
 *     added, and the review would be asked about one file at a time).</li>
 * <li>Safeguarding: the checks read a kit's title and summary when they are saved, and a kit-only file's title,
 *     caption and credit with the file's text and hidden metadata when it is added; the findings are kept with the
 *     kit and the item and shown on the kit's staff page. Publishing with findings, or bringing new ones into a
 *     published kit, answers 409 unless an editor says they reviewed them (SAFEGUARDING_REVIEW in the trail, in the
 *     same transaction as the change, with the kit's row locked). Hidden metadata the public copy leaves out does not
 *     hold a kit back. Archive documents keep their own checks and hold, which the archive applies where it is read.</li>
 * <li>A kit-only file is read with Tika's standard parsers here, not through the ingest queue, because the editor is
 *     waiting for the answer: without OCR, and refused (400, with what to do) when it cannot be read or its text passes
 *     two million characters, since a file that cannot be checked must not go out unchecked. Only editors upload, and
 *     the upload limit applies, so no time limit of the ingest kind is kept. Rejected: queueing kit files as ingest
 *     jobs (a kit's item would wait for a worker, and kit files are not archive documents).</li>
 * <li>Page beans reach the request, flash and interface text through OmniFaces ({@code Faces}, {@code Messages})
 *     and the platform's {@code PageMessages}, rather than injecting FacesContext and ExternalContext and fetching
 *     the {@code msg} bundle by hand: less plumbing per bean, and a refused action is told one way.</li>
 * <li>The press room's words are data editors change, not interface text: they are the organisation's statement and
 *     its people, which change without a release. Each text is written in English and, optionally, Hindi; a Hindi
 *     reader gets the English text where no Hindi is written, since an empty paragraph says less than one in the other
 *     language. One row of texts carries a version that every save must name (409 otherwise), and the contacts are
 *     saved with it as one change, so two editors cannot each keep half of their edit. Contacts are structured (name,
 *     role, email, phone) so links are built from checked values, never from markup an editor typed; pages escape
 *     every text. Rejected: a Markdown paragraph (links and emphasis are not worth a sanitiser here).</li>
 * <li>Several documents at once (ticked search hits, a search's first N results, a list through the API) go into a
 *     draft kit only: publishing is where an editor reviews what goes out, and up to a hundred documents appearing in
 *     a published kit at once would skip that. The search is run as staff see it, through the search facade, so
 *     staff-only documents may go in, as with one document; the public kit leaves them out where it is read.
 *     On the page, the search is resolved when the page opens and its forms carry the ids, so what is added is
 *     what the editor saw.</li>
 * </ul>
 */
package org.abhilekh.presskit;
