/**
 * Platform: what every feature stands on.
 *
 * <p>Owns: the start-up sequence (migrations, index, first admin, then catch-up and the seed import in the
 * background), the data folder, the data source, configuration defaults, RFC 9457 problem responses,
 * readiness, the interface language, and the business exceptions with their HTTP statuses.
 *
 * <p>Decisions:
 * <ul>
 * <li>The data source reads its URL from MicroProfile Config when first used
 *     ({@link org.abhilekh.platform.control.ConfiguredDataSource}), because Payara resolves
 *     {@code ${MPCONFIG=...}} in {@code @DataSourceDefinition} before the application's own defaults are
 *     visible. H2 or PostgreSQL follows from the URL alone.</li>
 * <li>Flyway owns the schema; JPA only maps it. Sequences start at their increment, as EclipseLink expects.</li>
 * <li>Readiness waits until the seed documents are extracted and searchable, so "ready" means usable.</li>
 * <li>The interface language is a cookie, so a page's URL is the same in English and Hindi.</li>
 * </ul>
 */
package org.abhilekh.platform;
