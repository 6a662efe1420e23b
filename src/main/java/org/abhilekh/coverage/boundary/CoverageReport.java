package org.abhilekh.coverage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.coverage.control.CoverageStatistics;
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
        return CoverageStatistics.compute(archive.clippings(staff), parseYear(year), outlet == null || outlet.isBlank() ? null : outlet.strip(),
                outlets.canonicalNames());
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
