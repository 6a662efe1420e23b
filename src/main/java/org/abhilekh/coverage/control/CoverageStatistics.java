package org.abhilekh.coverage.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.coverage.entity.Coverage;

/**
 * Counts clippings. It is given only the clippings the caller may see (the archive applies
 * visibility), so public numbers never include a staff-only clipping. A clipping without a date is
 * counted for its outlet but cannot be placed on the timeline; one without an outlet is counted
 * under "unknown outlet" so totals still add up. Outlets are grouped by the managed outlet list's name,
 * whatever spelling a clipping carries. The timeline lists every month from the first clipping's to the
 * last one's (for one chosen year, all twelve), months without clippings at zero.
 */
public final class CoverageStatistics {

    public static final String UNKNOWN = "unknown";

    private CoverageStatistics() {
    }

    public static Coverage compute(List<DocumentFacts> clippings, Integer year, String outlet) {
        return compute(clippings, year, outlet, UnaryOperator.identity());
    }

    /**
     * As above, with every outlet name (the clippings' and the one asked for) first put through
     * {@code canonical}, the outlet list's mapping of spellings to outlets: "Prabhat Khabar" typed three
     * ways is counted as one outlet.
     */
    public static Coverage compute(List<DocumentFacts> clippings, Integer year, String outlet, UnaryOperator<String> canonical) {
        List<DocumentFacts> all = clippings.stream().filter(DocumentFacts::isClipping).map(c -> canonicalOutlet(c, canonical)).toList();
        outlet = outlet == null || outlet.isBlank() ? outlet : canonical.apply(outlet);
        List<Integer> years = all.stream().map(DocumentFacts::date).filter(Objects::nonNull).map(LocalDate::getYear)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
        List<String> allOutlets = all.stream().map(CoverageStatistics::outletOf).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        String chosen = outlet;
        List<DocumentFacts> selected = all.stream()
                .filter(c -> year == null || (c.date() != null && c.date().getYear() == year))
                .filter(c -> chosen == null || chosen.isBlank() || outletOf(c).equals(chosen))
                .toList();

        TreeSet<String> languages = new TreeSet<>();
        TreeSet<String> media = new TreeSet<>();
        selected.forEach(c -> {
            languages.add(valueOr(c.language()));
            media.add(valueOr(c.medium()));
        });
        Map<String, List<DocumentFacts>> byMonth = new TreeMap<>();
        selected.stream().filter(c -> c.date() != null)
                .forEach(c -> byMonth.computeIfAbsent(c.date().toString().substring(0, 7), m -> new ArrayList<>()).add(c));
        // The timeline runs without a break, quiet months at zero, so gaps are visible: a chosen year in full, else
        // from the first month with a clipping to the last.
        List<YearMonth> axis = year != null
                ? MonthAxis.spanning(List.of(YearMonth.of(year, 1), YearMonth.of(year, 12)))
                : MonthAxis.spanning(byMonth.keySet().stream().map(YearMonth::parse).toList());
        axis.forEach(month -> byMonth.putIfAbsent(month.toString(), new ArrayList<>()));
        List<Coverage.Month> months = new ArrayList<>();
        byMonth.forEach((month, list) -> months.add(new Coverage.Month(month, list.size(),
                counts(list, languages, DocumentFacts::language), counts(list, media, DocumentFacts::medium))));

        Map<String, List<DocumentFacts>> byOutlet = new LinkedHashMap<>();
        selected.forEach(c -> byOutlet.computeIfAbsent(outletOf(c), o -> new ArrayList<>()).add(c));
        List<Coverage.Outlet> outlets = byOutlet.entrySet().stream().map(e -> new Coverage.Outlet(e.getKey(), e.getValue().size(),
                        e.getValue().stream().map(DocumentFacts::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                        e.getValue().stream().map(DocumentFacts::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null)))
                .sorted(Comparator.comparingInt(Coverage.Outlet::count).reversed().thenComparing(Coverage.Outlet::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Coverage(year, outlet == null || outlet.isBlank() ? null : outlet, selected.size(), List.copyOf(months),
                List.copyOf(languages), List.copyOf(media), outlets, years, allOutlets);
    }

    private static DocumentFacts canonicalOutlet(DocumentFacts c, UnaryOperator<String> canonical) {
        String outlet = c.outlet() == null || c.outlet().isBlank() ? c.outlet() : canonical.apply(c.outlet());
        return java.util.Objects.equals(outlet, c.outlet()) ? c : new DocumentFacts(c.id(), c.title(), c.type(), c.date(), c.language(),
                outlet, c.medium(), c.district(), c.originalName(), c.mediaType(), c.sizeBytes(), c.sha256(), c.publiclyVisible());
    }

    static String outletOf(DocumentFacts clipping) {
        return clipping.outlet() == null || clipping.outlet().isBlank() ? UNKNOWN : clipping.outlet();
    }

    private static String valueOr(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    private static Map<String, Integer> counts(List<DocumentFacts> clippings, TreeSet<String> keys,
                                               java.util.function.Function<DocumentFacts, String> key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, 0));
        clippings.forEach(c -> counts.merge(valueOr(key.apply(c)), 1, Integer::sum));
        return counts;
    }
}
