package io.github.wenshu.check;

import java.util.Objects;

/**
 * One measured departure from GB/T 9704.
 *
 * <pre>{@code
 * new Finding(Rule.LINES_PER_PAGE, 2, "23 lines", "22 lines", Severity.ERROR);
 * }</pre>
 *
 * @param rule     the rule, which names its clause
 * @param page     1-based page, or 0 for the whole document
 * @param measured what the PDF shows
 * @param expected what the standard asks for, with its tolerance
 * @param severity whether it breaks conformance
 */
public record Finding(Rule rule, int page, String measured, String expected, Severity severity) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(severity, "severity");
    }
}
