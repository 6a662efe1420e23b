package org.abhilekh.blog.control;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.abhilekh.blog.entity.Category;
import org.abhilekh.blog.entity.PostDraft;
import org.abhilekh.blog.entity.PostStatus;
import org.abhilekh.platform.control.BadInputException;

/** What a post must be to be saved; answers the draft cleaned and completed (slug, publish time). */
public final class PostRules {

    private static final Set<String> LANGUAGES = Set.of("en", "hi");

    private PostRules() {
    }

    public static PostDraft validate(PostDraft draft, Instant now) {
        String title = strip(draft.title());
        if (title.isEmpty() || title.length() > 300) {
            throw new BadInputException("A post needs a title of at most 300 characters.");
        }
        String slug = strip(draft.slug());
        if (slug.isEmpty()) {
            slug = Slugs.of(title);
        }
        if (!Slugs.isValid(slug)) {
            throw new BadInputException("The slug may use only lower-case letters a-z, digits and single hyphens (at most 120).");
        }
        String body = draft.bodyMarkdown() == null ? "" : draft.bodyMarkdown();
        if (body.isBlank() || body.length() > 200_000) {
            throw new BadInputException("A post needs a body of at most 200,000 characters.");
        }
        String excerpt = limit(strip(draft.excerpt()), 1000, "The excerpt");
        String cover = limit(strip(draft.coverImageUrl()), 1000, "The cover image address");
        String alt = limit(strip(draft.coverImageAlt()), 300, "The cover image's alternative text");
        if (!cover.isEmpty() && !(cover.startsWith("/") && !cover.startsWith("//") || cover.matches("(?i)https?://\\S+"))) {
            throw new BadInputException("The cover image must be an address on this site (starting with /) or an http(s) address.");
        }
        if (!cover.isEmpty() && alt.isEmpty()) {
            throw new BadInputException("A cover image needs alternative text for readers who cannot see it.");
        }
        List<String> categories = draft.categories() == null ? List.of() : draft.categories();
        for (String category : categories) {
            if (Category.ofCode(category).isEmpty()) {
                throw new BadInputException("There is no category '" + category + "'.");
            }
        }
        List<String> tags = draft.tags() == null ? List.of() : draft.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (tags.stream().anyMatch(t -> t.length() > 60) || String.join(",", tags).length() > 900) {
            throw new BadInputException("Tags may be at most 60 characters each.");
        }
        String author = limit(strip(draft.author()), 200, "The author's name");
        if (author.isEmpty()) {
            throw new BadInputException("A post needs an author.");
        }
        if (!LANGUAGES.contains(draft.language())) {
            throw new BadInputException("A post is in English (en) or Hindi (hi).");
        }
        PostStatus status = draft.status() == null ? PostStatus.DRAFT : draft.status();
        Instant publishAt = draft.publishAt();
        if (status == PostStatus.PUBLISHED && publishAt == null) {
            publishAt = now;
        }
        if (status == PostStatus.SCHEDULED && (publishAt == null || !publishAt.isAfter(now))) {
            throw new BadInputException("A scheduled post needs a publish time in the future.");
        }
        return new PostDraft(title, slug, excerpt.isEmpty() ? null : excerpt, body, cover.isEmpty() ? null : cover,
                alt.isEmpty() ? null : alt, categories, tags, author, draft.language(), status, publishAt);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String limit(String value, int max, String what) {
        if (value.length() > max) {
            throw new BadInputException(what + " may be at most " + max + " characters long.");
        }
        return value;
    }
}
