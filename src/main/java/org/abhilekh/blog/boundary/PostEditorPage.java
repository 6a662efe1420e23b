package org.abhilekh.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.abhilekh.blog.entity.Category;
import org.abhilekh.blog.entity.Post;
import org.abhilekh.blog.entity.PostDraft;
import org.abhilekh.blog.entity.PostRevision;
import org.abhilekh.blog.entity.PostStatus;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/blog/edit.xhtml?id=}: write or change a post in Markdown with a live preview,
 * and read its earlier revisions. The facade checks that the caller is an editor; this page only
 * carries the fields. Publish times are entered in India time (the organisation's).
 */
@Named
@RequestScoped
public class PostEditorPage {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    Blog blog;

    @Inject
    Caller caller;

    private Long id;
    private String title;
    private String slug;
    private String excerpt;
    private String body;
    private String coverImageUrl;
    private String coverImageAlt;
    private List<String> categories = new ArrayList<>();
    private String tags;
    private String author;
    private String language = "en";
    private String status = PostStatus.DRAFT.name();
    private String publishAt;
    private String currentSlug;
    private List<PostRevision> revisions = List.of();
    private boolean safeguardingReviewed;
    private List<Finding> findings;

    public void load() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        Post post;
        try {
            caller.requireEditor();
            if (id == null) {
                author = Faces.getRemoteUser();
                return;
            }
            post = blog.post(id);
        } catch (AbhilekhException e) {
            // Staff without editor rights, or a post that does not exist: an honest status, not an error page.
            Faces.responseSendError(e.status(), e.getMessage());
            return;
        }
        title = post.getTitle();
        slug = post.getSlug();
        currentSlug = post.getSlug();
        excerpt = post.getExcerpt();
        body = post.getBodyMarkdown();
        coverImageUrl = post.getCoverImageUrl();
        coverImageAlt = post.getCoverImageAlt();
        categories = new ArrayList<>(post.getCategories());
        tags = String.join(", ", post.getTags());
        author = post.getAuthor();
        language = post.getLanguage();
        status = post.getStatus().name();
        publishAt = post.getPublishAt() == null ? null : LOCAL.format(post.getPublishAt().atZone(Organisation.ZONE));
        revisions = blog.revisions(id);
    }

    public String save() throws IOException {
        try {
            PostDraft draft = new PostDraft(title, slug, excerpt, body, coverImageUrl, coverImageAlt, categories,
                    tags == null ? List.of() : Arrays.asList(tags.split(",")), author, language,
                    PostStatus.valueOf(status), publishTime());
            long saved = blog.save(id, draft, safeguardingReviewed);
            Faces.setFlashAttribute("saved", Boolean.TRUE);
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/blog/edit.xhtml?id=" + saved);
        } catch (AbhilekhException e) {
            // Not the usual refusal: a hold also shows its findings, and the revisions are read again.
            Messages.addGlobalError(e.getMessage());
            if (e instanceof SafeguardingHoldException held) {
                findings = held.findings();
            }
            if (id != null) {
                revisions = blog.revisions(id);
            }
        }
        return null;
    }

    private Instant publishTime() {
        if (publishAt == null || publishAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(publishAt.strip(), LOCAL).atZone(Organisation.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadInputException("The publish time must be a date and time like 2026-11-28T10:30.", e);
        }
    }

    /** The live preview, rendered by the same sanitising renderer the public page uses. */
    public String getPreview() {
        return blog.preview(body);
    }

    public boolean isSaved() {
        return Boolean.TRUE.equals(Faces.getFlashAttribute("saved"));
    }

    public List<String> getCategoryCodes() {
        return Arrays.stream(Category.values()).map(Category::code).toList();
    }

    public List<String> getStatuses() {
        return Arrays.stream(PostStatus.values()).map(PostStatus::name).toList();
    }

    public String revisionHtml(PostRevision revision) {
        return blog.preview(revision.getBodyMarkdown());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
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
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
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

    /** What the safeguarding checks find in the post as it stands in the form: for the editor to review before publishing. */
    public List<Finding> getFindings() {
        if (findings == null) {
            findings = title == null ? List.of() : blog.postFindings(title, excerpt, body, coverImageAlt);
        }
        return findings;
    }

    public boolean isSafeguardingReviewed() {
        return safeguardingReviewed;
    }

    public void setSafeguardingReviewed(boolean safeguardingReviewed) {
        this.safeguardingReviewed = safeguardingReviewed;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    public String getCurrentSlug() {
        return currentSlug;
    }

    public List<PostRevision> getRevisions() {
        return revisions;
    }
}
