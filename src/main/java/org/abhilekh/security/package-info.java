/**
 * Security: staff accounts, login and the caller's roles.
 *
 * <p>Owns: accounts in the database (roles admin, editor, staff), PBKDF2-HMAC-SHA256 password hashes at
 * 600,000 iterations, one HTTP authentication mechanism for people (login page, session) and programs
 * (HTTP Basic per call), the first administrator, and the guard against cross-site requests on the API.
 *
 * <p>Decisions:
 * <ul>
 * <li>Our own hasher rather than the container's: its format names algorithm and iterations, so raising the
 *     count later still verifies old hashes, and it is tested without a container.</li>
 * <li>There is never a default password: the first administrator gets a configured password or a
 *     generated one-time password that must be changed at the first login.</li>
 * <li>Access checks are made where data is read (the archive and search features ask {@code Caller}),
 *     never in templates.</li>
 * <li>An unknown user name costs as much time as a wrong password, so names cannot be probed.</li>
 * </ul>
 */
package org.abhilekh.security;
