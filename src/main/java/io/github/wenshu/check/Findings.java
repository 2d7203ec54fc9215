package io.github.wenshu.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what the checks found in one run. A rule is {@link Outcome#NOT_APPLICABLE} until a check says it
 * {@link #checked} it; then it passes unless an error or warning was recorded for it.
 */
final class Findings {
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Rule, String> notes = new EnumMap<>(Rule.class);
    private final Map<Rule, Boolean> checked = new EnumMap<>(Rule.class);

    void checked(Rule rule) {
        checked.put(rule, true);
    }

    void error(Rule rule, int page, String measured, String expected) {
        add(new Finding(rule, page, measured, expected, Severity.ERROR));
    }

    void warn(Rule rule, int page, String measured, String expected) {
        add(new Finding(rule, page, measured, expected, Severity.WARNING));
    }

    /** Says why a rule could not be determined; ignored if the rule was checked after all. */
    void notApplicable(Rule rule, String why) {
        notes.putIfAbsent(rule, why);
    }

    private void add(Finding f) {
        findings.add(f);
        checked(f.rule());
    }

    ConformanceReport report(String source, int pages) {
        Map<Rule, Outcome> outcomes = new EnumMap<>(Rule.class);
        for (Rule r : Rule.values()) {
            outcomes.put(r, checked.containsKey(r) ? Outcome.PASS : Outcome.NOT_APPLICABLE);
        }
        for (Finding f : findings) {
            Outcome now = outcomes.get(f.rule());
            outcomes.put(f.rule(), f.severity() == Severity.ERROR || now == Outcome.FAIL ? Outcome.FAIL : Outcome.WARN);
        }
        Map<Rule, String> why = new EnumMap<>(Rule.class);
        notes.forEach((r, n) -> {
            if (outcomes.get(r) == Outcome.NOT_APPLICABLE) {
                why.put(r, n);
            }
        });
        return new ConformanceReport(source, pages, findings, outcomes, why);
    }
}
