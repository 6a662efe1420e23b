package org.abhilekh.coverage.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.abhilekh.coverage.entity.Coverage;
import org.abhilekh.platform.control.Downloads;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Coverage as CSV (RFC 4180, written by Apache Commons CSV) for reports: the per-month table, an empty line, then
 * the per-outlet table. A cell that starts with {@code = + - @} (or a tab or carriage return) is prefixed with an
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula (CSV injection); Commons CSV
 * has no such option, so the platform's {@code Downloads.defuseFormula} does it before a cell is printed.
 */
public final class CoverageCsv {

    private CoverageCsv() {
    }

    public static String write(Coverage coverage) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            row(printer, header(coverage));
            for (Coverage.Month month : coverage.months()) {
                List<String> cells = new ArrayList<>();
                cells.add("month");
                cells.add(month.month());
                cells.add(Integer.toString(month.total()));
                coverage.languages().forEach(l -> cells.add(Integer.toString(month.byLanguage().getOrDefault(l, 0))));
                coverage.media().forEach(m -> cells.add(Integer.toString(month.byMedium().getOrDefault(m, 0))));
                row(printer, cells);
            }
            printer.println();
            row(printer, List.of("section", "outlet", "count", "first", "latest"));
            for (Coverage.Outlet outlet : coverage.outlets()) {
                row(printer, List.of("outlet", outlet.name(), Integer.toString(outlet.count()),
                        outlet.first() == null ? "" : outlet.first().toString(), outlet.latest() == null ? "" : outlet.latest().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to a string cannot fail", e);
        }
        return csv.toString();
    }

    private static List<String> header(Coverage coverage) {
        List<String> header = new ArrayList<>(List.of("section", "month", "total"));
        coverage.languages().forEach(l -> header.add("language:" + l));
        coverage.media().forEach(m -> header.add("medium:" + m));
        return header;
    }

    private static void row(CSVPrinter printer, List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(CoverageCsv::cell));
    }

    /** A cell's text as it goes to the printer: safe from running as a formula. */
    static String cell(String value) {
        return Downloads.defuseFormula(value);
    }
}
