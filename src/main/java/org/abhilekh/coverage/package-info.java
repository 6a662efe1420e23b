/**
 * Coverage: which outlets reported on the organisation, when, in which language and medium.
 *
 * <p>Owns: coverage statistics (per month split by language and by medium, per outlet with count,
 * first and latest clipping), the coverage page with its chart, {@code /api/coverage} (JSON) and
 * {@code /api/coverage.csv}, and the "As covered by" counts of the press room.
 *
 * <p>Also owns the managed outlet list ({@code Outlet} with aliases, {@code GET /api/outlets},
 * {@code /admin/outlets.xhtml}): one outlet however it is typed.
 *
 * <p>Decisions:
 * <ul>
 * <li>Names match by a key (NFKC, lower case, single spaces, no invisible characters); a transliteration
 *     ("प्रभात खबर" for "Prabhat Khabar") is the same outlet only once a person declares it an alias, since
 *     guessing would merge different papers. Keys are unique over names and aliases together.</li>
 * <li>An outlet the list does not know is added when a clipping names it, marked unreviewed, rather than
 *     refused: refusing would lose or delay a clipping over a spelling, and staff review the new entries
 *     on the outlets page (rename, add aliases, merge). The seed's outlets arrive this way from the seed
 *     clippings.</li>
 * <li>Renaming or merging re-points every clipping to the surviving name and re-indexes it, so facets,
 *     suggestions and coverage agree; it is recorded as OUTLET_CHANGE. Merging moves the absorbed outlet's
 *     name and aliases onto the survivor.</li>
 * <li>Statistics map every clipping's outlet through the list as well, so clippings stored before the
 *     list existed, or under an alias declared later, are counted under the canonical outlet.</li>
 * <li>The public outlet list shows only outlets with at least one public clipping and no aliases or review
 *     state (an alias may be an internal nickname; an outlet with only staff-only clippings would reveal
 *     that they exist). Staff see everything; any staff role may manage outlets.</li>
 * <li>No tables of its own: the numbers are computed on each request from the archive's clippings,
 *     read through {@code Archive#clippings(staff)}, so they are never out of step with the archive and
 *     a public caller's numbers never include a staff-only clipping. A few thousand clippings aggregate in milliseconds; a
 *     materialised table waits until that is no longer true.</li>
 * <li>The chart is an inline SVG drawn on the server: no script, no network, scales to a phone, has
 *     a text alternative; the tables and the CSV carry the same numbers from the same value. Rejected:
 *     PrimeFaces' Chart.js charts (a script-only canvas with no table fallback).</li>
 * <li>Labels and titles in the chart are encoded by the OWASP Java Encoder ({@code Encode.forXml}, right for both
 *     SVG text and attributes), not by a hand-written escaper.</li>
 * <li>The CSV is written by Apache Commons CSV (RFC 4180 quoting and line ends are the library's). Cells starting
 *     with {@code = + - @}, a tab or a carriage return are prefixed with an apostrophe against formula injection,
 *     by the platform's {@code Downloads.defuseFormula}, shared with search's CSV: Commons CSV has no such
 *     option.</li>
 * <li>Page beans reach the request, flash and interface text through OmniFaces ({@code Faces}, {@code Messages})
 *     and the platform's {@code PageMessages}, rather than injecting FacesContext and ExternalContext and fetching
 *     the {@code msg} bundle by hand: less plumbing per bean, and a refused action is told one way.</li>
 * </ul>
 */
package org.abhilekh.coverage;
