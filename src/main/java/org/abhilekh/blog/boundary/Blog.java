package org.abhilekh.blog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.abhilekh.blog.control.BlogSeed.SeedComment;
import org.abhilekh.blog.control.BlogSeed.SeedPost;
import org.abhilekh.blog.control.MarkdownRenderer;
import org.abhilekh.blog.control.PostIndexing;
import org.abhilekh.blog.control.PostRepository;
import org.abhilekh.blog.control.PostRules;
import org.abhilekh.blog.entity.Comment;
import org.abhilekh.blog.entity.CommentStatus;
import org.abhilekh.blog.entity.CommentThread;
import org.abhilekh.blog.entity.OldSlug;
import org.abhilekh.blog.entity.Post;
import org.abhilekh.blog.entity.PostDraft;
import org.abhilekh.blog.entity.PostRevision;
import org.abhilekh.blog.entity.PostStatus;
import org.abhilekh.blog.entity.PostSummary;
import org.abhilekh.blog.entity.PostView;
import org.abhilekh.blog.entity.PublicComment;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.safeguarding.boundary.Safeguarding;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The blog's transactional facade for posts: what pages, the API, feeds and start-up call. Public reads only
 * ever see public posts and approved comments, as records without email addresses; writing posts
 * needs an editor, checked here and not only in the pages. Readers' comments and their moderation are
 * {@link Comments}.
 */
@ApplicationScoped
@Transactional
public class Blog {

