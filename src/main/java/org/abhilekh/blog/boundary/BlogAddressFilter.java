package org.abhilekh.blog.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blog's readable addresses: {@code /blog/}, {@code /blog/{slug}}, {@code /blog/category/{code}},
 * {@code /blog/category/{code}/feed.atom} and {@code /blog/tag/{tag}} are forwarded to the facelets
 * and the feed servlet; a former slug answers 301 with the current address, so shared links survive
 * a slug change. The facelets' own addresses ({@code *.xhtml}) pass through untouched.
 */
@WebFilter(urlPatterns = {"/blog", "/blog/*"})
public class BlogAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern CATEGORY = Pattern.compile("/category/([a-z0-9-]{1,40})/?");
    private static final Pattern CATEGORY_FEED = Pattern.compile("/category/([a-z0-9-]{1,40})/feed\\.atom");
    private static final Pattern TAG = Pattern.compile("/tag/([^/]{1,200})/?");
    private static final Pattern SLUG = Pattern.compile("/([a-z0-9]+(?:-[a-z0-9]+)*)/?");

    @Inject
    transient Blog blog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/blog")) {
            response.sendRedirect(request.getContextPath() + "/blog/");
            return;
        }
        String rest = path.substring("/blog".length());
        if (rest.equals("/")) {
            forward(request, response, "/blog/index.xhtml");
            return;
        }
        Matcher matcher = CATEGORY_FEED.matcher(rest);
        if (matcher.matches()) {
            forward(request, response, "/feed.atom?category=" + matcher.group(1));
            return;
        }
        matcher = CATEGORY.matcher(rest);
        if (matcher.matches()) {
            forward(request, response, "/blog/index.xhtml?category=" + matcher.group(1));
            return;
        }
        matcher = TAG.matcher(rest);
        if (matcher.matches()) {
            String tag = URLDecoder.decode(matcher.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            forward(request, response, "/blog/index.xhtml?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
            return;
        }
        matcher = SLUG.matcher(rest);
        if (matcher.matches()) {
            String slug = matcher.group(1);
            Optional<String> moved = blog.currentSlugFor(slug);
            if (moved.isPresent()) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + "/blog/" + moved.get());
                return;
            }
            String query = request.getQueryString() == null ? "" : "&" + request.getQueryString();
            forward(request, response, "/blog/post.xhtml?slug=" + slug + query);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException, ServletException {
        request.getRequestDispatcher(target).forward(request, response);
    }
}
