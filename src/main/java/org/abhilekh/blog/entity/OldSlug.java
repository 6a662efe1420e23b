package org.abhilekh.blog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug a post used to have, kept so that links already shared keep working (301 to the current one). */
@Entity
@Table(name = "blog_old_slug")
public class OldSlug {

    @Id
    @Column(length = 120)
    private String slug;

    @Column(name = "post_id", nullable = false)
    private long postId;

    protected OldSlug() {
    }

    public OldSlug(String slug, long postId) {
        this.slug = slug;
        this.postId = postId;
    }

    public String getSlug() {
        return slug;
    }

    public long getPostId() {
        return postId;
    }
}