    /** The page of posts a list shows, with the numbers to page through the rest. */
    public record PostPage(List<PostSummary> posts, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Inject
    PostRepository repository;

    @Inject
    PostIndexing indexing;

    @Inject
    Comments comments;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Safeguarding safeguarding;

    @Inject
    @ConfigProperty(name = "abhilekh.blog.comment.page-size", defaultValue = "50")
    int commentPageSize;

    public PostPage posts(String category, String tag, int page, int size) {
        Instant now = Instant.now();
        int safePage = Math.max(1, page);
        List<PostSummary> posts = repository.publicPosts(category, tag, now, (safePage - 1) * size, size).stream()
                .map(Blog::summary).toList();
        return new PostPage(posts, repository.countPublic(category, tag, now), safePage, size);
    }

    /** The post page's content, if the slug names a public post. */
    public Optional<PostView> view(String slug, int commentPage) {
        Instant now = Instant.now();
        return repository.bySlug(slug).filter(post -> post.isPublicAt(now)).map(post -> {
            long topLevel = repository.countApprovedTopLevel(post.getId());
            int pages = (int) Math.max(1, (topLevel + commentPageSize - 1) / commentPageSize);
            int page = Math.min(Math.max(1, commentPage), pages);
            List<Comment> tops = repository.approvedTopLevel(post.getId(), (page - 1) * commentPageSize, commentPageSize);
            Map<Long, List<PublicComment>> replies = new LinkedHashMap<>();
            for (Comment reply : repository.approvedReplies(tops.stream().map(Comment::getId).toList())) {
                replies.computeIfAbsent(reply.getParentId(), id -> new ArrayList<>()).add(reply.toPublic());
            }
            List<CommentThread> threads = tops.stream()
                    .map(top -> new CommentThread(top.toPublic(), replies.getOrDefault(top.getId(), List.of()))).toList();
            return new PostView(summary(post), MarkdownRenderer.toHtml(post.getBodyMarkdown()),
                    repository.neighbour(post, true, now).map(Blog::summary).orElse(null),
                    repository.neighbour(post, false, now).map(Blog::summary).orElse(null),
                    threads, repository.countApproved(post.getId()), page, pages);
        });
    }

    /** The current slug for a former one, when that post is public: old links answer with a redirect. */
    public Optional<String> currentSlugFor(String oldSlug) {
        Instant now = Instant.now();
        return repository.oldSlug(oldSlug).flatMap(old -> repository.find(old.getPostId()))
                .filter(post -> post.isPublicAt(now)).map(Post::getSlug);
    }

    /** Public posts for feeds and the sitemap, newest first. */
    public List<PostSummary> latest(String category, int limit) {
        return repository.publicPosts(category, null, Instant.now(), 0, limit).stream().map(Blog::summary).toList();
    }

    /** The rendered bodies of public posts, by slug, for feed entries. */
    public String renderedBody(String slug) {
        return repository.bySlug(slug).map(post -> MarkdownRenderer.toHtml(post.getBodyMarkdown())).orElse("");
    }

    // Staff: writing posts

    public List<Post> allPosts() {
        caller.requireStaff();
        return repository.all();
    }

    public Post post(long id) {
        caller.requireEditor();
        return repository.find(id).orElseThrow(() -> new NotFoundException("There is no post " + id + "."));
    }

    public List<PostRevision> revisions(long postId) {
        caller.requireEditor();
        return repository.revisions(postId);
    }

    public String preview(String markdown) {
        caller.requireEditor();
        return MarkdownRenderer.toHtml(markdown);
    }

    /**
     * Creates ({@code id} null) or updates a post; answers its id. Needs an editor or admin. Publishing a post in
     * which the safeguarding checks find something its published version did not have answers 409 with the
     * findings, unless the editor says they reviewed them, which the trail records.
     */
    public long save(Long id, PostDraft draft, boolean safeguardingReviewed) {
        caller.requireEditor();
        String before = id == null ? "new post" : repository.find(id).map(Blog::auditState).orElse("none");
        if (draft.status() == PostStatus.PUBLISHED) {
            List<String> known = id == null ? List.of() : repository.find(id).filter(post -> post.getStatus() == PostStatus.PUBLISHED)
                    .map(post -> postFindings(post.getTitle(), post.getExcerpt(), post.getBodyMarkdown(), post.getCoverImageAlt()))
                    .orElse(List.of()).stream().map(Finding::what).toList();
            List<Finding> found = postFindings(draft.title(), draft.excerpt(), draft.bodyMarkdown(), draft.coverImageAlt()).stream()
                    .filter(finding -> !known.contains(finding.what())).toList();
            if (!found.isEmpty() && !safeguardingReviewed) {
                throw new SafeguardingHoldException("The safeguarding checks found " + found.size() + " passage(s) in this post that may"
                        + " identify a child or reach or locate a person. Change them, or publish again saying you reviewed them.", found);
            }
            if (!found.isEmpty()) {
                audit.record(caller.getName(), AuditAction.SAFEGUARDING_REVIEW, "post " + (id == null ? draft.slug() : id),
                        shorten("published after reviewing what the safeguarding checks found: " + FindingsJson.toJson(found)));
            }
        }
        long saved = store(id, draft, caller.getName(), Instant.now());
        audit.record(caller.getName(), before.endsWith("PUBLISHED") || draft.status() != PostStatus.PUBLISHED ? AuditAction.POST_SAVE : AuditAction.POST_PUBLISH, "post " + saved, before + " -> " + repository.find(saved).map(Blog::auditState).orElse("none"));
        return saved;
    }

    /** What the safeguarding checks find in a post's public words. */
    public List<Finding> postFindings(String title, String excerpt, String body, String coverImageAlt) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", title);
        texts.put("excerpt", excerpt);
        texts.put("post body", body);
        texts.put("cover image description", coverImageAlt);
        return safeguarding.inTexts(texts);
    }

    static String shorten(String details) {
        return details.length() > 7_900 ? details.substring(0, 7_900) + "…" : details;
    }

    private static String auditState(Post post) {
        return post.getSlug() + " \"" + post.getTitle() + "\" " + post.getStatus();
    }

