package org.abhilekh.search.boundary;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.abhilekh.search.control.PendingRemovals;
import org.abhilekh.search.entity.PendingRemoval;

/**
 * The removals from the embedded index that are not yet durable. A deletion records its removal in
 * {@link PendingRemovals} in its own transaction; the record is forgotten only once a commit of the index has made the
 * removal durable, so a removal that a stop (even kill -9) cut off is made at the next start.
 */
final class EmbeddedRemovals {

    private record Item(String kind, long id) {
    }

    /** A set of removals read before a commit: exactly these, and none made during it, may be forgotten after it. */
    record BeforeCommit(List<Item> items) {
    }

    private final PendingRemovals pendingRemovals;
    private final Set<Item> sinceCommit = ConcurrentHashMap.newKeySet();

    EmbeddedRemovals(PendingRemovals pendingRemovals) {
        this.pendingRemovals = pendingRemovals;
    }

    /** The removals recorded but not made durable before the last stop, to be made again now. */
    List<PendingRemoval> leftFromLastRun() {
        return pendingRemovals.all();
    }

    void made(String kind, long id) {
        sinceCommit.add(new Item(kind, id));
    }

    BeforeCommit beforeCommit() {
        return new BeforeCommit(List.copyOf(sinceCommit));
    }

    void committed(BeforeCommit removals) {
        removals.items().forEach(item -> pendingRemovals.forget(item.kind(), item.id()));
        sinceCommit.removeAll(removals.items());
    }
}
