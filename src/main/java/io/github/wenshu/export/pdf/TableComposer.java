package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.LineSet;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a table: caption centred above; cells in the table face and size (header rows in the header face),
 * broken with the body's line breaker in their own width, centred vertically; thin black rules; rows that
 * do not fit move to the next page, where the header rows repeat. The table starts on a grid line and the
 * body grid resumes on the first grid line below it.
 */
final class TableComposer {

    private static final float RULE = 0.5f;
    private static final float PAD_X = 3f;
    private static final float PAD_Y = 3f;

    private final PdfContext ctx;
    private final PageComposer pages;
    private final BodyComposer body;

    private record CellText(TableGrid.Placed placed, ShapedText text, LineSet lines, float size, float lead) {
    }

    TableComposer(PdfContext ctx, PageComposer pages, BodyComposer body) {
        this.ctx = ctx;
        this.pages = pages;
        this.body = body;
    }

    void table(Table table, String location) {
        if (table.caption() != null && !table.caption().isBlank()) {
            pages.keepTogether(3);
            body.lines(ctx.shaper().shape(table.caption(), ctx.bodyStyle(), location + ".caption"),
                    ctx.bodyMeasure(0, 0, Align.CENTER));
        }
        PageFrame frame = ctx.frame();
        TableGrid grid = new TableGrid(table, frame.bodyWidth());
        float[] heights = new float[grid.rows];
        List<CellText> cells = new ArrayList<>();
        for (TableGrid.Placed p : grid.cells) {
            CellText c = shape(table, grid, p, location);
            cells.add(c);
            float need = c.lines().count() * c.lead() + 2 * PAD_Y;
            if (p.rowSpan() == 1) {
                heights[p.row()] = Math.max(heights[p.row()], need);
            }
        }
        for (CellText c : cells) {
            TableGrid.Placed p = c.placed();
            float have = 0;
            for (int r = p.row(); r < p.row() + p.rowSpan(); r++) {
                have += heights[r];
            }
            float need = c.lines().count() * c.lead() + 2 * PAD_Y;
            if (need > have) {
                heights[p.row() + p.rowSpan() - 1] += need - have;
            }
        }
        if (pages.rowsLeft() <= 0) {
            pages.newPage();
        }
        float y = frame.rowTop(pages.row());
        int header = Math.min(table.headerRows(), grid.rows);
        int r = 0;
        while (r < grid.rows) {
            int end = groupEnd(grid, r);
            float h = sum(heights, r, end);
            if (y - h < frame.bodyBottom() - 0.5f && y < frame.bodyTop() - 0.5f) {
                pages.newPage();
                y = frame.bodyTop();
                if (r >= header && header > 0) {
                    y = draw(grid, cells, heights, 0, header, y);
                }
            }
            y = draw(grid, cells, heights, r, end, y);
            r = end;
        }
        pages.moveTo(pages.rowAtOrBelow(y));
    }

    /** The end (exclusive) of the rows that a row span starting in row r ties together. */
    private static int groupEnd(TableGrid grid, int r) {
        int end = r + 1;
        for (int i = r; i < end; i++) {
            for (TableGrid.Placed p : grid.cells) {
                if (p.row() == i) {
                    end = Math.max(end, p.row() + p.rowSpan());
                }
            }
        }
        return end;
    }

    private static float sum(float[] h, int from, int to) {
        float s = 0;
        for (int i = from; i < to; i++) {
            s += h[i];
        }
        return s;
    }

    private float draw(TableGrid grid, List<CellText> cells, float[] heights, int from, int to, float top) {
        for (CellText c : cells) {
            TableGrid.Placed p = c.placed();
            if (p.row() < from || p.row() >= to) {
                continue;
            }
            float cellTop = top - sum(heights, from, p.row());
            float cellHeight = sum(heights, p.row(), p.row() + p.rowSpan());
            float x = grid.x(p.col());
            float w = grid.width(p);
            float textHeight = c.lines().count() * c.lead();
            float start = switch (p.cell().valign()) {
                case TOP -> cellTop - PAD_Y;
                case BOTTOM -> cellTop - cellHeight + PAD_Y + textHeight;
                default -> cellTop - (cellHeight - textHeight) / 2;
            };
            for (int l = 0; l < c.lines().count(); l++) {
                float baseline = start - l * c.lead() - (c.lead() - c.size()) / 2 - PageFrame.EM_BOX_ASCENT * c.size();
                pages.drawAt(c.text(), c.lines(), l, baseline);
            }
            float bottom = cellTop - cellHeight;
            pages.segment(x, cellTop, x + w, cellTop, RULE);
            pages.segment(x, bottom, x + w, bottom, RULE);
            pages.segment(x, cellTop, x, bottom, RULE);
            pages.segment(x + w, cellTop, x + w, bottom, RULE);
        }
        return top - sum(heights, from, to);
    }

    private CellText shape(Table table, TableGrid grid, TableGrid.Placed p, String location) {
        boolean head = p.row() < table.headerRows();
        float size = ctx.style().tableSize();
        TextStyle style = ctx.textStyle(head ? ctx.style().tableHeaderFont() : ctx.style().tableFont(), size);
        String where = location + ".rows[" + p.row() + "]";
        ShapedText t = ctx.shaper().shape(p.cell().text(), style, where);
        Table.Align a = grid.align(table, p);
        Align align = switch (a) {
            case RIGHT, DECIMAL -> Align.RIGHT;
            case CENTER -> Align.CENTER;
            case LEFT -> Align.LEFT;
            default -> head ? Align.CENTER : Align.LEFT;
        };
        float inner = Math.max(size, grid.width(p) - 2 * PAD_X);
        float start = grid.x(p.col()) + PAD_X;
        LineSet lines = PdfContext.lines(t, new Measure(start + inner, start, start, align));
        return new CellText(p, t, lines, size, size * 1.35f);
    }
}
