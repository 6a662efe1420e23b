package org.abhilekh.coverage.control;

import java.util.List;
import org.abhilekh.coverage.entity.Coverage;

/**
 * Coverage as CSV (RFC 4180) for reports: the per-month table, then the per-outlet table. A cell that
 * starts with {@code = + - @} (or a tab or carriage return) is prefixed with an apostrophe, so a
 * spreadsheet shows it as text instead of running it as a formula (CSV injection).
 */
public final class CoverageCsv {

    private CoverageCsv() {
    }

    public static String write(Coverage coverage) {
        StringBuilder csv = new StringBuilder();
        row(csv, header(coverage));
        for (Coverage.Month month : coverage.months()) {
            List<String> cells = new java.util.ArrayList<>();
            cells.add("month");
            cells.add(month.month());
            cells.add(Integer.toString(month.total()));
            coverage.languages().forEach(l -> cells.add(Integer.toString(month.byLanguage().getOrDefault(l, 0))));
            coverage.media().forEach(m -> cells.add(Integer.toString(month.byMedium().getOrDefault(m, 0))));
            row(csv, cells);
        }
        csv.append("\r\n");
        row(csv, List.of("section", "outlet", "count", "first", "latest"));
        for (Coverage.Outlet outlet : coverage.outlets()) {
            row(csv, List.of("outlet", outlet.name(), Integer.toString(outlet.count()),
                    outlet.first() == null ? "" : outlet.first().toString(), outlet.latest() == null ? "" : outlet.latest().toString()));
        }
        return csv.toString();
    }

    private static List<String> header(Coverage coverage) {
        List<String> header = new java.util.ArrayList<>(List.of("section", "month", "total"));
        coverage.languages().forEach(l -> header.add("language:" + l));
        coverage.media().forEach(m -> header.add("medium:" + m));
        return header;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = org.abhilekh.platform.control.Downloads.defuseFormula(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
