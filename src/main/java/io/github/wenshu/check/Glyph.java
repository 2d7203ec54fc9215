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

    float right() {
        return x + width;
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
