package org.abhilekh.coverage.control;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The months a timeline shows: every month from the first to the last, quiet ones included, so a gap in coverage is
 * a visible run of zeros rather than two bars that sit side by side as if the months were neighbours.
 */
public final class MonthAxis {

    private MonthAxis() {
    }

    /** Every month from the earliest to the latest given, in order; none when none are given. */
    public static List<YearMonth> spanning(Collection<YearMonth> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        YearMonth first = months.stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = months.stream().max(YearMonth::compareTo).orElseThrow();
        List<YearMonth> axis = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            axis.add(month);
        }
        return axis;
    }
}
