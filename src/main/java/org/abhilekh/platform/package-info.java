/**
 * Platform: what every feature stands on.
 *
 * <p>Owns: the start-up sequence (migrations, index, first admin, then catch-up and the seed import in the
 * background), the data folder, the data source, configuration defaults, RFC 9457 problem responses,
 * readiness, the interface language, the business exceptions with their HTTP statuses, the client's
 * address behind trusted proxies ({@code ClientAddresses}), counters shared through the database for rate
 * limits and login throttling ({@code Tallies}, table {@code rate_tally}), and backups:
 * {@code POST/GET /api/admin/backups}, {@code /admin/backup.xhtml}, {@code bin/abhilekh-backup} and the
 * offline restore {@code bin/abhilekh-restore}.
 *
 * <p>Requirements for backups: consistent while the site runs (rows, blobs and index agree), complete
 * without a list of tables to maintain, portable between H2 and PostgreSQL, administrators only, audited;
 * a restore goes only into an empty folder and refuses a damaged, truncated, newer or hostile backup
 * with a reason, having written nothing.
 *
 * <p>Decisions:
 * <ul>
 * <li>The data source reads its URL from MicroProfile Config when first used
 *     ({@link org.abhilekh.platform.control.ConfiguredDataSource}), because Payara resolves
 *     {@code ${MPCONFIG=...}} in {@code @DataSourceDefinition} before the application's own defaults are
 *     visible. H2 or PostgreSQL follows from the URL alone.</li>
 * <li>Flyway owns the schema; JPA only maps it. Sequences start at their increment, as EclipseLink expects.</li>
 * <li>Readiness waits until the seed documents are extracted and searchable, so "ready" means usable.</li>
 * <li>Client addresses and tallies live here, the ground floor, because security (login throttling) and the
 *     blog (comment limits) both need them and neither may import the other. CIDR matching uses the
 *     IPAddress library ({@code com.github.seancfoley:ipaddress}): it handles IPv4 and IPv6 ranges alike and
 *     parses literals only, never asking DNS about a header's text. Rejected: commons-net's
 *     {@code SubnetUtils} (IPv4 only), and {@code InetAddress.getByName} on header values (it resolves
 *     host names).</li>
 * <li>A tally row is keyed by what it counts, changed with the row locked ({@code SELECT ... FOR UPDATE})
 *     in a short transaction of its own, and carries the time after which it no longer matters, which the
 *     deciding logic sets; expired rows are deleted at most once a minute. Two first changes of one key at
 *     once both insert, and the loser tries once more. Rejected: one row per event (counts need scans, and
 *     old rows pile up) and counting in memory (lost on restart, and each instance counts alone).</li>
 * <li>The interface language is a cookie, so a page's URL is the same in English and Hindi.</li>
 * <li>A backup is a logical dump, not H2's {@code BACKUP TO}: one ZIP with each table as JSON lines
 *     ({@code rows/<table>.jsonl}, one array per row in the manifest's column order), the blobs the rows
 *     name ({@code blobs/<sha256>}), the files of one index commit ({@code index/}) and
 *     {@code manifest.json} (format and schema version, columns and row counts, size and sha256 of every
 *     file). Tables come from JDBC metadata, so later migrations' tables are included without a change.</li>
 * <li>Consistency without stopping writers: one REPEATABLE READ transaction whose first statement counts
 *     every table (H2 fixes a table's snapshot when a statement first touches it), run while the index
 *     holds its commit lock just after a commit, so the rows' "indexed revision" matches the index
 *     snapshot exactly. The index keeps the commit's files through a SnapshotDeletionPolicy while they
 *     are copied. Rejected: pausing writes (uploads would wait for minutes on a large archive).</li>
 * <li>Restore is an offline command run before the first start, with the application's own classes:
 *     it checks every name, size and sha256 first, lets Flyway build the schema to the backup's version,
 *     loads all rows in one transaction (parents first, from the foreign keys), moves each
 *     {@code <table>_seq} past the highest id, migrates to the current version and unpacks blobs and
 *     index; any failure empties the folder again. Rejected: a restore marker the server loads at
 *     start-up, which would report a bad backup only in a server log, with the site half up.</li>
 * <li>Crash safety rests on the invariants, and start-up checks them: an upload is answered only after
 *     its blob and row are durable; the index is derived, each document remembers the revision a
 *     committed index holds, and start-up re-indexes what is behind; an index generation that fails its
 *     checksums is set aside and rebuilt from the database while searches answer from what is already
 *     in the new one, and readiness says so ({@code indexRebuild}) until it is complete.</li>
 * </ul>
 */
package org.abhilekh.platform;
