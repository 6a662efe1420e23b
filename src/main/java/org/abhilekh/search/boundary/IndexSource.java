package org.abhilekh.search.boundary;

import java.util.function.Consumer;
import org.abhilekh.search.entity.IndexableDocument;

/**
 * A feature whose items belong in the index (archive documents, blog posts). A rebuild asks every
 * source for all of its searchable items, so the fresh index is as complete as the live one.
 */
public interface IndexSource {

    /** Hands every item that should be searchable to {@code index}. */
    void feed(Consumer<IndexableDocument> index);

    /**
     * Hands the index again every item it may not hold as it is now (the search cluster did not answer when it
     * changed); answers how many. Asked by the search feature once the cluster answers again.
     */
    int catchUp();
}
