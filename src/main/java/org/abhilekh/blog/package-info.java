/**
 * The public blog: posts written by editors, comments from readers, moderation, feeds and crawlers.
 *
 * <p>Owns: posts (Markdown, slug, former slugs, categories, tags, status, publish time, revisions),
 * comments and their moderation, the pages {@code /blog/...} and {@code /admin/blog/...}, the API
 * {@code /api/posts}, the Atom feeds ({@code /feed.atom}, {@code /blog/category/{code}/feed.atom}),
 * {@code /sitemap.xml} and {@code /robots.txt}, the blog's entries in the search index, and the count of comments
 * awaiting moderation among the metrics ({@code BlogMetrics}).
 *
 * <p>Requirements: drafts and scheduled posts before their time are invisible to the public everywhere
 * (pages, API, feeds, sitemap, search); a commenter's email address is stored and never shown, fed,
 * served or hashed; every comment field is length-limited and hostile text is stored as typed and
 * escaped on every way out.
 *
 * <p>Decisions:
 * <ul>
 * <li>Visibility is one rule in {@link org.abhilekh.blog.control.PostRepository} (not a draft, publish
 *     time reached), so a scheduled post appears by itself; a one-minute task brings its index entry in.</li>
 * <li>Public reads return records without an email field ({@code PublicComment}, {@code PostView});
 *     the JSON is built field by field. Rejected: serialising entities (one new field leaks).</li>
 * <li>Markdown through commonmark with raw HTML escaped and URLs sanitised: an editor's account being
 *     misused must not become script on the public site. Rejected: an HTML sanitiser library after
 *     rendering (more code to trust, and editors need no raw HTML).</li>
 * <li>Comments are plain text; addresses become {@code rel="nofollow ugc"} links when shown. Text and addresses
 *     are encoded by the OWASP Java Encoder ({@code Encode.forHtml}, {@code forHtmlAttribute}), not by our own
 *     escaper. Hand-written where no encoder fits: the JSON-LD keeps {@code "</"} and {@code "<!--"} from closing
 *     its script element (the encoder's JavaScript forms write {@code \'} and {@code \x..}, which JSON does not
 *     allow), and Markdown's own HTML is turned back into plain text by decoding its four entities (the encoder
 *     only encodes).</li>
 * <li>Moderation: blocked words make spam; more links than allowed, the organisation's name or mail
 *     domain (only staff speak for it), or no proof of an approved comment before, hold the comment.
 *     The proof is a random secret in an HttpOnly cookie of the commenting browser ({@code CommenterCookie};
 *     the comment keeps its hash): only a comment from the same browser under the same email as one a
 *     person approved is published at once. Rejected: trusting a known email address, which anyone can
 *     type (a stranger posted as the organisation with its seed reply address and was published), and
 *     whose 201/202 answer told strangers which addresses had approved comments. API comments carry no
 *     proof and always wait, with the same 202 for every address. Spam is answered like "awaiting
 *     moderation", so spammers learn nothing. Honeypot and a signed minimum-time token guard the form;
 *     the JSON API, used by programs, gets validation, rate limit and moderation but not the form-only
 *     checks.</li>
 * <li>Rate limit per client address: at most N comments in a window opened by the first, counted in the
 *     database through the platform's {@code Tallies} (shared by every instance, expired counts deleted).
 *     The address is the platform's {@code ClientAddresses}: behind a configured trusted proxy, the
 *     forwarded client address; otherwise the connection's. Rejected: counting in memory (every instance
 *     counted alone, and behind a proxy five comments by anyone blocked everyone's).</li>
 * <li>Posts enter the index only through {@code SearchIndex}, as items of kind {@code post}, so their ids never
 *     collide with archive documents'; start-up makes the index hold exactly the public posts (idempotent).</li>
 * <li>Fixed categories (an enum with translated names) and free tags, both stored as ",a,b," strings:
 *     one LIKE finds a member, and no join tables are needed for a blog of hundreds of posts.</li>
 * <li>The Atom feeds are written by ROME through the platform's {@code AtomFeed}, shared with search's feed;
 *     the sitemap stays a few StAX calls, since ROME knows no sitemaps.</li>
 * <li>Slugs are stable: a title change keeps the slug; a slug change keeps the old one as a 301.</li>
 * <li>Seed posts live in {@code seed-content/blog/} (posts.json plus Markdown files), which the
 *     archive's folder import skips; they are loaded once, recorded as {@code seed.blog.imported}.</li>
 * <li>Page beans reach the request, flash and interface text through OmniFaces ({@code Faces}, {@code Messages})
 *     and the platform's {@code PageMessages}, rather than injecting FacesContext and ExternalContext and fetching
 *     the {@code msg} bundle by hand: less plumbing per bean, and a refused action is told one way.</li>
 * </ul>
 */
package org.abhilekh.blog;
