package org.abhilekh.coverage.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Coverage statistics for one selection (year, outlet): clippings per month split by language and by
 * medium, and a row per outlet. The chart, the table, the JSON and the CSV are all drawn from this one
 * value, so they always carry the same numbers.
 */
public record Coverage(
        Integer year,
        String outlet,
        int total,
        List<Month> months,
        List<String> languages,
        List<String> media,
        List<Outlet> outlets,
        List<Integer> years,
        List<String> allOutlets) {

    /** One month of the timeline, written {@code YYYY-MM}; a month without clippings counts zero. */
    public record Month(String month, int total, Map<String, Integer> byLanguage, Map<String, Integer> byMedium) {
    }

    /** One outlet: how often it covered the organisation, and when first and last. */
    public record Outlet(String name, int count, LocalDate first, LocalDate latest) {
    }
}
