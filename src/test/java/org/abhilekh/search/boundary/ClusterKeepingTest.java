package org.abhilekh.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.abhilekh.platform.control.BusyException;
import org.abhilekh.search.control.HeldCommit;
import org.abhilekh.search.control.PendingRemovals;
import org.abhilekh.search.control.SearchEngine;
import org.abhilekh.search.entity.IndexCommitted;
import org.abhilekh.search.entity.IndexableDocument;
import org.abhilekh.search.entity.PendingRemoval;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SearchResult;
import org.abhilekh.search.entity.Suggestion;
import org.junit.jupiter.api.Test;

/** The cluster's write rules without a cluster: an engine that answers or not, and the removals kept in memory. */
class ClusterKeepingTest {

    private final Removals removals = new Removals();
    private final Engine engine = new Engine();
    private final ClusterKeeping keeping = new ClusterKeeping(removals);
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();

    @Test
    void writesWhileTheClusterIsDownFailNoCallerAndRemovalsAreKept() {
        engine.down = true;
        keeping.index(engine, document(1));
        keeping.remove(engine, "document", 2);
        keeping.remove(engine, "post", 3);
        assertEquals(Set.of("document:2", "post:3"), removals.keys);
        assertEquals("unreachable", keeping.health());
        assertTrue(engine.written.isEmpty());
    }

    @Test
    void aReadWithoutAnAnswerIsUnavailableNotAFault() {
        BusyException unavailable = keeping.unavailable(new ConnectException("refused"));
        assertEquals(503, unavailable.status());
        assertTrue(unavailable.retryAfterSeconds() > 0);
        assertInstanceOf(BusyException.class, unavailable);
    }

    @Test
    void whileTheClusterStaysDownTheCatchUpSendsNothing() {
        engine.down = true;
        keeping.remove(engine, "document", 2);
        catchUp();
        assertEquals(0, sent.get());
        assertEquals(Set.of("document:2"), removals.keys);
    }

    @Test
    void whenItAnswersAgainKeptRemovalsAreMadeAndWhatIsBehindIsSent() {
        engine.down = true;
        keeping.index(engine, document(1));
        keeping.remove(engine, "document", 2);
        engine.down = false;
        catchUp();
        assertEquals(List.of("remove document:2"), engine.written);
        assertTrue(removals.keys.isEmpty());
        assertEquals(1, sent.get());
        assertEquals(2, commits.get(), "a commit before, so what the cluster holds is not sent again, and one after");
        assertEquals("green", keeping.health());
    }

    @Test
    void everyRoundWhileTheClusterAnswersAsksTheTruthWhatIsBehindSoAFailureNoRoundSawIsStillSent() {
        catchUp();
        catchUp();
        assertEquals(2, sent.get());
        assertTrue(engine.written.isEmpty(), "no removal was kept, so none is made");
    }

    @Test
    void aRemovalTheClusterMadeForgetsTheRecordItsDeletionWrote() {
        removals.remember("document", 5);
        keeping.remove(engine, "document", 5);
        assertEquals(List.of("remove document:5"), engine.written);
        assertTrue(removals.keys.isEmpty());
    }

    @Test
    void anItemIndexedAgainIsNotRemovedByAnEarlierFailedRemoval() {
        engine.down = true;
        keeping.remove(engine, "post", 3);
        engine.down = false;
        keeping.index(engine, document(3, "post"));
        assertFalse(removals.keys.contains("post:3"));
    }

    @Test
    void aCatchUpThatFailsHalfwayIsTriedAgain() {
        engine.down = true;
        keeping.index(engine, document(1));
        engine.down = false;
        engine.failNextRemoval = true;
        removals.remember("document", 9);
        catchUp();
        assertEquals(0, sent.get());
        catchUp();
        assertEquals(1, sent.get());
        assertTrue(removals.keys.isEmpty());
    }

    private void catchUp() {
        keeping.catchUp(engine, () -> {
            if (engine.down) {
                throw new ConnectException("refused");
            }
            return "green";
        }, sent::incrementAndGet, commits::incrementAndGet);
    }

    private static IndexableDocument document(long id) {
        return document(id, "document");
    }

    private static IndexableDocument document(long id, String kind) {
        return new IndexableDocument(id, 1, kind, "t", "", "", Map.of(), LocalDate.of(2020, 1, 1), true, "/x", Map.of());
    }

    private static final class Removals extends PendingRemovals {
        final Set<String> keys = new LinkedHashSet<>();

        @Override
        public void remember(String kind, long id) {
            keys.add(PendingRemoval.key(kind, id));
        }

        @Override
        public List<PendingRemoval> all() {
            return keys.stream().map(key -> new PendingRemoval(key.substring(0, key.indexOf(':')),
                    Long.parseLong(key.substring(key.indexOf(':') + 1)), java.time.Instant.now())).toList();
        }

        @Override
        public void forget(String kind, long id) {
            keys.remove(PendingRemoval.key(kind, id));
        }
    }

    private static final class Engine implements SearchEngine {
        boolean down;
        boolean failNextRemoval;
        final List<String> written = new ArrayList<>();

        private void answer() throws IOException {
            if (down) {
                throw new ConnectException("refused");
            }
        }

        @Override
        public void index(IndexableDocument document) throws IOException {
            answer();
            written.add("index " + document.kind() + ":" + document.id());
        }

        @Override
        public void remove(String kind, long id) throws IOException {
            answer();
            if (failNextRemoval) {
                failNextRemoval = false;
                throw new ConnectException("refused halfway");
            }
            written.add("remove " + kind + ":" + id);
        }

        @Override
        public void refresh() throws IOException {
            answer();
        }

        @Override
        public void refreshBlocking() throws IOException {
            answer();
        }

        @Override
        public IndexCommitted commit() {
            return new IndexCommitted(Map.of());
        }

        @Override
        public HeldCommit holdLastCommit() {
            throw new UnsupportedOperationException();
        }

        @Override
        public SearchResult search(SearchRequest request) throws IOException {
            throw new ConnectException("refused");
        }

        @Override
        public List<Suggestion> suggest(String typed, boolean staff) {
            return List.of();
        }

        @Override
        public List<SearchHit> moreLikeThis(String kind, long id, boolean staff, int count) {
            return List.of();
        }

        @Override
        public int documentCount() {
            return 0;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
