package io.github.wenshu.check;

/** How much a finding matters: an {@link #ERROR} makes a document non-conforming, a {@link #WARNING} does not. */
public enum Severity {
    ERROR,
    WARNING
}
