package org.abhilekh.archive.entity;

import java.time.Instant;

/**
 * Fired (synchronously, inside the transaction that made the change) when a document starts or stops being public:
 * made public by an editor or by the safeguarding checks, made staff-only, or deleted while public. What another
 * feature keeps about the public archive (the OAI-PMH deleted records) is written in the same transaction, so it can
 * neither miss a change nor record one that was rolled back.
 *
 * @param documentId the document
 * @param type       its type's code ({@link DocumentType#code()}) when the change was made
 * @param nowPublic  whether the public sees it from now on
 * @param at         when the change was made
 */
public record PublicationChanged(long documentId, String type, boolean nowPublic, Instant at) {
}
