package io.github.wenshu.model;

/** Emphasis that an {@link Inline} run may carry. */
public enum InlineStyle {
    BOLD, ITALIC, UNDERLINE, SUPERSCRIPT, SUBSCRIPT
}
