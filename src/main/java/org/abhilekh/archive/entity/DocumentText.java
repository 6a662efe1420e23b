package org.abhilekh.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The text extracted from a document's original, kept apart from the document row. */
@Entity
@Table(name = "document_text")
public class DocumentText {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "body", nullable = false)
    private String body;

    protected DocumentText() {
    }

    public DocumentText(Long documentId, String body) {
        this.documentId = documentId;
        this.body = body;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getBody() {
        return body;
    }

    public void replace(String body) {
        this.body = body;
    }
}
