package org.abhilekh.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.security.entity.AuditAction;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void emptyFiltersMeanEverythingOnTheFirstPage() {
        assertEquals(new AuditFilter(null, null, null, null, null, 1), AuditFilter.parse(null, "", " ", null, "  ", null));
    }

    @Test
    void daysAreIndianDaysWithBothEndsIncluded() {
        AuditFilter filter = AuditFilter.parse(" admin ", "post_publish", "2026-11-01", "2026-11-28", "post kilns", "3");
        assertEquals(new AuditFilter("admin", AuditAction.POST_PUBLISH, Instant.parse("2026-10-31T18:30:00Z"),
                Instant.parse("2026-11-28T18:30:00Z"), "post kilns", 3), filter);
        assertEquals(100, filter.offset());
        assertEquals(AuditFilter.parse(null, null, "2026-11-28", "2026-11-28", null, null).until(), Instant.parse("2026-11-28T18:30:00Z"));
    }

    @Test
    void mistakesAreBadInputThatSaysWhatToFix() {
        assertMessage("Unknown action 'DROP TABLE'", () -> AuditFilter.parse(null, "DROP TABLE", null, null, null, null));
        assertMessage("'from' must be a date like 2026-11-28; got '28/11/2026'", () -> AuditFilter.parse(null, null, "28/11/2026", null, null, null));
        assertMessage("'to' must be a date like", () -> AuditFilter.parse(null, null, null, "2026-02-30", null, null));
        assertMessage("'from' must be a date between 2000 and 2999", () -> AuditFilter.parse(null, null, "1800-01-01", null, null, null));
        assertMessage("'to' (2026-11-01) is before 'from' (2026-11-28)", () -> AuditFilter.parse(null, null, "2026-11-28", "2026-11-01", null, null));
        assertMessage("'page' must be a whole number from 1 to 10000; got '0'", () -> AuditFilter.parse(null, null, null, null, null, "0"));
        assertMessage("got '-1'", () -> AuditFilter.parse(null, null, null, null, null, "-1"));
        assertMessage("got '99999999999999999999'", () -> AuditFilter.parse(null, null, null, null, null, "99999999999999999999"));
        assertMessage("got 'two'", () -> AuditFilter.parse(null, null, null, null, null, "two"));
        assertMessage("at most 100 characters", () -> AuditFilter.parse("a".repeat(101), null, null, null, null, null));
        assertMessage("at most 300 characters", () -> AuditFilter.parse(null, null, null, null, "t".repeat(301), null));
        BadInputException huge = assertThrows(BadInputException.class, () -> AuditFilter.parse(null, null, "9".repeat(5000), null, null, null));
        assertTrue(huge.getMessage().length() < 200, "a huge value is not echoed whole");
    }

    @Test
    void likePatternsFromCallersMatchLiterally() {
        assertEquals("100\\% \\_done\\\\", AuditLog.likeEscaped("100% _done\\"));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable parse) {
        BadInputException failure = assertThrows(BadInputException.class, parse);
        assertTrue(failure.getMessage().contains(part), failure.getMessage());
    }
}
