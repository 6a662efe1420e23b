/**
 * Coverage: which outlets reported on the organisation, when, in which language and medium.
 *
 * <p>Owns: coverage statistics (per month split by language and by medium, per outlet with count,
 * first and latest clipping), the coverage page with its chart, {@code /api/coverage} (JSON) and
 * {@code /api/coverage.csv}, and the "As covered by" counts of the press room.
 *
 * <p>Decisions:
 * <ul>
 * <li>No tables of its own: the numbers are computed on each request from the archive's clippings,
 *     read through {@code Archive#clippings(staff)}, so they are never out of step with the archive and
 *     a public caller's numbers never include a staff-only clipping. Outlets are the clippings'
 *     {@code outlet} attribute as written. A few thousand clippings aggregate in milliseconds; a
 *     materialised table waits until that is no longer true.</li>
 * <li>The chart is an inline SVG drawn on the server: no script, no network, scales to a phone, has
 *     a text alternative; the tables and the CSV carry the same numbers from the same value. Rejected:
 *     PrimeFaces' Chart.js charts (a script-only canvas with no table fallback).</li>
 * <li>CSV cells starting with {@code = + - @} are prefixed with an apostrophe against formula injection.</li>
 * </ul>
 */
package org.abhilekh.coverage;
