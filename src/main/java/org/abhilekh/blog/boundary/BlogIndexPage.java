package org.abhilekh.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.abhilekh.blog.entity.Category;
import org.abhilekh.platform.boundary.LanguagePreference;
import org.omnifaces.util.Faces;

/** Backs {@code /blog/}, {@code /blog/category/{code}} and {@code /blog/tag/{tag}}: one page of posts. */
@Named
@RequestScoped
public class BlogIndexPage {

    static final int PAGE_SIZE = 10;

    @Inject
    Blog blog;

    @Inject
    LanguagePreference language;

    private Blog.PostPage page;
    private String category;
    private String tag;

    public void load() {
        category = Faces.getRequestParameter("category");
        tag = Faces.getRequestParameter("tag");
        if (category != null && Category.ofCode(category).isEmpty()) {
            Faces.setResponseStatus(404);
            category = null;
            page = new Blog.PostPage(List.of(), 0, 1, PAGE_SIZE);
            return;
        }
        if (tag != null && (tag.isBlank() || tag.length() > 60)) {
            tag = null;
        }
        page = blog.posts(category, tag, BlogPages.number(Faces.getRequestParameter("page"), 1), PAGE_SIZE);
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
        String context = Faces.getRequestContextPath();
        if (category != null) {
            return context + "/blog/category/" + category;
        }
        if (tag != null) {
            return context + "/blog/tag/" + BlogPages.encode(tag);
        }
        return context + "/blog/";
    }

    public String tagUrl(String value) {
        return Faces.getRequestContextPath() + "/blog/tag/" + BlogPages.encode(value);
    }

    public String date(Instant instant) {
        return BlogPages.date(instant, language.getLocale());
    }
}
