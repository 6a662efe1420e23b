/**
 * Platform: what every feature stands on. It imports no feature ({@code ArchitectureTest} checks it).
 *
 * <p>Owns: the data folder, the data source, configuration defaults, RFC 9457 problem responses, the
 * interface language, the business exceptions with their HTTP statuses, the security headers, shared helpers
 * (bundled folders, downloads, JSON bodies, the public address), the client's
 * address behind trusted proxies ({@code ClientAddresses}), counters shared through the database for rate
 * limits and login throttling ({@code Tallies}, table {@code rate_tally}), the server's life as everyone sees
 * it (the web module has started, a stop drains first: {@code ServerLifecycle}, {@code WebStarted},
 * {@code StopSignal}, {@code StoppingFilter}), who is asking and in which role ({@code Caller}, {@code Role}: every
 * feature decides what a caller may see or do, while accounts and logins are the security feature's), the upload
 * limit on every address that takes files ({@code UploadLimitFilter}) and the names uploaded files carry
 * ({@code UploadedNames}),
 * and the small interfaces through which each feature takes part
 * in what the operations feature runs for all of them: {@link org.abhilekh.platform.control.ReadinessContribution}
 * and {@link org.abhilekh.platform.control.BackupPart}, and the registry of the application's metrics
 * ({@link org.abhilekh.platform.control.ApplicationMetrics}).
 *
 * <p>Decisions:
 * <ul>
 * <li>The data source reads its URL from MicroProfile Config when first used
 *     ({@link org.abhilekh.platform.control.ConfiguredDataSource}), because Payara resolves
 *     {@code ${MPCONFIG=...}} in {@code @DataSourceDefinition} before the application's own defaults are
 *     visible. H2 or PostgreSQL follows from the URL alone. It is declared and migrated by start-up, in the
 *     operations feature, before anything uses it.</li>
 * <li>Flyway owns the schema; JPA only maps it. Sequences start at their increment, as EclipseLink expects.</li>
 * <li>Readiness and backups ask every feature through an interface found with CDI, not through events:
 *     both need an answer back from each (ready or not; files written at the backup's moment). A feature
 *     implements one in a small class of its own, so the floor names none of them.</li>
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
 * <li>Metrics are Micrometer's, in one Prometheus registry here. Each feature measures what it owns: its gauges in a
 *     {@code MeterBinder} bean (Micrometer's own small interface, found with CDI as readiness contributions are), its
 *     counters and timers where the work is done. The floor names no metric of a feature. Rejected: Payara's
 *     MicroProfile Metrics, which Payara Micro 7 deprecates and serves at a public {@code /metrics} that the
 *     application cannot guard, while the document counts include staff-only ones; and an operations collector
 *     asking every feature's facade, which would make operations the one place to change for any feature's metric.</li>
 * <li>The interface language is a cookie, so a page's URL is the same in English and Hindi.</li>
 * <li>Page beans reach the request, the flash and the interface text through OmniFaces ({@code Faces},
 *     {@code Messages}) instead of injecting FacesContext, ExternalContext and the servlet request and fetching the
 *     {@code msg} bundle by hand. What OmniFaces leaves to us is here, small: {@code PageMessages} finds a key's text
 *     in the reader's language and is the one place a refused action ({@code AbhilekhException}) becomes an error
 *     on the page. Rejected: a custom OmniFaces message resolver treating every message as a bundle key (an
 *     exception's own text would then be looked up too). Every page bean does it so: the staff pages and editors,
 *     the public pages (search, post, blog index, document, kit, press room, coverage, "Cite this"), the login page
 *     and the language preference. Where a refusal does more than say its message (back to the document page with
 *     the flash, a safeguarding hold's findings kept, a status instead of a page, words of its own) the bean keeps
 *     its catch. Three things stay by hand, each with its reason beside it: a redirect that carries no flash goes
 *     through the ExternalContext, since {@code Faces.redirect} also marks the flash for it; a comment's sender is
 *     the servlet's remote address, since {@code Faces.getRemoteAddr} believes any Forwarded header; and the
 *     language cookie and the page to come back to are read from the request, since OmniFaces URL-decodes cookie
 *     values and falls back to the forwarded-to query string.</li>
 * <li>CSV files are written by Apache Commons CSV where they are made; what it lacks, defusing cells a
 *     spreadsheet would run as formulas ({@code Downloads.defuseFormula}), is here, hand-written, so search and
 *     coverage share one rule. Rejected: hand-written quoting (what RFC 4180 says is the library's to know).</li>
 * <li>Atom feeds are written by ROME ({@code com.rometools:rome}) through one small writer here,
 *     {@link org.abhilekh.platform.control.AtomFeed}, because the blog and search both serve Atom and search may
 *     import no other feature: the floor is the one place both may use. The writer holds what ROME's model leaves
 *     to us: dropping control characters XML cannot carry, and {@code xml:lang} on an entry (ROME's Atom model has
 *     no entry language). Rejected: each feature building ROME's model itself (the same forty lines twice), and
 *     our own StAX writer (element order, required elements and dates are ROME's business).</li>
 * </ul>
 */
package org.abhilekh.platform;
