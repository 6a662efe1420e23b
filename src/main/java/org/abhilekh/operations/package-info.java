/**
 * Operations: running the installation as a whole.
 *
 * <p>Owns: the start-up sequence (migrations, index, first admin; then, once the web module has started and
 * {@code abhilekh.startup.settle-millis} have passed, catch-up, waiting uploads and the seed import in the
 * background), the seed archive's one import, readiness ({@code /health/ready}), and backups:
 * {@code POST/GET /api/admin/backups}, {@code /admin/backup.xhtml}, {@code bin/abhilekh-backup}, the offline
 * restore {@code bin/abhilekh-restore} and the backup's ZIP format; the metrics address {@code GET /api/metrics} (for
 * administrators, or a scraper holding {@code abhilekh.metrics.token} as a bearer token: the counts include staff-only
 * documents) and the backup age among the metrics.
 *
 * <p>A feature of its own because it is the one place that knows every feature: start-up calls them in order,
 * and a backup holds all their data. The platform, which every feature stands on, may know none of them; here,
 * above the others, knowing them makes no cycle.
 *
 * <p>Requirements for backups: consistent while the site runs (rows, blobs and index agree), complete
 * without a list of tables to maintain, portable between H2 and PostgreSQL, administrators only, audited;
 * a restore goes only into an empty folder and refuses a damaged, truncated, newer or hostile backup
 * with a reason, having written nothing.
 *
 * <p>Decisions:
 * <ul>
 * <li>Features contribute through the platform's small interfaces, found with CDI: a
 *     {@link org.abhilekh.platform.control.ReadinessContribution} (the archive's {@code blobStore}, search's
 *     {@code index}) and a {@link org.abhilekh.platform.control.BackupPart} (the archive's blobs, search's index).
 *     Each feature decides how its files are copied, held still at the backup's moment and put back; operations
 *     never opens a Lucene directory or walks the blob store's folders. Rejected: the backup reading the index
 *     and the blob store itself, as it did while it lived in the platform.</li>
 * <li>The rows are not a part: they are the backup's spine. Their first read (a count of every table) is the
 *     moment the parts hold their files still around, they carry the schema version, and their {@code sha256}
 *     columns name the blobs. They stay where the data source is declared and migrated, on
 *     {@link org.abhilekh.operations.boundary.ApplicationStartup}. Rejected: a database part in the platform,
 *     which would put the backup format into the floor.</li>
 * <li>Start-up calls the features it orders directly ({@code Archive}, {@code SearchIndex}, {@code IngestQueue},
 *     {@code BlogStartup}, {@code PressKitSeed}, {@code AdminBootstrap}): the order is the point, and it is read
 *     in one place. Rejected for now: start-up steps as contributions with priorities, which would scatter the
 *     order over the features.</li>
 * <li>Readiness waits until the seed documents are extracted and searchable, so "ready" means usable.</li>
 * <li>A backup is a logical dump, not H2's {@code BACKUP TO}: one ZIP with each table as JSON lines
 *     ({@code rows/<table>.jsonl}, one array per row in the manifest's column order), each part's files in
 *     its folder (the blobs the rows name as {@code blobs/<sha256>}, the files of one index commit under
 *     {@code index/}) and {@code manifest.json} (format and schema version, columns and row counts, size and
 *     sha256 of every file). Tables come from JDBC metadata, so later migrations' tables are included without a
 *     change. The manifest has a named place for each part, so a new part needs a new format version; format 1
 *     is what every backup so far was written in ({@code src/test/resources/backups/} keeps one).</li>
 * <li>Consistency without stopping writers: one REPEATABLE READ transaction whose first statement counts
 *     every table (H2 fixes a table's snapshot when a statement first touches it), run while every part holds
 *     its files still, the index its commit lock just after a commit, so the rows' "indexed revision" matches
 *     the index snapshot exactly. Rejected: pausing writes (uploads would wait for minutes on a large
 *     archive).</li>
 * <li>Restore is an offline command run before the first start, with the application's own classes:
 *     it checks every name, size and sha256 first, lets Flyway build the schema to the backup's version,
 *     loads all rows in one transaction (parents first, from the foreign keys), moves each
 *     {@code <table>_seq} past the highest id, migrates to the current version and lets each part put its
 *     files back; any failure empties the folder again. Without CDI there, it finds the parts with
 *     {@link java.util.ServiceLoader}, so each part is also listed in {@code META-INF/services}
 *     ({@code ArchitectureTest} checks the list). Rejected: a restore marker the server loads at start-up,
 *     which would report a bad backup only in a server log, with the site half up.</li>
 * <li>Crash safety rests on the invariants, and start-up checks them: an upload is answered only after
 *     its blob and row are durable; the index is derived, each document remembers the revision a
 *     committed index holds, and start-up re-indexes what is behind; an index generation that fails its
 *     checksums is set aside and rebuilt from the database while searches answer from what is already
 *     in the new one, and readiness says so ({@code indexRebuild}) until it is complete.</li>
 * <li>Page beans reach the request, flash and interface text through OmniFaces ({@code Faces}, {@code Messages})
 *     and the platform's {@code PageMessages}, rather than injecting FacesContext and ExternalContext and fetching
 *     the {@code msg} bundle by hand: less plumbing per bean, and a refused action is told one way.</li>
 * </ul>
 */
package org.abhilekh.operations;
