package org.abhilekh.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.coverage.entity.Coverage;
import org.junit.jupiter.api.Test;

class CoverageStatisticsTest {

    private static DocumentFacts clipping(long id, String date, String language, String outlet, String medium) {
        return new DocumentFacts(id, "Clipping " + id, "press-clipping", date == null ? null : LocalDate.parse(date), language,
                outlet, medium, "Ranchi", "c.pdf", "application/pdf", 1, "0".repeat(64), true);
    }

    private static final List<DocumentFacts> CLIPPINGS = List.of(
            clipping(1, "2024-01-22", "hi", "Jharkhand Darpan", "print"),
            clipping(2, "2024-01-05", "en", "The Eastern Chronicle", "online"),
            clipping(3, "2024-09-12", "en", "Chotanagpur Times", "online"),
            clipping(4, "2021-11-03", "hi", "Jharkhand Darpan", "print"),
            clipping(5, null, "hi", "Radio Nagpuri 91.2", "radio"),
            clipping(6, "2024-01-30", "hi", null, null),
            new DocumentFacts(7, "A research paper", "research-paper", LocalDate.parse("2024-01-01"), "en", null, null, null,
                    "r.pdf", "application/pdf", 1, "0".repeat(64), true));

    @Test
    void countsPerMonthByLanguageAndMediumAndPerOutlet() {
        Coverage coverage = CoverageStatistics.compute(CLIPPINGS, null, null);
        assertEquals(6, coverage.total(), "only clippings are counted, also one without a date");
        assertEquals(List.of("en", "hi"), coverage.languages());
        assertEquals(List.of("online", "print", "radio", "unknown"), coverage.media());
        assertEquals(35, coverage.months().size(), "every month from 2021-11 to 2024-09");
        assertEquals("2021-11", coverage.months().get(0).month());
        assertEquals("2024-09", coverage.months().get(34).month());
        Coverage.Month december = coverage.months().get(1);
        assertEquals("2021-12", december.month());
        assertEquals(0, december.total(), "a month without clippings is on the timeline at zero");
        assertEquals(Map.of("en", 0, "hi", 0), december.byLanguage());
        assertEquals(6 - 1, coverage.months().stream().mapToInt(Coverage.Month::total).sum(), "all dated clippings, once each");
        Coverage.Month january = coverage.months().get(26);
        assertEquals(3, january.total());
        assertEquals(Map.of("en", 1, "hi", 2), january.byLanguage());
        assertEquals(Map.of("online", 1, "print", 1, "radio", 0, "unknown", 1), january.byMedium());
        assertEquals(List.of(
                new Coverage.Outlet("Jharkhand Darpan", 2, LocalDate.parse("2021-11-03"), LocalDate.parse("2024-01-22")),
                new Coverage.Outlet("Chotanagpur Times", 1, LocalDate.parse("2024-09-12"), LocalDate.parse("2024-09-12")),
                new Coverage.Outlet("Radio Nagpuri 91.2", 1, null, null),
                new Coverage.Outlet("The Eastern Chronicle", 1, LocalDate.parse("2024-01-05"), LocalDate.parse("2024-01-05")),
                new Coverage.Outlet("unknown", 1, LocalDate.parse("2024-01-30"), LocalDate.parse("2024-01-30"))), coverage.outlets());
        assertEquals(List.of(2021, 2024), coverage.years());
    }

