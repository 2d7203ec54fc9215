package io.github.wenshu.check;

import java.util.List;
import java.util.Map;

/**
 * What {@link Checker} found in one PDF: every finding, and each rule's outcome.
 *
 * <pre>{@code
 * ConformanceReport r = new Checker().check(Path.of("report.pdf"));
 * if (!r.conforms()) r.errors().forEach(f -> System.out.println(f.rule().id() + " p." + f.page()));
 * }</pre>
 *
 * @param source   the file name or label that was checked
 * @param pages    number of pages
 * @param findings every departure, in page order within each check
 * @param outcomes each rule's outcome
 * @param notApplicableWhy for rules that could not be determined, why
 */
public record ConformanceReport(String source, int pages, List<Finding> findings, Map<Rule, Outcome> outcomes,
                                Map<Rule, String> notApplicableWhy) {
    public ConformanceReport {
        findings = List.copyOf(findings);
        outcomes = Map.copyOf(outcomes);
        notApplicableWhy = Map.copyOf(notApplicableWhy);
    }

    /** True when no finding is an error. */
    public boolean conforms() {
        return errors().isEmpty();
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    public Outcome outcome(Rule rule) {
        return outcomes.get(rule);
    }

    /** The findings of one rule. */
    public List<Finding> findings(Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }
}
