package org.abhilekh.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abhilekh.blog.entity.Post;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.search.boundary.IndexSource;
import org.abhilekh.search.boundary.SearchIndex;
import org.abhilekh.search.entity.IndexableDocument;

/**
 * Keeps the search index in step with the public blog, only through the search facade. Posts are
 * indexed as their own kind, so a post's id never collides with an archive document's. Only public
 * posts are in the index; anything else is removed.
 */
@ApplicationScoped
public class PostIndexing implements IndexSource {

    public static final String KIND = "post";
    public static final String TYPE = "blog-post";

    @Inject
    SearchIndex searchIndex;

    @Inject
    PostRepository posts;

    /** Every post that is public now, for a rebuild of the index. */
    @Override
    public void feed(java.util.function.Consumer<IndexableDocument> index) {
        Instant now = Instant.now();
        posts.all().stream().filter(post -> post.isPublicAt(now)).map(PostIndexing::toIndexable).forEach(index);
    }

    /**
     * Brings every post's entry in step again (a blog holds few posts): public ones indexed, others removed. In one
     * transaction, as the blog's own minutely sync: the search feature asks from a scheduled task, outside any.
     */
    @Override
    @jakarta.transaction.Transactional
    public int catchUp() {
        Instant now = Instant.now();
        List<Post> all = posts.all();
        all.forEach(post -> sync(post, now));
        return all.size();
    }

    /** Puts a public post into the index, or takes a non-public one out of it. */
    public void sync(Post post, Instant now) {
        if (post.isPublicAt(now)) {
            searchIndex.index(toIndexable(post));
        } else {
            searchIndex.remove(KIND, post.getId());
        }
    }

    public void remove(long postId) {
        searchIndex.remove(KIND, postId);
    }

    public void commit() {
        searchIndex.commit();
    }

    static IndexableDocument toIndexable(Post post) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("type", List.of(TYPE));
        facets.put("language", List.of(post.getLanguage()));
        facets.put("tag", post.getTags());
        List<String> meta = new ArrayList<>(post.getTags());
        meta.addAll(post.getCategories());
        meta.add(post.getAuthor());
        return new IndexableDocument(post.getId(), post.getRevision(), KIND, post.getTitle(),
                post.getExcerpt(), MarkdownRenderer.toText(post.getBodyMarkdown()),
                Map.of("meta", String.join("\n", meta), "author", java.util.Objects.toString(post.getAuthor(), "")),
                post.getPublishAt().atZone(Organisation.ZONE).toLocalDate(), true, "/blog/" + post.getSlug(), facets);
    }
}
