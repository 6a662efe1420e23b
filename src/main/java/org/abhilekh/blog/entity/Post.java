package org.abhilekh.blog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A blog post as editors write it: Markdown body, one current slug, categories and tags as lists. */
@Entity
@Table(name = "blog_post")
public class Post {

    @Id
    @SequenceGenerator(name = "blog_post_seq", sequenceName = "blog_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blog_post_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String excerpt;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "cover_image_url", length = 1000)
    private String coverImageUrl;

    @Column(name = "cover_image_alt", length = 300)
    private String coverImageAlt;

    @Column(nullable = false, length = 500)
    private String categories = ",";

    @Column(nullable = false, length = 1000)
    private String tags = ",";

    @Column(nullable = false, length = 200)
    private String author;

    @Column(nullable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(nullable = false)
    private long revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Public means published (or scheduled) with a publish time that has come. */
    public boolean isPublicAt(Instant now) {
        return status != PostStatus.DRAFT && publishAt != null && !publishAt.isAfter(now);
    }

    static String joinList(List<String> values) {
        StringBuilder joined = new StringBuilder(",");
        values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct()
                .forEach(v -> joined.append(v.replace(",", " ")).append(','));
        return joined.toString();
    }

    static List<String> splitList(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split(",")).filter(v -> !v.isBlank()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public void setBodyMarkdown(String bodyMarkdown) {
        this.bodyMarkdown = bodyMarkdown;
    }

    public String getCoverImageUrl() {
        return coverImageUrl;
    }

    public void setCoverImageUrl(String coverImageUrl) {
        this.coverImageUrl = coverImageUrl;
    }

    public String getCoverImageAlt() {
        return coverImageAlt;
    }

    public void setCoverImageAlt(String coverImageAlt) {
        this.coverImageAlt = coverImageAlt;
    }

    public List<String> getCategories() {
        return splitList(categories);
    }

    public void setCategories(List<String> categories) {
        this.categories = joinList(categories);
    }

    public List<String> getTags() {
        return splitList(tags);
    }

    public void setTags(List<String> tags) {
        this.tags = joinList(tags);
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public PostStatus getStatus() {
        return status;
    }

    public void setStatus(PostStatus status) {
        this.status = status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(Instant publishAt) {
        this.publishAt = publishAt;
    }

    public long getRevision() {
        return revision;
    }

    public void setRevision(long revision) {
        this.revision = revision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
