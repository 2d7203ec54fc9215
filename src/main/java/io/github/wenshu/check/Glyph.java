package io.github.wenshu.check;

/**
 * One glyph as read back from a PDF, in points, y measured down from the top of the page.
 *
 * @param text     the Unicode text the glyph stands for (usually one character)
 * @param x        left edge
 * @param baseline baseline position
 * @param width    advance width, spacing included
 * @param size     effective font size (font size × text matrix scale)
 * @param font     font name as stored in the PDF, subset prefix included
 * @param rgb      fill colour as 0xRRGGBB, or -1 when unknown
 */
record Glyph(String text, float x, float baseline, float width, float size, String font, int rgb) {

    /** Full-width punctuation whose ink sits in the left half of the em (，。、 closing brackets and quotes). */
    private static final String LEFT_INK = "，。、；：！？）》」』】〕〗〉”’";
    /** Full-width punctuation whose ink sits in the right half (opening brackets and quotes). */
    private static final String RIGHT_INK = "（《「『【〔〖〈“‘";

    float right() {
        return x + width;
    }

    /**
     * Where the glyph's ink ends: half an em early for left-sitting punctuation, which typesetters may squeeze to
     * half width at a line end (PDF widths still say one em).
     */
    float inkRight() {
        return isLeftInkPunctuation() ? x + width / 2 : x + width;
    }

    boolean isLeftInkPunctuation() {
        return LEFT_INK.contains(text);
    }

    /** Where the ink starts: half an em late for opening punctuation, which may be squeezed at a line start. */
    float inkLeft() {
        return RIGHT_INK.contains(text) ? x + width / 2 : x;
    }

    boolean isBlank() {
        return text.isBlank() || text.equals("\u3000");
    }

    /** A CJK ideograph (not punctuation): the unit the grid counts. */
    boolean isHanzi() {
        int c = text.isEmpty() ? 0 : text.codePointAt(0);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isIdeographic(c);
    }

    boolean isRed() {
        return Colours.isRed(rgb);
    }
}
