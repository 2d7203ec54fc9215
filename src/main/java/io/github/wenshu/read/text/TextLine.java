package io.github.wenshu.read.text;

/**
 * One input line: its 1-based number, the column where its text starts, and its text with layout
 * (leading spaces, U+3000, U+00A0, tabs; trailing white space) removed. A page-break marker (a form feed)
 * is its own line with {@link #pageBreak} set.
 *
 * <pre>{@code
 * TextLine l = new TextLine(9, 3, "一、总体情况", false);
 * }</pre>
 */
public record TextLine(int number, int column, String text, boolean pageBreak) {

    public boolean isBlank() {
        return !pageBreak && text.isEmpty();
    }

    /** Leading layout characters: ASCII white space, ideographic space, no-break space. */
    static boolean isLayout(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
                || c == '\u200B' || c == '\uFEFF';
    }
}