    @Test
    void filtersByYearAndOutlet() {
        Coverage year = CoverageStatistics.compute(CLIPPINGS, 2024, null);
        assertEquals(4, year.total());
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
                "2024-10", "2024-11", "2024-12"), year.months().stream().map(Coverage.Month::month).toList());
        assertEquals(List.of(3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0), year.months().stream().map(Coverage.Month::total).toList());
        assertEquals(Map.of("en", 0, "hi", 0), year.months().get(1).byLanguage());
        Coverage outlet = CoverageStatistics.compute(CLIPPINGS, null, "Jharkhand Darpan");
        assertEquals(2, outlet.total());
        assertEquals(List.of("hi"), outlet.languages());
        assertEquals(List.of(2021, 2024), outlet.years(), "the choices stay complete whatever is selected");
        assertEquals(0, CoverageStatistics.compute(CLIPPINGS, 2019, null).total());
    }

    @Test
    void theCsvCarriesTheSameNumbersAndDefusesFormulas() {
        Coverage coverage = CoverageStatistics.compute(List.of(
                clipping(1, "2024-01-22", "hi", "=HYPERLINK(\"http://x\")", "print"),
                clipping(2, "2024-02-05", "en", "Ranchi Samachar, Ranchi", "online")), null, null);
        assertEquals("section,month,total,language:en,language:hi,medium:online,medium:print\r\n"
                + "month,2024-01,1,0,1,0,1\r\n"
                + "month,2024-02,1,1,0,1,0\r\n"
                + "\r\n"
                + "section,outlet,count,first,latest\r\n"
                + "outlet,\"'=HYPERLINK(\"\"http://x\"\")\",1,2024-01-22,2024-01-22\r\n"
                + "outlet,\"Ranchi Samachar, Ranchi\",1,2024-02-05,2024-02-05\r\n", CoverageCsv.write(coverage));
        assertEquals("'+1", CoverageCsv.cell("+1"));
        assertEquals("'-1", CoverageCsv.cell("-1"));
        assertEquals("'@SUM(A1)", CoverageCsv.cell("@SUM(A1)"));
        assertEquals("plain", CoverageCsv.cell("plain"));
    }

    @Test
    void theChartIsAnSvgWithATitleAndOneBarSegmentPerNonZeroCount() {
        Coverage coverage = CoverageStatistics.compute(CLIPPINGS, null, null);
        String svg = CoverageChart.svg(coverage, "language", key -> key.equals("hi") ? "हिन्दी" : "English", "Clippings <per> month");
        assertEquals(true, svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertEquals(true, svg.contains("<title id=\"chart-language-title\">Clippings &lt;per&gt; month</title>"));
        assertEquals(true, svg.contains("viewBox=\"0 0 480 "), "a long timeline keeps the minimum width, its bars thin");
        assertEquals(4, svg.split("<rect x=\"[0-9.]+\" y=\"[0-9]+\" width=\"9.47\"", -1).length - 1,
                "2021-11: hi; 2024-01: en + hi; 2024-09: en; the empty months between draw nothing");
        assertEquals(true, svg.contains("<title>2024-01 हिन्दी: 2</title>"));
        assertEquals(List.of("2021-11", "2022", "2023", "2024"), labels(svg), "a long timeline names its first month and each year");
        String shortOne = CoverageChart.svg(CoverageStatistics.compute(CLIPPINGS, 2024, null), "language", key -> key, "2024");
        assertEquals(12, labels(shortOne).size(), "a year names each of its months");
        assertEquals("2024-02", labels(shortOne).get(1));
    }

    @Test
    void anOutletTypedSeveralWaysIsCountedOnceUnderItsListName() {
        List<DocumentFacts> clippings = List.of(
                clipping(1, "2024-03-01", "hi", "Prabhat Khabar", "print"),
                clipping(2, "2024-03-09", "hi", "prabhat khabar ", "print"),
                clipping(3, "2024-04-02", "hi", "प्रभात खबर", "print"),
                clipping(4, "2024-04-05", "en", "The Eastern Chronicle", "print"));
        java.util.function.UnaryOperator<String> list = typed -> switch (OutletNames.key(typed)) {
            case "prabhat khabar", "प्रभात खबर" -> "Prabhat Khabar";
            default -> typed;
        };
        Coverage coverage = CoverageStatistics.compute(clippings, null, null, list);
        assertEquals(List.of(
                new Coverage.Outlet("Prabhat Khabar", 3, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-04-02")),
                new Coverage.Outlet("The Eastern Chronicle", 1, LocalDate.parse("2024-04-05"), LocalDate.parse("2024-04-05"))),
                coverage.outlets());
        assertEquals(List.of("Prabhat Khabar", "The Eastern Chronicle"), coverage.allOutlets());
        Coverage one = CoverageStatistics.compute(clippings, null, "प्रभात खबर", list);
        assertEquals(3, one.total(), "asking by an alias selects the outlet");
        assertEquals("Prabhat Khabar", one.outlet());
        assertEquals(4, CoverageStatistics.compute(clippings, null, null).outlets().size(), "without the list, spellings stay apart");
    }

    private static List<String> labels(String svg) {
        return java.util.regex.Pattern.compile("text-anchor=\"end\">([0-9-]+)</text>").matcher(svg).results()
                .map(match -> match.group(1)).filter(label -> !label.equals("0") && label.length() >= 4).toList();
    }
}
