package org.abhilekh.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.platform.entity.Tally;
import org.abhilekh.platform.entity.TallyChange;
import org.abhilekh.platform.entity.TallyRow;

/**
 * Counters shared by every instance through the database: login throttling and rate limits keep their
 * tallies here, so a restart does not reset them and a second server sees the same counts. The decisions
 * are the callers' (plain classes with a clock); this only reads, changes and forgets tallies, and deletes
 * expired ones at most once a minute, so the table holds only what still counts.
 */
@ApplicationScoped
public class Tallies {

    private static final Logger LOG = Logger.getLogger(Tallies.class.getName());
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    @Inject
    TallyRows rows;

    private final AtomicReference<Instant> lastPruned = new AtomicReference<>(Instant.EPOCH);

    /** The stored tallies of these keys (expired ones included: {@link Tally#isLiveAt} tells). */
    public Map<String, Tally> read(String... keys) {
        return rows.find(List.of(keys).stream().map(Tallies::checked).toList());
    }

    /**
     * Changes one key's tally as {@code decide} says, with no other change of that key in between, and
     * answers what it answered. {@code decide} may be called a second time, on the tally as it then is:
     * two first changes of one key at once both try to create its row, and one of them has to try again.
     */
    public <R> R change(String key, Function<Optional<Tally>, TallyChange<R>> decide) {
        String checked = checked(key);
        pruneNowAndThen();
        try {
            return rows.change(checked, decide);
        } catch (PersistenceException first) {
            LOG.log(Level.FINE, "Tally " + checked + " changed concurrently; trying once more", first);
            return rows.change(checked, decide);
        }
    }

    public void forget(String key) {
        rows.delete(checked(key));
    }

    private void pruneNowAndThen() {
        Instant now = Instant.now();
        Instant last = lastPruned.get();
        if (now.isBefore(last.plus(PRUNE_EVERY)) || !lastPruned.compareAndSet(last, now)) {
            return;
        }
        try {
            int deleted = rows.deleteExpired(now);
            LOG.fine(() -> "Deleted " + deleted + " expired tallies");
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "Could not delete expired tallies; trying again in a minute", e);
        }
    }

    private static String checked(String key) {
        if (key == null || key.isEmpty() || key.length() > TallyRow.MAX_KEY_CHARS) {
            throw new IllegalArgumentException("A tally key has 1 to " + TallyRow.MAX_KEY_CHARS + " characters");
        }
        return key;
    }
}
