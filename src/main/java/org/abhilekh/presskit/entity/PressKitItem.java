package org.abhilekh.presskit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One item of a kit. An archive document is held by id only: its title, date and visibility are
 * read from the archive each time, so a document made staff-only later drops out of public kits.
 * A kit-only asset carries its own description and the sha256 of its bytes in the blob store, and what the
 * safeguarding checks found in its description and its file when it was added (JSON, null for nothing); a
 * document's findings are the archive's.
 */
@Entity
@Table(name = "press_kit_item")
public class PressKitItem {

    @Id
    @SequenceGenerator(name = "press_kit_item_seq", sequenceName = "press_kit_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "press_kit_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kit_id", nullable = false)
    private PressKit kit;

    @Column(name = "item_position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "document_id")
    private Long documentId;

    @Column(length = 1000)
    private String title;

    @Column(name = "item_date")
    private LocalDate date;

    @Column(name = "file_name", length = 300)
    private String fileName;

    @Column(length = 64)
    private String sha256;

    @Column(name = "media_type", length = 200)
    private String mediaType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 2000)
    private String caption;

    @Column(length = 500)
    private String credit;

    @Column(length = 300)
    private String licence;

    @Column(name = "safeguarding_findings", length = 20000)
    private String safeguardingFindings;

    protected PressKitItem() {
    }

    public static PressKitItem document(long documentId) {
        PressKitItem item = new PressKitItem();
        item.kind = ItemKind.DOCUMENT;
        item.documentId = documentId;
        return item;
    }

    public static PressKitItem asset(ItemKind kind, AssetDescription description, String sha256, long sizeBytes, String findingsJson) {
        if (kind == ItemKind.DOCUMENT) {
            throw new IllegalArgumentException("An asset cannot be of kind DOCUMENT");
        }
        PressKitItem item = new PressKitItem();
        item.kind = kind;
        item.title = description.title();
        item.date = description.date();
        item.fileName = description.fileName();
        item.mediaType = description.mediaType();
        item.caption = description.caption();
        item.credit = description.credit();
        item.licence = description.licence();
        item.sha256 = sha256;
        item.sizeBytes = sizeBytes;
        item.safeguardingFindings = findingsJson;
        return item;
    }

    void placeIn(PressKit kit, int position) {
        this.kit = kit;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public ItemKind getKind() {
        return kind;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getCaption() {
        return caption;
    }

    public String getCredit() {
        return credit;
    }

    public String getLicence() {
        return licence;
    }

    public String getSafeguardingFindings() {
        return safeguardingFindings;
    }
}
