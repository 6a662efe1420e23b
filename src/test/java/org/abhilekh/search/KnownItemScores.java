package org.abhilekh.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.search.entity.SearchRequest;
import org.abhilekh.search.entity.SortOrder;

/**
 * How well a table of known-item searches does on one engine: success@10 (the share of searches whose document is
 * among the first ten hits) and MRR@10 (the mean of 1/rank, 0 beyond ten), with the rank each search got.
 */
public record KnownItemScores(int queries, int found, double reciprocalRanks, List<String> ranks) {

    public static final int DEPTH = 10;

    /** Runs one search of the engine under measurement. */
    @FunctionalInterface
    public interface Search {
        List<SearchHit> hits(SearchRequest request) throws IOException;
    }

    public static KnownItemScores measure(SeedArchive seed, List<String[]> items, Search search) throws IOException {
        int found = 0;
        double reciprocalRanks = 0;
        List<String> ranks = new ArrayList<>();
        for (String[] item : items) {
            Long expected = seed.idOf(item[1]);
            if (expected == null) {
                throw new IllegalArgumentException("no seed file " + item[1]);
            }
            List<SearchHit> hits = search.hits(new SearchRequest(item[0], Map.of(), null, null, SortOrder.RELEVANCE, 1, DEPTH,
                    "staff".equals(item[2])));
            int rank = 0;
            for (int i = 0; i < hits.size() && rank == 0; i++) {
                if (hits.get(i).id() == expected) {
                    rank = i + 1;
                }
            }
            if (rank > 0) {
                found++;
                reciprocalRanks += 1.0 / rank;
            }
            ranks.add((rank == 0 ? "-" : Integer.toString(rank)) + "\t" + item[0]);
        }
        return new KnownItemScores(items.size(), found, reciprocalRanks, List.copyOf(ranks));
    }

    public double successAt10() {
        return queries == 0 ? 0 : (double) found / queries;
    }

    public double mrrAt10() {
        return queries == 0 ? 0 : reciprocalRanks / queries;
    }

    /** One row of a report table: name, n, success@10, MRR@10. */
    public String row(String name) {
        return String.format(Locale.ROOT, "%-20s %4d %12.3f %8.3f", name, queries, successAt10(), mrrAt10());
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-20s %4s %12s %8s", "", "n", "success@10", "MRR@10");
    }
}
