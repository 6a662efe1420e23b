package org.abhilekh.coverage.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.abhilekh.coverage.entity.Coverage;
import org.owasp.encoder.Encode;

/**
 * Draws the timeline as an inline SVG stacked bar chart on the server: it needs no script and no
 * network, scales to a phone's width, and carries a title for screen readers. The
 * table beside it holds the same numbers for anyone who cannot read the chart.
 */
public final class CoverageChart {

    /** Colours that keep AA contrast against the white chart background for their legend text. */
    private static final List<String> PALETTE = List.of("#8a2d1c", "#1a5fb4", "#2e7d32", "#6b3fa0", "#b35900", "#00695c", "#555d66");
    private static final int BAR = 26;
    private static final int GAP = 10;
    /**
     * A timeline longer than two years is drawn at the minimum width with bars as thin as its months need, and a label
     * per year, so its letters stay as large as a short timeline's on a phone.
     */
    private static final int LONG = 24;
    private static final int HEIGHT = 160;
    private static final int TOP = 10;
    private static final int LEFT = 28;
    private static final int MIN_WIDTH = 480;

    private CoverageChart() {
    }

    /**
     * @param split  "language" or "medium"
     * @param labels how to show a series key to the reader (in the page's language)
     */
    public static String svg(Coverage coverage, String split, Function<String, String> labels, String title) {
        List<String> keys = "medium".equals(split) ? coverage.media() : coverage.languages();
        int max = Math.max(1, coverage.months().stream().mapToInt(Coverage.Month::total).max().orElse(1));
        int months = Math.max(1, coverage.months().size());
        boolean longTimeline = months > LONG;
        // At least this wide, so that a timeline of two months is not blown up to giant bars and letters.
        int width = longTimeline ? MIN_WIDTH : Math.max(MIN_WIDTH, LEFT + months * (BAR + GAP) + GAP);
        double slot = longTimeline ? (double) (width - LEFT - GAP) / months : BAR + GAP;
        double bar = longTimeline ? slot * 0.75 : BAR;
        int legendTop = TOP + HEIGHT + 56;
        int height = legendTop + keys.size() * 22 + 8;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coverage-chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-%s-title\">",
                width, height, split));
        svg.append("<title id=\"chart-").append(split).append("-title\">").append(escape(title)).append("</title>");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555d66\"/>",
                LEFT, TOP + HEIGHT, width, TOP + HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" fill=\"#1f2328\">%d</text>",
                LEFT - 4, TOP + 8, max));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" fill=\"#1f2328\">0</text>",
                LEFT - 4, TOP + HEIGHT));
        double x = LEFT + GAP;
        boolean first = true;
        for (Coverage.Month month : coverage.months()) {
            Map<String, Integer> counts = "medium".equals(split) ? month.byMedium() : month.byLanguage();
            int y = TOP + HEIGHT;
            for (int i = 0; i < keys.size(); i++) {
                int count = counts.getOrDefault(keys.get(i), 0);
                if (count == 0) {
                    continue;
                }
                int h = Math.round((float) count * HEIGHT / max);
                y -= h;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%s\" y=\"%d\" width=\"%s\" height=\"%d\" fill=\"%s\"><title>%s %s: %d</title></rect>",
                        number(x), y, number(bar), h, colour(i), month.month(), escape(labels.apply(keys.get(i))), count));
            }
            String label = label(month.month(), longTimeline, first);
            if (label != null) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%s\" y=\"%d\" font-size=\"12\" fill=\"#1f2328\" transform=\"rotate(-60 %s %d)\" text-anchor=\"end\">%s</text>",
                        number(x + bar / 2), TOP + HEIGHT + 12, number(x + bar / 2), TOP + HEIGHT + 12, label));
            }
            first = false;
            x += slot;
        }
        for (int i = 0; i < keys.size(); i++) {
            int y = legendTop + i * 22;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"16\" height=\"16\" fill=\"%s\"/>", LEFT, y, colour(i)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"16\" fill=\"#1f2328\">%s</text>",
                    LEFT + 22, y + 14, escape(labels.apply(keys.get(i)))));
        }
        return svg.append("</svg>").toString();
    }

    /** Each month of a short timeline; a long one marks the first month and each January with its year. */
    static String label(String month, boolean longTimeline, boolean first) {
        if (!longTimeline) {
            return month;
        }
        return first ? month : (month.endsWith("-01") ? month.substring(0, 4) : null);
    }

    /** A coordinate: whole numbers as they are, others to two decimals. */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** Text for an SVG element or attribute, encoded by the OWASP Java Encoder. */
    static String escape(String text) {
        return text == null ? "" : Encode.forXml(text);
    }
}
