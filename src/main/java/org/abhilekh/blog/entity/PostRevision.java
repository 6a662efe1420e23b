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

/** What a post said after one save; never changed afterwards. */
@Entity
@Table(name = "blog_post_revision")
public class PostRevision {

    @Id
    @SequenceGenerator(name = "blog_post_revision_seq", sequenceName = "blog_post_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blog_post_revision_seq")
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false)
    private long revision;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String excerpt;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status;

    @Column(name = "edited_by", nullable = false, length = 200)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected PostRevision() {
    }

    public PostRevision(Post post, String editedBy, Instant editedAt) {
        this.postId = post.getId();
        this.revision = post.getRevision();
        this.title = post.getTitle();
        this.excerpt = post.getExcerpt();
        this.bodyMarkdown = post.getBodyMarkdown();
        this.status = post.getStatus();
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public long getRevision() {
        return revision;
    }

    public String getTitle() {
        return title;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public PostStatus getStatus() {
        return status;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