    long store(Long id, PostDraft sent, String editor, Instant now) {
        PostDraft draft = PostRules.validate(sent, now);
        Post post = id == null ? new Post() : repository.find(id).orElseThrow(() -> new NotFoundException("There is no post " + id + "."));
        String slug = draft.slug();
        Optional<Post> holder = repository.bySlug(slug);
        if (holder.isPresent() && !holder.get().getId().equals(post.getId())) {
            if (id == null && (sent.slug() == null || sent.slug().isBlank())) {
                slug = freeSlug(slug);
            } else {
                throw new ConflictException("Another post already has the slug '" + slug + "'.");
            }
        }
        Optional<OldSlug> formerly = repository.oldSlug(slug);
        if (formerly.isPresent()) {
            if (post.getId() != null && formerly.get().getPostId() == post.getId()) {
                // Going back to an earlier slug: it is current again, no longer a redirect.
                repository.removeOldSlug(formerly.get());
                repository.flush();
            } else {
                throw new ConflictException("The slug '" + slug + "' still redirects to another post.");
            }
        }
        if (post.getId() != null && !post.getSlug().equals(slug)) {
            repository.persist(new OldSlug(post.getSlug(), post.getId()));
        }
        post.setSlug(slug);
        post.setTitle(draft.title());
        post.setExcerpt(draft.excerpt());
        post.setBodyMarkdown(draft.bodyMarkdown());
        post.setCoverImageUrl(draft.coverImageUrl());
        post.setCoverImageAlt(draft.coverImageAlt());
        post.setCategories(draft.categories());
        post.setTags(draft.tags());
        post.setAuthor(draft.author());
        post.setLanguage(draft.language());
        post.setStatus(draft.status());
        post.setPublishAt(draft.publishAt());
        post.setRevision(post.getRevision() + 1);
        post.setUpdatedAt(now);
        if (post.getId() == null) {
            post.setCreatedAt(now);
            repository.persist(post);
        }
        repository.flush();
        repository.persist(new PostRevision(post, editor == null ? "system" : editor, now));
        indexing.sync(post, now);
        return post.getId();
    }

    private String freeSlug(String base) {
        for (int n = 2; ; n++) {
            String candidate = base.length() > 110 ? base.substring(0, 110) + "-" + n : base + "-" + n;
            if (repository.bySlug(candidate).isEmpty() && repository.oldSlug(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    // Start-up

    /** Makes the index hold exactly the public posts; idempotent, run at start-up and every minute. */
    public int syncIndex() {
        Instant now = Instant.now();
        List<Post> posts = repository.all();
        posts.forEach(post -> indexing.sync(post, now));
        return posts.size();
    }

    /** Stores one seed post with its comments, unless a post with its slug exists. */
    public void importSeedPost(SeedPost seed, Instant now) {
        if (repository.bySlug(seed.draft().slug()).isPresent()) {
            return;
        }
        long postId = store(null, seed.draft(), "seed", now);
        Instant base = seed.draft().publishAt() == null ? now : seed.draft().publishAt();
        // A seed post was last changed when it was published, not when this server first started.
        repository.find(postId).ifPresent(post -> post.setUpdatedAt(base));
        for (SeedComment comment : seed.comments()) {
            Comment top = seedComment(postId, null, comment, base);
            for (SeedComment reply : comment.replies()) {
                seedComment(postId, top.getId(), reply, base);
            }
        }
    }

    private Comment seedComment(long postId, Long parentId, SeedComment seed, Instant base) {
        Comment comment = new Comment(postId, parentId, comments.validated(seed.input()), null, seed.status(),
                seed.status() == CommentStatus.APPROVED ? null : "seed: " + seed.status().name().toLowerCase(Locale.ROOT),
                base.plus(Duration.ofMinutes(seed.minutesAfter())));
        repository.persist(comment);
        repository.flush();
        return comment;
    }

    static PostSummary summary(Post post) {
        return new PostSummary(post.getSlug(), post.getTitle(), post.getExcerpt(), post.getLanguage(), post.getAuthor(),
                post.getCategories(), post.getTags(), post.getPublishAt(), post.getUpdatedAt(),
                MarkdownRenderer.readingMinutes(post.getBodyMarkdown()), post.getCoverImageUrl(), post.getCoverImageAlt());
    }
}
