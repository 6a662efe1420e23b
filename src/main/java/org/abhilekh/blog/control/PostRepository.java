package org.abhilekh.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.abhilekh.blog.entity.Comment;
import org.abhilekh.blog.entity.CommentStatus;
import org.abhilekh.blog.entity.OldSlug;
import org.abhilekh.blog.entity.Post;
import org.abhilekh.blog.entity.PostRevision;
import org.abhilekh.blog.entity.PostStatus;

/**
 * Reads and writes posts and comments. Every public read states the visibility rule itself
 * (not a draft, publish time reached), so no caller can forget it.
 */
@ApplicationScoped
public class PostRepository {

    private static final String PUBLIC = "p.status <> :draft and p.publishAt is not null and p.publishAt <= :now";

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    public List<Post> publicPosts(String category, String tag, Instant now, int offset, int limit) {
        TypedQuery<Post> query = em.createQuery("select p from Post p where " + PUBLIC + filters(category, tag)
                + " order by p.publishAt desc, p.id desc", Post.class);
        bind(query, category, tag, now);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countPublic(String category, String tag, Instant now) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Post p where " + PUBLIC + filters(category, tag), Long.class);
        bind(query, category, tag, now);
        return query.getSingleResult();
    }

    public Optional<Post> neighbour(Post post, boolean older, Instant now) {
        String jpql = "select p from Post p where " + PUBLIC + (older
                ? " and (p.publishAt < :at or (p.publishAt = :at and p.id < :id)) order by p.publishAt desc, p.id desc"
                : " and (p.publishAt > :at or (p.publishAt = :at and p.id > :id)) order by p.publishAt asc, p.id asc");
        return em.createQuery(jpql, Post.class).setParameter("draft", PostStatus.DRAFT).setParameter("now", now)
                .setParameter("at", post.getPublishAt()).setParameter("id", post.getId())
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<Post> all() {
        return em.createQuery("select p from Post p order by p.updatedAt desc", Post.class).getResultList();
    }

    public Optional<Post> find(long id) {
        return Optional.ofNullable(em.find(Post.class, id));
    }

    public Optional<Post> bySlug(String slug) {
        return em.createQuery("select p from Post p where p.slug = :slug", Post.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Optional<OldSlug> oldSlug(String slug) {
        return Optional.ofNullable(em.find(OldSlug.class, slug));
    }

    public void removeOldSlug(OldSlug oldSlug) {
        em.remove(oldSlug);
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public List<PostRevision> revisions(long postId) {
        return em.createQuery("select r from PostRevision r where r.postId = :post order by r.revision desc", PostRevision.class)
                .setParameter("post", postId).getResultList();
    }

    public long countApproved(long postId) {
        return em.createQuery("select count(c) from Comment c where c.postId = :post and c.status = :approved", Long.class)
                .setParameter("post", postId).setParameter("approved", CommentStatus.APPROVED).getSingleResult();
    }

    public long countApprovedTopLevel(long postId) {
        return em.createQuery("select count(c) from Comment c where c.postId = :post and c.status = :approved and c.parentId is null", Long.class)
                .setParameter("post", postId).setParameter("approved", CommentStatus.APPROVED).getSingleResult();
    }

    public List<Comment> approvedTopLevel(long postId, int offset, int limit) {
        return em.createQuery("select c from Comment c where c.postId = :post and c.status = :approved and c.parentId is null"
                        + " order by c.createdAt asc, c.id asc", Comment.class)
                .setParameter("post", postId).setParameter("approved", CommentStatus.APPROVED)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<Comment> approvedReplies(List<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Comment c where c.parentId in :parents and c.status = :approved"
                        + " order by c.createdAt asc, c.id asc", Comment.class)
                .setParameter("parents", parentIds).setParameter("approved", CommentStatus.APPROVED).getResultList();
    }

    public Optional<Comment> comment(long id) {
        return Optional.ofNullable(em.find(Comment.class, id));
    }

    /** True if a person approved an earlier comment sent with this email address from the same browser. */
    public boolean hasApprovedComment(String email, String commenterKey) {
        if (commenterKey == null) {
            return false;
        }
        return !em.createQuery("select c.id from Comment c where c.authorEmail = :email and c.commenterKey = :key and c.status = :approved",
                        Long.class)
                .setParameter("email", email).setParameter("key", commenterKey).setParameter("approved", CommentStatus.APPROVED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<Comment> commentsWithStatus(CommentStatus status, int offset, int limit) {
        return em.createQuery("select c from Comment c where c.status = :status order by c.createdAt desc, c.id desc", Comment.class)
                .setParameter("status", status).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countWithStatus(CommentStatus status) {
        return em.createQuery("select count(c) from Comment c where c.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    public void remove(Comment comment) {
        em.createQuery("delete from Comment c where c.parentId = :id").setParameter("id", comment.getId()).executeUpdate();
        em.remove(comment);
    }

    private static String filters(String category, String tag) {
        return (category == null ? "" : " and p.categories like :category") + (tag == null ? "" : " and p.tags like :tag");
    }

    private static void bind(TypedQuery<?> query, String category, String tag, Instant now) {
        query.setParameter("draft", PostStatus.DRAFT).setParameter("now", now);
        if (category != null) {
            query.setParameter("category", "%," + category + ",%");
        }
        if (tag != null) {
            query.setParameter("tag", "%," + tag.replace("%", "").replace("_", "") + ",%");
        }
    }
}
