package org.abhilekh;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run over pages in the browser: what a screen-reader, keyboard or low-vision reader would stumble on. Keeps
 * every finding, so that the serious and critical ones can fail a test and the rest can be read in a report.
 */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** One rule a page view breaks, with up to five of the elements that break it. */
    record Finding(String view, String rule, String impact, String help, List<String> elements) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " on " + view + ": " + help + " " + elements;
        }
    }

    private final List<Finding> findings = new ArrayList<>();
    private int views;

    /** Runs axe-core over the page the browser shows now, named {@code view} in findings. */
    void check(WebDriver browser, String view) {
        Results results = new AxeBuilder().analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + view + ": " + results.getErrorMessage());
        }
        views++;
        for (Rule rule : results.getViolations()) {
            List<String> elements = rule.getNodes().stream().limit(5).map(CheckedNode::getTarget).map(String::valueOf).toList();
            findings.add(new Finding(view, rule.getId(), String.valueOf(rule.getImpact()), rule.getHelp(), elements));
        }
    }

    List<Finding> blocking() {
        return findings.stream().filter(Finding::blocking).toList();
    }

    /** Every finding by impact and rule, with the views it was seen on, for a person to read. */
    void writeReport(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String byRule = findings.stream()
                .collect(Collectors.groupingBy(finding -> finding.impact() + " " + finding.rule() + ": " + finding.help(),
                        java.util.TreeMap::new, Collectors.mapping(Finding::toString, Collectors.toList())))
                .entrySet().stream()
                .map(entry -> entry.getKey() + " (" + entry.getValue().size() + " views)\n  " + String.join("\n  ", entry.getValue()))
                .collect(Collectors.joining("\n"));
        Files.writeString(file, views + " page views checked, " + findings.size() + " findings\n" + byRule + "\n");
    }
}
