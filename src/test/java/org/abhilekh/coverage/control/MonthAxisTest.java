package org.abhilekh.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonthAxisTest {

    @Test
    void runsFromTheFirstMonthToTheLastWithoutSkippingAny() {
        assertEquals(List.of(YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2),
                        YearMonth.of(2024, 3)),
                MonthAxis.spanning(Set.of(YearMonth.of(2024, 3), YearMonth.of(2023, 11), YearMonth.of(2024, 1))));
    }

    @Test
    void oneMonthIsItsOwnAxisAndNoMonthsMakeNone() {
        assertEquals(List.of(YearMonth.of(2024, 6)), MonthAxis.spanning(List.of(YearMonth.of(2024, 6), YearMonth.of(2024, 6))));
        assertEquals(List.of(), MonthAxis.spanning(List.of()));
    }
}
