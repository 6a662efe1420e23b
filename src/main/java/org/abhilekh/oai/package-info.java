/**
 * Harvesting: the public archive over OAI-PMH 2.0 at {@code /oai}, so libraries and research aggregators can copy
 * its catalogue.
 *
 * <p>Owns: the protocol endpoint ({@link org.abhilekh.oai.boundary.OaiServlet}), the mapping of a public description
 * to simple Dublin Core ({@link org.abhilekh.oai.control.DublinCore}), the record sequence harvesters page through
 * ({@link org.abhilekh.oai.control.HarvestItems}) and the tombstones of documents that stopped being public
 * ({@link org.abhilekh.oai.entity.Tombstone}, table {@code oai_tombstone}). It reads the archive only through
 * {@code Archive} and the archive's {@code PublicationChanged} event; the archive knows nothing of it.
 *
 * <p>Requirements: only what the public may read leaves through here — public documents that nothing holds back,
 * their descriptions with the withheld passages blacked out, never their text; staff-only documents are as absent
 * as ones that never existed (GetRecord answers idDoesNotExist, and no list, count or set says otherwise). A document
 * that was public and no longer is (deleted, or made staff-only) stays a deleted record ({@code deletedRecord}
 * persistent), and is a live record again if it is made public again. Resumption tokens page through a selection
 * once.
 *
 * <p>Decisions:
 * <ul>
 * <li>The protocol is XOAI's ({@code io.gdcc:xoai-data-provider}, the maintained fork Dataverse uses): verbs,
 *     argument checks, error codes, date granularity and resumption tokens. Written here: only the items, the sets and
 *     the Dublin Core. Rejected: a hand-written OAI-PMH layer (the error cases are many and easy to get subtly wrong).
 *     XOAI's conformance kit ({@code xoai-data-provider-tck}) is not published to Maven Central, so the protocol is
 *     checked by this feature's unit tests and {@code ArchiveIT}.</li>
 * <li>One sequence of records, live and deleted together, ordered by document id; a token's offset is a position in
 *     it. A document withdrawn during a harvest keeps its place (its tombstone has the same id), and new documents
 *     come at the end, so a harvest neither skips nor repeats a record for those changes. A document made public
 *     during a harvest, or one changed past a harvester's {@code until}, can move the positions after it by one;
 *     the next incremental harvest ({@code from}) sets that right. Rejected: keyset tokens (the protocol's
 *     {@code cursor} and XOAI's tokens are offsets) and keeping history to answer "as of" the first page.</li>
 * <li>A record's datestamp is the document's last change ({@code updatedAt}: description, visibility, withheld
 *     passages) or, for a deleted record, when it was withdrawn; second granularity, UTC.</li>
 * <li>Tombstones are written by an observer of the archive's {@code PublicationChanged}, fired inside the transaction
 *     that deletes a document or changes its visibility: both are committed or neither. Rejected: the archive calling
 *     this feature (a cycle), and reading the audit trail afterwards (a second source of truth).</li>
 * <li>Sets are the document types, {@code type:press-clipping} and so on, under the parent {@code type}; they are
 *     listed whatever the archive holds, so ListSets reveals nothing.</li>
 * <li>Identifiers are {@code oai:<repository id>:document/<id>}, the repository id being
 *     {@code abhilekh.oai.repository-id} or else the host of the public address. The page size is
 *     {@code abhilekh.oai.page-size} (100); the administrator's address in Identify is {@code abhilekh.oai.admin-email}.</li>
 * </ul>
 */
package org.abhilekh.oai;
