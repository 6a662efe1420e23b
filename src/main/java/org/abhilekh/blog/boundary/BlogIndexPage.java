package org.abhilekh.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.abhilekh.blog.entity.Category;
import org.abhilekh.platform.boundary.LanguagePreference;

/** Backs {@code /blog/}, {@code /blog/category/{code}} and {@code /blog/tag/{tag}}: one page of posts. */
@Named
@RequestScoped
public class BlogIndexPage {

    static final int PAGE_SIZE = 10;

    @Inject
    Blog blog;

    @Inject
    ExternalContext externalContext;

    @Inject
    LanguagePreference language;

    private Blog.PostPage page;
    private String category;
    private String tag;

    public void load() {
        Map<String, String> parameters = externalContext.getRequestParameterMap();
        category = parameters.get("category");
        tag = parameters.get("tag");
        if (category != null && Category.ofCode(category).isEmpty()) {
            externalContext.setResponseStatus(404);
            category = null;
            page = new Blog.PostPage(List.of(), 0, 1, PAGE_SIZE);
            return;
        }
        if (tag != null && (tag.isBlank() || tag.length() > 60)) {
            tag = null;
        }
        page = blog.posts(category, tag, BlogPages.number(parameters.get("page"), 1), PAGE_SIZE);
    }

    public Blog.PostPage getPage() {
        return page;
    }

    public String getCategory() {
        return category;
    }

    public String getTag() {
        return tag;
    }

    public List<String> getCategories() {
        return Arrays.stream(Category.values()).map(Category::code).toList();
    }

    /** The address of this list without a page number, to which {@code ?page=n} is added. */
    public String getBaseUrl() {
        String context = externalContext.getRequestContextPath();
        if (category != null) {
            return context + "/blog/category/" + category;
        }
        if (tag != null) {
            return context + "/blog/tag/" + BlogPages.encode(tag);
        }
        return context + "/blog/";
    }

    public String tagUrl(String value) {
        return externalContext.getRequestContextPath() + "/blog/tag/" + BlogPages.encode(value);
    }

    public String date(Instant instant) {
        return BlogPages.date(instant, language.getLocale());
    }
}
