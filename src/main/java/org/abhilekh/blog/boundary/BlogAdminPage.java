package org.abhilekh.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.abhilekh.blog.entity.CommentStatus;
import org.abhilekh.blog.entity.ModerationItem;
import org.abhilekh.blog.entity.Post;
import org.abhilekh.platform.boundary.LanguagePreference;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the staff pages {@code /admin/blog/posts.xhtml} (all posts, any status) and
 * {@code /admin/blog/comments.xhtml?status=} (the moderation queue: approve, spam or delete, one
 * by one or the ticked ones together). Permissions are checked by the {@link Blog} facade.
 */
@Named
@RequestScoped
public class BlogAdminPage {

    static final int QUEUE_PAGE = 50;

    @Inject
    Blog blog;

    @Inject
    Comments comments;

    @Inject
    LanguagePreference language;

    private List<ModerationItem> queue;

    public List<Post> getPosts() {
        return blog.allPosts();
    }

    public CommentStatus getStatus() {
        String status = Faces.getRequestParameter("status");
        return Arrays.stream(CommentStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElse(CommentStatus.PENDING);
    }

    public List<CommentStatus> getStatuses() {
        return List.of(CommentStatus.values());
    }

    public long count(CommentStatus status) {
        return comments.countWithStatus(status);
    }

    public List<ModerationItem> getQueue() {
        if (queue == null) {
            queue = comments.queue(getStatus(), getPage(), QUEUE_PAGE);
        }
        return queue;
    }

    /** The queue's page (50 comments each), from {@code ?page=} or the form's hidden field. */
    public int getPage() {
        return Math.min(BlogPages.number(Faces.getRequestParameter("page"), 1), getPages());
    }

    public int getPages() {
        return (int) Math.max(1, (comments.countWithStatus(getStatus()) + QUEUE_PAGE - 1) / QUEUE_PAGE);
    }

    /** One comment's button: {@code action:id}, the action being approve, spam or delete. */
    public String one(String action, long id) {
        return apply(List.of(id), action);
    }

    /** The ticked comments (checkboxes named {@code selected}). */
    public String bulk(String action) {
        String[] selected = Faces.getRequestParameterValues("selected");
        List<Long> ids = selected == null ? List.of() : Arrays.stream(selected).filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).toList();
        return apply(ids, action);
    }

    private String apply(List<Long> ids, String action) {
        // Not the usual refusal: each failure has its own words here, not the exception's.
        try {
            boolean reviewed = "true".equals(Faces.getRequestParameter("safeguardingReviewed"));
            int changed = comments.moderate(ids, Comments.Moderation.valueOf(action.toUpperCase(Locale.ROOT)), reviewed);
            Messages.addGlobalInfo(PageMessages.text("admin.blog.moderated." + action) + " " + changed);
        } catch (SafeguardingHoldException e) {
            PageMessages.error("safeguarding.comment.held");
        } catch (AbhilekhException e) {
            PageMessages.error("admin.blog.chooseSome");
        }
        queue = null;
        return null;
    }

    public String date(Instant instant) {
        return BlogPages.date(instant, language.getLocale()) + " " + DateTimeFormatter.ofPattern("HH:mm")
                .format(instant.atZone(Organisation.ZONE));
    }
}
