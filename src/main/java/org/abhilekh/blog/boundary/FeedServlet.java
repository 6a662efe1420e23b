package org.abhilekh.blog.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.abhilekh.blog.control.Feeds;
import org.abhilekh.platform.control.PublicAddress;
import org.abhilekh.blog.entity.Category;
import org.abhilekh.blog.entity.PostSummary;
import org.abhilekh.platform.entity.Organisation;

/**
 * Crawler and reader addresses: the blog's Atom feed ({@code /feed.atom}, per category through
 * {@code /blog/category/{code}/feed.atom}), {@code /sitemap.xml} and {@code /robots.txt}. Only public
 * posts appear, and nothing about comments.
 */
@WebServlet(urlPatterns = {"/feed.atom", "/sitemap.xml", "/robots.txt"})
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int FEED_ENTRIES = 20;
    static final int SITEMAP_POSTS = 10_000;

    @Inject
    transient Blog blog;

    @Inject
    transient PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = publicAddress.origin(origin(request));
        switch (request.getServletPath()) {
            case "/feed.atom" -> feed(request, response, origin);
            case "/sitemap.xml" -> answer(response, "application/xml", Feeds.sitemap(sitemap(origin)));
            default -> answer(response, "text/plain", Feeds.robots(origin + "/sitemap.xml"));
        }
    }

    private void answer(HttpServletResponse response, String type, String body) throws IOException {
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", publicAddress.cacheControl(300));
        response.getWriter().write(body);
    }

    private void feed(HttpServletRequest request, HttpServletResponse response, String origin) throws IOException {
        String code = request.getParameter("category");
        Optional<Category> category = code == null ? Optional.empty() : Category.ofCode(code);
        if (code != null && category.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Feeds.Entry> entries = blog.latest(code, FEED_ENTRIES).stream().map(post -> entry(post, origin)).toList();
        String title = Organisation.NAME + " · Blog" + category.map(c -> " · " + c.code()).orElse("");
        String self = category.map(c -> origin + "/blog/category/" + c.code() + "/feed.atom").orElse(origin + "/feed.atom");
        String page = category.map(c -> origin + "/blog/category/" + c.code()).orElse(origin + "/blog/");
        answer(response, "application/atom+xml", Feeds.atom(title, self, page, Instant.EPOCH, entries));
    }

    private Feeds.Entry entry(PostSummary post, String origin) {
        return new Feeds.Entry(origin + post.url(), post.title(), post.excerpt(), blog.renderedBody(post.slug()),
                post.author(), post.language(), post.publishedAt(), post.updatedAt(), post.categories());
    }

    private List<Feeds.Location> sitemap(String origin) {
        List<Feeds.Location> locations = new ArrayList<>();
        List<PostSummary> posts = blog.latest(null, SITEMAP_POSTS);
        Instant newest = posts.isEmpty() ? null : posts.getFirst().updatedAt();
        locations.add(new Feeds.Location(origin + "/search/", null));
        locations.add(new Feeds.Location(origin + "/blog/", newest));
        for (Category category : Category.values()) {
            locations.add(new Feeds.Location(origin + "/blog/category/" + category.code(), null));
        }
        posts.forEach(post -> locations.add(new Feeds.Location(origin + post.url(), post.updatedAt())));
        return locations;
    }

    /** Absolute addresses as the reader reached us, including the context path. */
    static String origin(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
