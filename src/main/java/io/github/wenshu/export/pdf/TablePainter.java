package io.github.wenshu.export.pdf;

import io.github.wenshu.model.Table;

/**
 * Draws a band of table cells at a given top: thin black rules round every cell (0.5 pt) and each
 * cell's lines, aligned vertically in its box.
 *
 * <pre>{@code
 * new TablePainter(columnX, size).paint(page::add, band, left, top);
 * }</pre>
 */
final class TablePainter {

    static final float RULE = 0.5f;

    private final float[] columnX;
    private final float size;

    TablePainter(float[] columnX, float size) {
        this.columnX = columnX;
        this.size = size;
    }

    void paint(java.util.function.Consumer<DrawOp> pages, TableBand band, float left, float top) {
        for (TableBand.Piece p : band.pieces()) {
            CellLayout c = p.cell();
            float x = left + columnX[c.placed().col()];
            float y = top - p.top();
            text(pages, p, x, y);
            float x2 = x + c.width();
            float y2 = y - p.height();
            pages.accept(new DrawOp.Rule(x, y, x2, y, RULE, 0));
            pages.accept(new DrawOp.Rule(x, y2, x2, y2, RULE, 0));
            pages.accept(new DrawOp.Rule(x, y, x, y2, RULE, 0));
            pages.accept(new DrawOp.Rule(x2, y, x2, y2, RULE, 0));
        }
    }

    private void text(java.util.function.Consumer<DrawOp> pages, TableBand.Piece p, float x, float top) {
        CellLayout c = p.cell();
        int n = p.to() - p.from();
        if (n <= 0) {
            return;
        }
        float lh = c.lineHeight();
        float free = Math.max(0, p.height() - 2 * CellLayout.PAD_Y - n * lh);
        Table.VAlign v = c.placed().cell().valign();
        float dy = v == Table.VAlign.TOP ? 0 : v == Table.VAlign.BOTTOM ? free : free / 2;
        for (int l = p.from(); l < p.to(); l++) {
            float lineTop = top - CellLayout.PAD_Y - dy - (l - p.from()) * lh;
            float baseline = lineTop - (lh - size) / 2 - PageFrame.EM_BOX_ASCENT * size;
            pages.accept(new DrawOp.Text(c.text(), c.lines(), l, x + CellLayout.PAD_X, baseline));
        }
    }
}
