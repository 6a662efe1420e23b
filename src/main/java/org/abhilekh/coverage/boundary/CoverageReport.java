package org.abhilekh.coverage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.coverage.control.CoverageStatistics;
import org.abhilekh.coverage.control.OutletNames;
import org.abhilekh.coverage.entity.Coverage;
import org.abhilekh.platform.control.BadInputException;

/**
 * The coverage feature's front door: statistics from the archive's own clippings, with the caller's
 * visibility applied by the archive before anything is counted.
 */
@ApplicationScoped
public class CoverageReport {

    @Inject
    Archive archive;

    @Inject
    Outlets outlets;

    public Coverage coverage(boolean staff, String year, String outlet) {
        List<DocumentFacts> clippings = archive.clippings(staff);
        UnaryOperator<String> canonical = staff ? outlets.canonicalNames() : visibleSpellings(clippings, outlets.canonicalNames());
        return CoverageStatistics.compute(clippings, parseYear(year), outlet == null || outlet.isBlank() ? null : outlet.strip(), canonical);
    }

    /**
     * For the public, the outlet list's mapping narrowed to the spellings its own clippings use and the names they are
     * counted under: an outlet known only from staff-only clippings, or an alias staff declared, is never turned into a
     * name the public has not seen.
     */
    private static UnaryOperator<String> visibleSpellings(List<DocumentFacts> clippings, UnaryOperator<String> canonical) {
        Map<String, String> byKey = new HashMap<>();
        for (DocumentFacts clipping : clippings) {
            if (clipping.outlet() != null && !clipping.outlet().isBlank()) {
                String name = canonical.apply(clipping.outlet());
                byKey.put(OutletNames.key(clipping.outlet()), name);
                byKey.put(OutletNames.key(name), name);
            }
        }
        return typed -> typed == null ? null : byKey.getOrDefault(OutletNames.key(typed), typed);
    }

    static Integer parseYear(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value < 1800 || value > 9999) {
                throw new BadInputException("The year must be written with four digits, like 2024; got '" + year + "'.");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadInputException("The year must be written with four digits, like 2024; got '"
                    + (year.length() > 20 ? year.substring(0, 20) : year) + "'.", e);
        }
    }
}
