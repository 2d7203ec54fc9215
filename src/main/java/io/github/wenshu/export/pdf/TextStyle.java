package io.github.wenshu.export.pdf;

import io.github.wenshu.style.FontRole;

/**
 * How a run of text is drawn: role and size, tracking (pt added to every cell), emphasis, link, colour.
 *
 * <pre>{@code
 * TextStyle body = TextStyle.plain(FontRole.FANGSONG, 16, -0.207f);
 * TextStyle strong = body.withBold(true);
 * }</pre>
 *
 * @param script 1 superscript, -1 subscript, 0 normal
 * @param rgb    colour as 0xRRGGBB
 */
record TextStyle(FontRole role, float size, float tracking, boolean bold, boolean italic, boolean underline,
                 int script, String link, int rgb) {

    static TextStyle plain(FontRole role, float size, float tracking) {
        return new TextStyle(role, size, tracking, false, false, false, 0, null, 0);
    }

    TextStyle withBold(boolean b) {
        return new TextStyle(role, size, tracking, b, italic, underline, script, link, rgb);
    }

    TextStyle withEmphasis(boolean b, boolean i, boolean u, int s, String l) {
        return new TextStyle(role, size, tracking, bold || b, italic || i, underline || u, s, l, rgb);
    }

    TextStyle withColor(int color) {
        return new TextStyle(role, size, tracking, bold, italic, underline, script, link, color);
    }

    /** The size glyphs are drawn at: smaller for super- and subscripts. */
    float drawSize() {
        return script == 0 ? size : size * 0.6f;
    }

    /** How far the baseline is raised (negative: lowered). */
    float rise() {
        return script > 0 ? size * 0.36f : script < 0 ? -size * 0.12f : 0f;
    }

    /** Bold is drawn by stroking the outline, except in faces whose weight is their design (GB/T 9704). */
    boolean fakeBold() {
        return bold && role != FontRole.HEITI && role != FontRole.XIAOBIAOSONG;
    }
}
