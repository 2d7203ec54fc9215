package io.github.wenshu.check;

/** The result of one rule over a whole document. */
public enum Outcome {
    PASS,
    WARN,
    FAIL,
    /** The rule could not be determined from this PDF (no such element, or it cannot be measured). */
    NOT_APPLICABLE
}
