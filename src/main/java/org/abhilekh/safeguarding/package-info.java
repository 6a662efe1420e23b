/**
 * Safeguarding: finding what the archive must never publish, and giving the public files without what they hide.
 *
 * <p>Used by: archive (a document's text, description and file metadata when it is read and described; the hold
 * on publication), blog (posts on publishing, comments on arrival and approval) and press kits (their words and
 * own files on publishing, the files in a ZIP). {@link org.abhilekh.safeguarding.boundary.Safeguarding} is the checks' front door,
 * {@link org.abhilekh.safeguarding.boundary.PublicCopies} the public's files, and
 * {@link org.abhilekh.safeguarding.control.SafeguardingHoldException} the 409 that carries findings to the caller.
 * This feature imports no other feature.
 *
 * <p>Owns: the detectors behind {@link org.abhilekh.safeguarding.control.SafeguardingScanner}, which report
 * {@link org.abhilekh.safeguarding.entity.Finding}s of seven kinds: a child's identity (a name with an age
 * under 18, a child word, a school class or a parent's name), phone numbers, Aadhaar numbers, private e-mail
 * addresses and exact addresses in English and Hindi text; and a GPS position or a person in a file's metadata
 * as Tika reports it. Their word lists live in {@code index-config/safeguarding/} (see
 * {@code index-config/README.md}). The scanner only reports; what to hold back, and how, is for its callers.
 *
 * <p>Requirements: the archive works with child victims of labour and trafficking, so a child's identity, a
 * family's phone or Aadhaar number or address, or a photo's position must be caught before publication, in
 * either language, without flooding staff with officials' names, helplines, dates, case numbers and amounts.
 * Measured by {@code SafeguardingQualityTest} on hand-written passages ({@code src/test/resources/safeguarding/}):
 * recall at least 0.95, no false alarm.
 *
 * <p>Decisions:
 * <ul>
 * <li>Phone numbers: Google's libphonenumber ({@code findNumbers} for India, leniency VALID). It knows India's
 *     numbering plan (mobile series, STD codes, lengths) and every usual spelling, reads Devanagari digits,
 *     and leaves dates, case numbers, years, amounts and 12-digit numbers alone; a regular expression would
 *     have to re-learn all of it. Hand-written only where it does not look: an amount's currency sign before a
 *     number, and a number glued into a file name. Toll-free, premium and shared-cost lines are organisations'.</li>
 * <li>Aadhaar: a pattern for 12 digits and Apache Commons Validator's {@code VerhoeffCheckDigit}; e-mail: a
 *     pattern to cut candidates from prose, confirmed by Commons Validator's {@code EmailValidator} (it knows
 *     the top-level domains). Only its {@code routines} are used, so its XML framework's dependencies
 *     (BeanUtils, Digester, Collections 3) are excluded.</li>
 * <li>Child identity and addresses are hand-written rules over words, because no library reads Indian
 *     reporting in Hindi and English together, and the model-based recognisers there are (OpenNLP, Stanford
 *     NER) know neither Devanagari names nor "D/o" and "वर्षीय", and would add hundreds of megabytes. Names
 *     are open-ended, so no list of names decides: an English name is a run of capitalised words, a Hindi
 *     name a word that is not a common one, and either counts only with context — an age, a child word, a
 *     class, a kinship marker. In Hindi, without capitals, a name after a child word also needs a surname or
 *     a postposition after it, and after words that also begin compounds ("बच्चा चोरी", "किशोर न्याय") a
 *     surname or an age. Words are compared ignoring case, nukta and chandrabindu.</li>
 * <li>Word lists are data, so staff can add a surname, a place or a helpline without a release: child and
 *     age words, kinship and adult markers, surnames, words that are never names, address words, known
 *     contacts and office mailboxes, and the metadata fields to check.</li>
 * <li>Policy: an adult's age (18 and over), a title or post before a name ("SP", "Smt.", "आरोपी") and a
 *     name the reporter marks as changed ("Rani (name changed)", "बदला हुआ नाम") are not a child's
 *     identity. A house number with a locality, or a village written as a postal address (post office and
 *     police station), is an exact address; a village or district alone is not.</li>
 * <li>Metadata: field names as Tika 3 reports them (checked on real JPEG, PNG, DOCX, DOC, ODT and PDF files).
 *     PNG text chunks come as {@code keyword=..., value=...} strings and an XMP packet's GPS is not reported
 *     by Tika as a field, so both are read here. One location finding per file; one person finding per
 *     distinct value, software names and placeholders ("Microsoft Office User") left out.</li>
 * <li>Public copies ({@link org.abhilekh.safeguarding.control.PublicCopy}): removal without re-encoding, by
 *     maintained libraries (Commons Imaging for JPEG and TIFF, PDFBox, POI, the JDK's XML streaming API), so
 *     images stay pixel-identical; what changes appearance stays (colour profiles, orientation, page content,
 *     links, form fields), what names or places a person goes. A PDF is written whole, never incrementally, so
 *     earlier revisions do not survive. What cannot be removed (Excel comments, tracked changes, a legacy Word
 *     body) is reported in {@code Result.left}, never passed over in silence. Hand-written only where no library
 *     fits: the PNG chunk filter, JPEG segments after the first scan (Commons Imaging hands them over as one
 *     block), and OpenDocument's ZIP (no ODF library is on the class path). Rejected: re-encoding images (lossy,
 *     and ICC profiles and thumbnails can still carry data), and blanking fields in place (old revisions and
 *     freed sectors keep them).</li>
 * <li>Copies are made when first asked for and kept under the content's sha256 and a version, so a better way of
 *     cleaning makes them again; they are derived data, left out of backups. A supported file whose copy cannot
 *     be made is not given to the public at all (404 with a reason), rather than given with what it hides.</li>
 * </ul>
 */
package org.abhilekh.safeguarding;
