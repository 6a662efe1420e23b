package org.abhilekh.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.abhilekh.coverage.control.CoverageChart;
import org.abhilekh.coverage.control.CoverageStatistics;
import org.abhilekh.coverage.entity.Coverage;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.BadInputException;
import org.omnifaces.util.Faces;

/** Backs {@code /press/coverage.xhtml?year=&outlet=}: the chart, the per-outlet table and the CSV link. */
@Named
@RequestScoped
public class CoveragePage {

    @Inject
    CoverageReport report;

    @Inject
    Caller caller;

    private Coverage coverage;
    private String problem;
    private String year;
    private String outlet;

    public void load() {
        year = Faces.getRequestParameter("year");
        outlet = Faces.getRequestParameter("outlet");
        try {
            coverage = report.coverage(caller.isStaff(), year, outlet);
        } catch (BadInputException e) {
            problem = e.getMessage();
            coverage = report.coverage(caller.isStaff(), null, null);
        }
    }

    public Coverage getCoverage() {
        return coverage;
    }

    public String getProblem() {
        return problem;
    }

    public String getYear() {
        return year;
    }

    public String getOutlet() {
        return outlet;
    }

    public String chart(String split) {
        ResourceBundle messages = Faces.getResourceBundle("msg");
        return CoverageChart.svg(coverage, split, key -> label(messages, split, key),
                messages.getString("coverage.chart." + split));
    }

    /** The reader's words for a language code or a medium. */
    public String label(String split, String key) {
        return label(Faces.getResourceBundle("msg"), split, key);
    }

    private static String label(ResourceBundle messages, String split, String key) {
        String name = ("medium".equals(split) ? "medium." : "language.") + key;
        if (CoverageStatistics.UNKNOWN.equals(key)) {
            return messages.getString("coverage.unknown");
        }
        return messages.containsKey(name) ? messages.getString(name) : key;
    }

    public String getCsvUrl() {
        StringBuilder url = new StringBuilder(Faces.getRequestContextPath()).append("/api/coverage.csv");
        String separator = "?";
        if (coverage.year() != null) {
            url.append(separator).append("year=").append(coverage.year());
            separator = "&";
        }
        if (coverage.outlet() != null) {
            url.append(separator).append("outlet=").append(URLEncoder.encode(coverage.outlet(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }
}
