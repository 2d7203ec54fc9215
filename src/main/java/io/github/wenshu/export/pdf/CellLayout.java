package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.BreakRules;
import io.github.wenshu.layout.Glyphs;
import io.github.wenshu.layout.LineSet;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.model.Table;

/**
 * One table cell's text: shaped in the table face (header rows in the header face) at the table size,
 * measured for column sizing (min and max content width), then broken with the body's line breaker in the
 * cell's inner width.
 *
 * <pre>{@code
 * CellLayout c = new CellLayout(ctx, placed, Table.Align.LEFT, "body[3]");
 * c.breakIn(120f, 0f);
 * int lines = c.lineCount();
 * }</pre>
 */
final class CellLayout {

    /** Inner padding left and right, pt. */
    static final float PAD_X = 4f;
    /** Inner padding top and bottom, pt. */
    static final float PAD_Y = 3f;

    private final TableGrid.Placed placed;
    private final ShapedText text;
    private final Table.Align align;
    private final float lineHeight;
    private LineSet lines;
    private float width;

    CellLayout(PdfContext ctx, TableGrid.Placed placed, Table.Align columnAlign, String location) {
        this.placed = placed;
        float size = ctx.style().tableSize();
        TextStyle style = ctx.textStyle(placed.header() ? ctx.style().tableHeaderFont() : ctx.style().tableFont(),
                size);
        this.text = ctx.shaper().shape(placed.cell().text(), style, location);
        Table.Align a = placed.cell().align() != Table.Align.DEFAULT ? placed.cell().align() : columnAlign;
        this.align = a != Table.Align.DEFAULT ? a : placed.header() ? Table.Align.CENTER : Table.Align.LEFT;
        this.lineHeight = lineHeight(size);
    }

    static float lineHeight(float size) {
        return size * 1.5f;
    }

    TableGrid.Placed placed() {
        return placed;
    }

    ShapedText text() {
        return text;
    }

    Table.Align align() {
        return align;
    }

    /** The widest piece that cannot be broken (a word, a number with its unit, a kinsoku group), padding in. */
    float minWidth() {
        Glyphs g = text.glyphs();
        boolean[] ok = BreakRules.opportunities(g);
        float widest = 0;
        int start = 0;
        for (int i = 1; i <= g.size(); i++) {
            if (i == g.size() || ok[i]) {
                widest = Math.max(widest, g.width(start, i));
                start = i;
            }
        }
        return widest + 2 * PAD_X + 0.5f;
    }

    /** The whole text on one line, padding in. */
    float maxWidth() {
        return text.glyphs().width(0, text.size()) + 2 * PAD_X + 0.5f;
    }

    /** The width after the decimal point (the point included), for decimal alignment. */
    float decimalTail() {
        Glyphs g = text.glyphs();
        int dot = g.size();
        for (int i = 0; i < g.size(); i++) {
            if (g.codePoint(i) == '.') {
                dot = i;
            }
        }
        return g.width(dot, g.size());
    }

    /** Breaks the text in a cell {@code cellWidth} wide; a decimal cell is set right, {@code tailPad} short. */
    void breakIn(float cellWidth, float tailPad) {
        float inner = Math.max(1f, cellWidth - 2 * PAD_X - (align == Table.Align.DECIMAL ? tailPad : 0));
        Align a = switch (align) {
            case CENTER -> Align.CENTER;
            case RIGHT, DECIMAL -> Align.RIGHT;
            default -> Align.JUSTIFY;
        };
        this.width = cellWidth;
        this.lines = PdfContext.lines(text, new Measure(inner, 0, 0, a));
    }

    int lineCount() {
        return text.size() == 0 ? 0 : lines.count();
    }

    LineSet lines() {
        return lines;
    }

    float lineHeight() {
        return lineHeight;
    }

    float width() {
        return width;
    }

    /** The height of {@code n} lines with the padding. */
    float height(int n) {
        return Math.max(1, n) * lineHeight + 2 * PAD_Y;
    }
}
