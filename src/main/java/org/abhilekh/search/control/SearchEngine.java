package org.abhilekh.search.control;

import java.io.IOException;
import java.util.List;
import org.abhilekh.search.entity.IndexCommitted;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.Suggestion;

/**
 * What the {@link org.abhilekh.search.boundary.SearchIndex} facade asks of an index, in the project's own
 * types only, so that another engine (a search cluster) can sit behind the facade beside {@link LuceneIndex}.
 * Items are keyed by kind and id. Every read applies the caller's visibility itself: hits, totals, facet
 * counts, snippets, corrections and completions never tell the public about staff-only material.
 */
public interface SearchEngine extends AutoCloseable {

    /** Adds or replaces the item; it becomes searchable at the next refresh. */
    void index(IndexableDocument document) throws IOException;

    void remove(String kind, long id) throws IOException;

    /** Makes recent changes visible to searches, skipping if a refresh is already under way. */
    void refresh() throws IOException;

    /** Makes every change made before this call visible, waiting for a refresh already under way. */
    void refreshBlocking() throws IOException;

    /** Makes every change so far durable and answers which item revisions that covered. */
    IndexCommitted commit() throws IOException;

    /**
     * Holds the last commit unchanged until the answer is closed, so its files can be copied for a backup
     * while the engine keeps taking changes.
     */
    HeldCommit holdLastCommit() throws IOException;

    SearchResult search(SearchRequest request) throws IOException;

    List<Suggestion> suggest(String typed, boolean staff) throws IOException;

    /** Items most like the given one, among those the caller may see; none if it may not see that one. */
    List<SearchHit> moreLikeThis(String kind, long id, boolean staff, int count) throws IOException;

    /** How many items the index holds (an item with withheld passages counts once). */
    int documentCount() throws IOException;

    boolean isOpen();

    @Override
    void close() throws IOException;
}
