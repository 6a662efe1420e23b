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

/**
 * A reader's comment. The email address is stored for moderation only: nothing public reads this
 * entity directly; pages, feeds and the API see {@link PublicComment}, which has no email.
 */
@Entity
@Table(name = "blog_comment")
public class Comment {

    @Id
    @SequenceGenerator(name = "blog_comment_seq", sequenceName = "blog_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blog_comment_seq")
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(name = "author_website", length = 300)
    private String authorWebsite;

    /** SHA-256 of the sending browser's commenter secret; null for API comments. */
    @Column(name = "commenter_key", length = 64)
    private String commenterKey;

    @Column(nullable = false, length = 4000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentStatus status;

    @Column(name = "held_reason", length = 200)
    private String heldReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Comment() {
    }

    public Comment(long postId, Long parentId, CommentInput input, String commenterKey, CommentStatus status, String heldReason,
                   Instant createdAt) {
        this.commenterKey = commenterKey;
        this.postId = postId;
        this.parentId = parentId;
        this.authorName = input.name();
        this.authorEmail = input.email();
        this.authorWebsite = input.website();
        this.body = input.text();
        this.status = status;
        this.heldReason = heldReason;
        this.createdAt = createdAt;
    }

    public PublicComment toPublic() {
        return new PublicComment(id, parentId, authorName, authorWebsite, body, createdAt);
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getAuthorWebsite() {
        return authorWebsite;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public void setStatus(CommentStatus status) {
        this.status = status;
    }

    public String getHeldReason() {
        return heldReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
