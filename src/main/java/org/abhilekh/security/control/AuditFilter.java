package org.abhilekh.security.control;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.security.entity.AuditAction;

/**
 * A question to the audit trail: who (exact account name), which action, which days (inclusive, as
 * days in India), which target (a part of it, any case), which page. Built from what a caller typed,
 * so every part is checked and a mistake is a 400 that says what to fix.
 */
public record AuditFilter(String actor, AuditAction action, Instant from, Instant until, String target, int page) {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE = 10_000;

    public static AuditFilter parse(String actor, String action, String from, String to, String target, String page) {
        String who = blankToNull(actor);
        if (who != null && who.length() > 100) {
            throw new BadInputException("An account name has at most 100 characters.");
        }
        String what = blankToNull(target);
        if (what != null && what.length() > 300) {
            throw new BadInputException("A target has at most 300 characters.");
        }
        LocalDate fromDay = day(from, "from");
        LocalDate toDay = day(to, "to");
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new BadInputException("'to' (" + toDay + ") is before 'from' (" + fromDay + ").");
        }
        return new AuditFilter(who, action(action), fromDay == null ? null : fromDay.atStartOfDay(Organisation.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(Organisation.ZONE).toInstant(), what, page(page));
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    private static AuditAction action(String value) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        try {
            return AuditAction.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Unknown action '" + clip(code) + "'; use one of "
                    + Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static LocalDate day(String value, String name) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() < 2000 || day.getYear() > 2999) {
                throw new BadInputException("'" + name + "' must be a date between 2000 and 2999.");
            }
            return day;
        } catch (DateTimeException e) {
            throw new BadInputException("'" + name + "' must be a date like 2026-11-28; got '" + clip(text) + "'.");
        }
    }

    private static int page(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text);
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // Answered below like any other out-of-range page.
        }
        throw new BadInputException("'page' must be a whole number from 1 to " + MAX_PAGE + "; got '" + clip(text) + "'.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
