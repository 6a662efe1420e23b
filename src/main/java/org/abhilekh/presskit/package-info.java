/**
 * Press kits: a kit is an ordered list of archive documents and kit-only assets (press releases, fact
 * sheets, photos, logos, each with caption, credit and licence), downloadable as one streamed ZIP with
 * a generated README, and citable.
 *
 * <p>Owns: {@code press_kit} and {@code press_kit_item} rows, embargo and preview tokens, the download
 * counter, the ZIP and README format, citation lines, the press room, kit pages, the staff kit editor
 * and the seed kits ({@code seed-content/presskits/}).
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
 *     servlet response with a 64 KiB buffer; nothing is assembled in memory or on disk. Already
 *     compressed formats are STORED (CRC from a first read), text is deflated at the fastest level.
 *     Served by a servlet because JAX-RS lives under {@code /api} and {@code /press/kits/{slug}.zip}
 *     is the public address.</li>
 * <li>Embargo: before the time, a kit is visible to staff, and to anyone holding its preview token
 *     (32 bytes from SecureRandom, base64url, compared in constant time); to everyone else it is a
 *     404, exactly like a kit that does not exist. The stable URL and citation never carry the token.
 *     Embargo times are entered in India Standard Time.</li>
 * <li>Downloads are counted with one UPDATE per download; nothing about the reader is stored.</li>
 * <li>Changing kits needs editor or admin, checked in {@code KitEditor} on every action; staff of any
 *     role may look. A kit is public from creation unless it has an embargo: staff who want a draft
 *     set an embargo in the future. Rejected for now: a separate draft state (the embargo covers it).</li>
 * </ul>
 */
package org.abhilekh.presskit;
