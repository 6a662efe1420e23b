/**
 * Security: staff accounts, login and the caller's roles, the guards at the edge (cross-site requests,
 * login lock-out, error responses, cookies) and the audit trail.
 *
 * <p>Owns: accounts in the database (roles admin, editor, staff), PBKDF2-HMAC-SHA256 password hashes at
 * 600,000 iterations, one HTTP authentication mechanism for people (login page, session) and programs
 * (HTTP Basic per call), the first administrator, the guards against cross-site requests, the login
 * throttle, the error responses, and the audit trail with its viewer ({@code /admin/audit.xhtml},
 * {@code GET /api/admin/audit}). The security headers themselves are written by the platform's
 * {@code SecurityHeadersFilter}; the policy they carry is in {@code web.xml}.
 *
 * <p>Roles, the one rule every check follows (the README says the same; {@code RoleTable} in the tests
 * holds it for every API method and staff page, and the role-matrix test asks the running server):
 * <ul>
 * <li><b>staff</b>: search everything, put documents in (they arrive staff-only: an upload asking for
 *     "public" is stored staff-only and the answer says so), describe them, follow jobs.</li>
 * <li><b>editor</b>: all that staff do, plus decide what the public sees: make documents public or
 *     staff-only (a staff account's attempt answers 403), delete, write and publish posts, moderate
 *     comments, assemble and publish press kits, manage outlets.</li>
 * <li><b>admin</b>: everything, plus accounts ({@code /admin/users.xhtml}, {@code /api/admin/users}),
 *     imports from server folders, backups, re-index, the audit trail.</li>
 * </ul>
 * An account holds one role, read afresh from the database on every request, so a change applies at
 * once. Administrators create accounts with a one-time password, shown once; an account holding one
 * may do nothing but choose its own (pages send it to the password page, the API answers 403). A
 * password change, reset or disabling raises the account's credential version, which ends every
 * session opened before (the session it was changed from goes on). The last enabled administrator
 * can be neither demoted nor disabled (409).
 *
 * <p>Requirements:
 * <ul>
 * <li>Every response carries Content-Security-Policy (scripts only from this site or with the page's
 *     nonce), X-Frame-Options DENY and frame-ancestors 'none', nosniff, a strict referrer policy and a
 *     minimal Permissions-Policy; HSTS only over HTTPS. No Server or X-Powered-By header (Payara's are
 *     turned off by {@code src/main/payara/pre-boot-commands.txt}).</li>
 * <li>Every state change is guarded against forgery: JSF forms by server-side view state (an unknown
 *     one is a 400, "load the page again"); every non-GET request whose Origin names another site is a
 *     403 before its body is read; API writes riding on a session need a same-site Origin or Referer.
 *     Logout is a POST. The language switch stays a GET: it only sets a display preference and sends
 *     the reader back to a path on this site.</li>
 * <li>Failed logins are counted per <em>pair</em> (a name tried from one client address) and per address
 *     across all names. Two failures of a pair cost nothing; each further one makes the next attempt wait
 *     (2 s, doubled each time, at most the lock); the fifth locks the pair for 15 minutes. An address is
 *     slowed after 10 failures and locked after 30, for itself only. An attempt while a key must wait is
 *     refused without a password check. The login page says "Too many failed attempts; try again in N
 *     seconds/minutes"; HTTP Basic answers 429 with Retry-After and a problem document. Locked or not,
 *     known or unknown, every name gets the same answer at the same cost.</li>
 * <li>Logins, failures (name tried and address), slow-down refusals, lock-outs, logouts, password changes
 *     and created accounts are audited, as are the other features' state changes (they call
 *     {@code AuditTrail}); failures, refusals and locks also go to the server log, never a password.</li>
 * <li>A verified name and password are remembered for five minutes ({@code VerifiedPasswords}: an HMAC under
 *     a key in memory, tied to the stored hash), so a program sending HTTP Basic with every call pays the
 *     slow hash once, not on each upload or poll. A password change ends it; failures are never remembered.</li>
 * </ul>
 *
 * <p>Decisions:
 * <ul>
 * <li>Passwords are hashed by Jakarta Security's own {@code Pbkdf2PasswordHash} (Soteria in Payara), configured
 *     with PBKDF2-HMAC-SHA256, 600,000 iterations, a 16-byte salt and a 32-byte key ({@code Passwords}). Its format,
 *     {@code Algorithm:Iterations:Salt:Hash}, names algorithm and iterations, so raising the count later still
 *     verifies old hashes, and a hash below today's strength is replaced at its next successful login. Hashes in
 *     the format we wrote before ({@code pbkdf2-sha256$...}) verify by the old code ({@code LegacyPasswordHash},
 *     kept because no library reads that format) once, and are then replaced, without ending sessions. The tests
 *     use Soteria's implementation directly, without a container. Rejected before: our own hasher (a second
 *     implementation of what the platform ships).</li>
 * <li>There is never a default password: the first administrator gets a configured password or a
 *     generated one-time password that must be changed at the first login.</li>
 * <li>Access checks are made where data is read (the archive and search features ask the platform's {@code Caller}, which reads the roles this feature's
 * identity store gives),
 *     never in templates.</li>
 * <li>An unknown user name costs as much time as a wrong password, so names cannot be probed; a refused
 *     attempt costs no hash, whether the name exists or not. The throttle never looks a name up: known and
 *     unknown names take the same reads, writes and audit entries.</li>
 * <li>The CSP nonce comes from PrimeFaces ({@code primefaces.CSP}), which also turns its components' and
 *     f:ajax's inline handlers into nonce'd listeners; our filter sends the same policy without a nonce on
 *     every other response and lets PrimeFaces' header replace it, since two policies would both apply.
 *     Inline style attributes are allowed ({@code style-src-attr 'unsafe-inline'}) because PrimeFaces
 *     writes them; style elements and scripts are not. PrimeFaces checks the nonce on every JSF post, but
 *     adds it to forms only where its script loads, so our response writer closes every form with it
 *     ({@code CspNonceRenderKitFactory}). Mojarra's f:ajax runs the scripts of each Ajax update with
 *     eval, so staff pages ({@code /admin/}, the post editor's live preview) also allow
 *     {@code 'unsafe-eval'}; public pages never do.</li>
 * <li>Error pages are written by {@code ErrorPageServlet} itself, not by JSF: after an exception the
 *     request's JSF state is spent, and a forward from an error dispatch into JSF loses Payara's
 *     authorization context. They keep the site's header, style and language.</li>
 * <li>Session cookie SameSite=Lax, not Strict: a link from an email to a staff page should arrive logged
 *     in, and every state change is a POST, which Lax does not carry across sites.</li>
 * <li>Locks are per pair, not per name: a lock on the name everywhere let anyone lock out the only
 *     administrator with five wrong passwords. A pair lock stops a guesser at their address while the
 *     owner logs in from theirs; the per-address count stops one address spraying many names, and it too
 *     never locks a name at another address. Rejected: locking the name everywhere (the denial of service
 *     above), and an address count alone (it lets a guesser rotate through thirty names per address).
 *     Known limit: someone sharing the owner's address (one office behind NAT) can still lock the owner
 *     there.</li>
 * <li>Slow down before locking: after two failures of a pair each attempt must wait longer, so a script
 *     gets a few guesses, each behind a growing wait, and a person who mistyped twice barely notices. An
 *     attempt made during the wait is refused unchecked and counted, so a client ignoring Retry-After
 *     reaches the lock within five attempts and never makes the server pay for a hash. Refusals during a
 *     slow-down are audited (at most a lock's worth per key); refusals during a lock are not, or a
 *     hammering client would fill the trail, and the lock itself was. Concurrent attempts that pass the
 *     check together are each hashed and counted: a parallel guesser gets one round past the check before
 *     the wait applies. Counting every attempt before its hash would close that, at the cost of two writes
 *     on every HTTP Basic call; rejected for now.</li>
 * <li>Counts live in the database ({@code rate_tally}, through the platform's {@code Tallies}), not in
 *     memory: a restart no longer lifts a lock, and a second instance sees the same counts. Each change
 *     locks its row, so concurrent failures are all counted. The decisions are a plain class with a clock
 *     ({@code LoginThrottle}), tested without a container. Only a successful login clears a pair's count,
 *     never an address's, so one valid account cannot wash an address clean.</li>
 * <li>The client address is the platform's {@code ClientAddresses}: {@code X-Forwarded-For} only from a
 *     configured trusted proxy ({@code abhilekh.trusted-proxies}), read from the right, taking the
 *     right-most entry that is not itself a trusted proxy. Each proxy appends the address it was reached
 *     from, so that entry was written by a proxy we trust; anything left of it is the client's own text,
 *     and a client prepending a forged address only adds to that part. Rejected: the left-most entry
 *     (anyone could claim any address, and make a new pair for every guess).</li>
 * <li>HTTP Basic calls are not audited when they succeed (one per API request would drown the trail);
 *     their failures are.</li>
 * <li>The audit viewer is a plain GET form: every filtered view is a link, and it needs no script.</li>
 * <li>Page beans reach the request, flash and interface text through OmniFaces ({@code Faces}, {@code Messages})
 *     and the platform's {@code PageMessages}, rather than injecting FacesContext and ExternalContext and fetching
 *     the {@code msg} bundle by hand: less plumbing per bean, and a refused action is told one way.</li>
 * </ul>
 */
package org.abhilekh.security;
