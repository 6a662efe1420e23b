package org.abhilekh.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.abhilekh.blog.control.CommentRejectedException;
import org.abhilekh.blog.control.CommentText;
import org.abhilekh.blog.control.MarkdownRenderer;
import org.abhilekh.blog.entity.CommentInput;
import org.abhilekh.blog.entity.CommentOutcome;
import org.abhilekh.blog.entity.PostView;
import org.abhilekh.blog.entity.PublicComment;
import org.abhilekh.platform.boundary.LanguagePreference;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.control.ClientAddresses;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.control.TooManyRequestsException;
import org.abhilekh.platform.entity.Organisation;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /blog/{slug}}: the post, share links, page metadata (Open Graph, Twitter card,
 * schema.org JSON-LD), the approved comments and the "Leave a Reply" form. Comment rules live in
 * {@link Blog}; this bean only carries the form's values and turns refusals into messages beside
 * what the reader typed.
 */
@Named
@RequestScoped
public class PostPage {

    @Inject
    Blog blog;

    @Inject
    Comments comments;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    CommenterCookie commenterCookie;

    @Inject
    LanguagePreference language;

    private String slug;
    private PostView view;
    private boolean looked;
    private String name;
    private String email;
    private String website;
    private String text;
    private Long parentId;
    private String homepage;
    private String formToken;

    public void load() {
        if (!Faces.isPostback()) {
            formToken = comments.issueFormToken();
            String replyTo = Faces.getRequestParameter("replyto");
            if (replyTo != null && replyTo.matches("\\d{1,18}")) {
                parentId = Long.valueOf(replyTo);
            }
        }
        if (getView() == null) {
            Faces.setResponseStatus(404);
        }
    }

    public PostView getView() {
        if (slug == null) {
            // On a postback the form's `rendered` conditions are evaluated while decoding, before the
            // view parameter reaches the model: take the slug from the form's own hidden field.
            slug = Faces.getRequestParameter("reply:slug");
        }
        if (!looked && slug != null) {
            looked = true;
            int commentPage = BlogPages.number(Faces.getRequestParameter("cpage"), 1);
            view = slug == null ? null : blog.view(slug, commentPage).orElse(null);
        }
        return view;
    }

    public String submit() throws IOException {
        CommentInput input = new CommentInput(name, email, website, text, parentId, homepage, formToken);
        // The address as the servlet saw it, not Faces.getRemoteAddr, which believes any Forwarded header.
        HttpServletRequest request = Faces.getRequest();
        try {
            CommentOutcome outcome = comments.comment(slug, input, clientAddresses.resolve(request.getRemoteAddr(),
                    request.getHeaders(ClientAddresses.FORWARDED_FOR)), true, commenterCookie.keyOf(request, Faces.getResponse()));
            // Not Faces.redirect: it also marks the flash for the redirect, and this response never carried a flash.
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/blog/" + slug
                    + "?comment=" + (outcome.published() ? "published" : "pending") + "#comment-status");
            return null;
        } catch (CommentRejectedException e) {
            rejected(e);
        } catch (TooManyRequestsException e) {
            PageMessages.error("blog.comment.error.tooMany");
        } catch (NotFoundException e) {
            Faces.setResponseStatus(404);
        }
        // A refused comment gets a fresh timing token; what the reader typed stays in the form.
        formToken = comments.issueFormToken();
        return null;
    }

    /** A refusal is said beside the field it concerns and again at the form's top, or only at the top. */
    private static void rejected(CommentRejectedException e) {
        String field = switch (e.field()) {
            case "name", "email", "website", "text" -> "reply:" + e.field();
            default -> null;
        };
        Messages.addError(field, PageMessages.text(e.messageKey()));
        if (field != null) {
            PageMessages.error(e.messageKey());
        }
    }

    public String getCommentStatus() {
        String status = Faces.getRequestParameter("comment");
        return "pending".equals(status) || "published".equals(status) ? status : null;
    }

    public Optional<PublicComment> getReplyingTo() {
        if (parentId == null || getView() == null) {
            return Optional.empty();
        }
        return getView().threads().stream().flatMap(t -> Stream.concat(Stream.of(t.comment()), t.replies().stream()))
                .filter(c -> c.id() == parentId).findFirst();
    }

    public String commentHtml(String commentText) {
        return CommentText.toHtml(commentText);
    }

    public boolean safeWebsite(String url) {
        return CommentText.isSafeWebsite(url);
    }

    public String date(Instant instant) {
        return BlogPages.date(instant, language.getLocale());
    }

    public String getCanonicalUrl() {
        return FeedServlet.origin(Faces.getRequest()) + "/blog/" + slug;
    }

    public String getImageUrl() {
        String cover = getView() == null ? null : getView().post().coverImageUrl();
        if (cover == null) {
            return FeedServlet.origin(Faces.getRequest()) + "/resources/images/logo.svg";
        }
        return cover.startsWith("/") ? FeedServlet.origin(Faces.getRequest()) + cover : cover;
    }

    public String getDescription() {
        PostView post = getView();
        if (post == null) {
            return "";
        }
        if (post.post().excerpt() != null) {
            return post.post().excerpt();
        }
        String plain = MarkdownRenderer.htmlToText(post.html());
        return plain.length() > 200 ? plain.substring(0, 197) + "…" : plain;
    }

    public String getWhatsappUrl() {
        return "https://wa.me/?text=" + BlogPages.encode(getView().post().title() + " " + getCanonicalUrl());
    }

    public String getFacebookUrl() {
        return "https://www.facebook.com/sharer/sharer.php?u=" + BlogPages.encode(getCanonicalUrl());
    }

    public String getXUrl() {
        return "https://x.com/intent/post?text=" + BlogPages.encode(getView().post().title()) + "&url=" + BlogPages.encode(getCanonicalUrl());
    }

    public String getEmailUrl() {
        return "mailto:?subject=" + BlogPages.encode(getView().post().title()) + "&body=" + BlogPages.encode(getCanonicalUrl());
    }

    /** schema.org BlogPosting, with "</" escaped so no text in it can close the script element. */
    public String getJsonLd() {
        PostView post = getView();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org").add("@type", "BlogPosting")
                .add("headline", post.post().title())
                .add("description", getDescription())
                .add("inLanguage", post.post().language())
                .add("datePublished", post.post().publishedAt().toString())
                .add("dateModified", post.post().updatedAt().toString())
                .add("author", Json.createObjectBuilder().add("@type", "Person").add("name", post.post().author()))
                .add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", Organisation.NAME))
                .add("mainEntityOfPage", getCanonicalUrl())
                .add("image", getImageUrl())
                .add("commentCount", post.approvedCount())
                .add("keywords", String.join(", ", post.post().tags()));
        return json.build().toString().replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    public String tagUrl(String value) {
        return Faces.getRequestContextPath() + "/blog/tag/" + BlogPages.encode(value);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getHomepage() {
        return homepage;
    }

    public void setHomepage(String homepage) {
        this.homepage = homepage;
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }
}
