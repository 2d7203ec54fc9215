package io.github.wenshu.layout;

/**
 * The box lines are set in: the full width, the indent of the first line and of the others (pt), and the
 * alignment. A table cell is a measure like the body, only narrower.
 *
 * <pre>{@code
 * Measure body = new Measure(442.2f, 31.6f, 0f, Align.JUSTIFY);   // 156 mm, two-character first indent
 * }</pre>
 */
public record Measure(float width, float firstIndent, float restIndent, Align align) {

    public Measure {
        if (!(width > 0)) {
            throw new IllegalArgumentException("measure width must be positive, was " + width);
        }
    }

    public float indent(int lineNumber) {
        return lineNumber == 0 ? firstIndent : restIndent;
    }

    /** The width available to line {@code lineNumber} (0-based) after its indent, at least 1 pt. */
    public float available(int lineNumber) {
        return Math.max(1f, width - indent(lineNumber));
    }
}
