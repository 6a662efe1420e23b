package org.abhilekh.presskit.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A press kit: a title, a short text, an optional embargo and its ordered items. It is a draft, seen by staff
 * only, until an editor publishes it; then the public sees it once the embargo (if any) has passed. The preview
 * token lets people outside the organisation see a published, embargoed kit early; the download counter is a
 * number only, with nothing about who downloaded. {@code safeguardingFindings} is what the safeguarding checks
 * found in the title and summary as last saved (JSON, null for nothing).
 */
@Entity
@Table(name = "press_kit")
@NamedQuery(name = PressKit.ALL, query = "select k from PressKit k order by k.createdAt desc, k.id desc")
@NamedQuery(name = PressKit.BY_SLUG, query = "select k from PressKit k where k.slug = :slug")
@NamedQuery(name = PressKit.COUNT_DOWNLOAD, query = "update PressKit k set k.downloadCount = k.downloadCount + 1 where k.id = :id")
public class PressKit {

    public static final String ALL = "PressKit.all";
    public static final String BY_SLUG = "PressKit.bySlug";
    public static final String COUNT_DOWNLOAD = "PressKit.countDownload";

    @Id
    @SequenceGenerator(name = "press_kit_seq", sequenceName = "press_kit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "press_kit_seq")
    private Long id;

    @Column(nullable = false, length = 80, updatable = false)
    private String slug;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String summary;

    @Column(name = "embargo_until")
    private Instant embargoUntil;

    @Column(name = "preview_token", nullable = false, length = 64)
    private String previewToken;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "safeguarding_findings", length = 20000)
    private String safeguardingFindings;

    @Column(name = "download_count", nullable = false)
    private long downloadCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "kit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PressKitItem> items = new ArrayList<>();

    protected PressKit() {
    }

    public PressKit(String slug, String title, String summary, Instant embargoUntil, String previewToken) {
        this.slug = slug;
        this.previewToken = previewToken;
        this.createdAt = Instant.now();
        describe(title, summary, embargoUntil);
    }

    public final void describe(String title, String summary, Instant embargoUntil) {
        this.title = title;
        this.summary = summary;
        this.embargoUntil = embargoUntil;
        this.updatedAt = Instant.now();
    }

    /** Appends an item at the end of the kit. */
    public PressKitItem add(PressKitItem item) {
        item.placeIn(this, items.stream().mapToInt(PressKitItem::getPosition).max().orElse(0) + 1);
        items.add(item);
        this.updatedAt = Instant.now();
        return item;
    }

    /** Lets the public see the kit (once its embargo, if any, has passed); there is no way back to draft. */
    public void publish() {
        this.published = true;
        this.updatedAt = Instant.now();
    }

    /** Keeps what the safeguarding checks found in the title and summary (JSON, null for nothing). */
    public void safeguardingChecked(String findingsJson) {
        this.safeguardingFindings = findingsJson;
    }

    /** Sets or (with null) lifts the embargo. */
    public void embargo(Instant until) {
        this.embargoUntil = until;
        this.updatedAt = Instant.now();
    }

    /** Puts the items in the order of {@code itemIds}, which names each item of the kit once. */
    public void reorder(List<Long> itemIds) {
        Map<Long, PressKitItem> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.getId(), item));
        if (itemIds.size() != items.size() || !byId.keySet().equals(new HashSet<>(itemIds))) {
            throw new IllegalArgumentException("The new order must name each item of the kit once");
        }
        for (int i = 0; i < itemIds.size(); i++) {
            byId.get(itemIds.get(i)).placeIn(this, i + 1);
        }
        items.sort(Comparator.comparingInt(PressKitItem::getPosition));
        this.updatedAt = Instant.now();
    }

    public boolean remove(long itemId) {
        boolean removed = items.removeIf(item -> item.getId() != null && item.getId() == itemId);
        if (removed) {
            this.updatedAt = Instant.now();
        }
        return removed;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getEmbargoUntil() {
        return embargoUntil;
    }

    public boolean isPublished() {
        return published;
    }

    public String getSafeguardingFindings() {
        return safeguardingFindings;
    }

    public String getPreviewToken() {
        return previewToken;
    }

    public long getDownloadCount() {
        return downloadCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<PressKitItem> getItems() {
        return items;
    }
}
