package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.model.Table;
import io.github.wenshu.style.Units;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a table in the body: caption above on the grid (centred, in the header face: table titles read as
 * headings), then the rows from a grid line, header rows repeated on every page the table continues on,
 * rows kept whole unless one alone is taller than a page; the body grid resumes on the next grid line.
 * A landscape table, or one whose millimetre columns are wider than the 版心 when the style rotates wide
 * tables, is set turned on pages of its own ({@link TurnedTableSurface}); millimetre columns wider than the
 * space are scaled down with a {@code table-scaled} warning.
 *
 * <pre>{@code
 * new TableComposer(ctx, pages, body).compose(table, "body[4]");
 * }</pre>
 */
final class TableComposer {

    private final PdfContext ctx;
    private final PageComposer pages;
    private final BodyComposer body;

    TableComposer(PdfContext ctx, PageComposer pages, BodyComposer body) {
        this.ctx = ctx;
        this.pages = pages;
        this.body = body;
    }

    void compose(Table table, String location) {
        PageFrame frame = ctx.frame();
        double mm = TableGeometry.mmTotal(table);
        boolean turned = table.landscape()
                || ctx.style().rotateWideTables() && mm > ctx.style().bodyWidthMm() + 0.05;
        float available = turned ? frame.bodyTop() - frame.bodyBottom() : frame.bodyWidth();
        if (Units.mmToPt(mm) > available + 0.5f) {
            ctx.warnings().add("table-scaled", location, String.format("the columns add up to %.0f mm, wider than"
                    + " the %s (%.0f mm); scaled down to fit", mm, turned ? "type area turned for a landscape table"
                    : "type area", available / 72 * 25.4));
        }
        TableGrid grid = TableGrid.of(table);
        List<CellLayout> cells = cells(table, grid, location);
        float[] widths = TableGeometry.widths(table, grid, cells, available);
        float[] x = new float[widths.length + 1];
        for (int k = 0; k < widths.length; k++) {
            x[k + 1] = x[k] + widths[k];
        }
        if (x[widths.length] > available + 1) {
            ctx.warnings().add("table-too-wide", location, String.format(
                    "the table is %.0f mm wide, wider than the type area; narrow its columns", x[widths.length] / 72 * 25.4));
        }
        breakCells(cells, widths, grid.columns());
        float[] heights = rowHeights(grid, cells);
        TableBand header = grid.headerRows() > 0 ? TableBand.of(cells, heights, 0, grid.headerRows()) : null;
        List<TableBand> bands = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int r = grid.headerRows(); r < grid.rows(); ) {
            int end = grid.groupEnd(r);
            bands.add(TableBand.of(cells, heights, r, end));
            starts.add(r);
            r = end;
        }
        ShapedText caption = table.caption() == null || table.caption().isBlank() ? null
                : ctx.text(table.caption(), ctx.style().tableHeaderFont(), ctx.style().bodySize(), location + ".caption");
        TableSurface surface = turned ? turned(caption) : upright(caption, header, bands);
        float left = Math.max(0, (surface.width() - x[widths.length]) / 2);
        new TableFlow(ctx, surface, new TablePainter(x, ctx.style().tableSize()), header, left, cells, heights)
                .run(bands, starts, location);
    }

    /** Caption on the grid, kept with the header and the first rows of the table. */
    private TableSurface upright(ShapedText caption, TableBand header, List<TableBand> bands) {
        PageFrame frame = ctx.frame();
        float headerHeight = header == null ? 0 : header.height();
        float first = bands.isEmpty() ? 0 : Math.min(bands.get(0).height(), 3 * CellLayout.lineHeight(ctx.style().tableSize()));
        int tableRows = (int) Math.ceil((headerHeight + first) / frame.pitch());
        if (caption != null) {
            var lines = PdfContext.lines(caption, ctx.bodyMeasure(0, 0, Align.CENTER));
            pages.keepTogether(Math.min(frame.rows(), lines.count() + tableRows));
            pages.placeAll(caption, lines, ctx.style().bodySize());
        } else {
            pages.keepTogether(Math.min(frame.rows(), tableRows));
        }
        return new TableSurface.Upright(pages, frame);
    }

    /** Pages of its own, the caption centred on the first one on the lines of the body grid. */
    private TableSurface turned(ShapedText caption) {
        PageFrame frame = ctx.frame();
        TurnedTableSurface surface = new TurnedTableSurface(pages, frame);
        if (caption != null) {
            float size = ctx.style().bodySize();
            var lines = PdfContext.lines(caption, new Measure(surface.width(), 0, 0, Align.CENTER));
            for (int l = 0; l < lines.count(); l++) {
                float below = frame.bodyTop() - frame.baseline(l, size);
                surface.add(new DrawOp.Text(caption, lines, l, 0, surface.top() - below));
            }
            surface.reserve(frame.bodyTop() - frame.rowTop(lines.count()));
        }
        return surface;
    }

    private List<CellLayout> cells(Table table, TableGrid grid, String location) {
        List<CellLayout> out = new ArrayList<>(grid.cells().size());
        int row = -1;
        int k = 0;
        for (TableGrid.Placed p : grid.cells()) {
            k = p.row() == row ? k + 1 : 0;
            row = p.row();
            Table.Align columnAlign = p.col() < table.columns().size() ? table.columns().get(p.col()).align()
                    : Table.Align.DEFAULT;
            out.add(new CellLayout(ctx, p, columnAlign, location + ".rows[" + p.row() + "][" + k + "]"));
        }
        return out;
    }

    private static void breakCells(List<CellLayout> cells, float[] widths, int columns) {
        float[] tail = new float[columns];
        for (CellLayout c : cells) {
            if (c.align() == Table.Align.DECIMAL && c.placed().colSpan() == 1) {
                tail[c.placed().col()] = Math.max(tail[c.placed().col()], c.decimalTail());
            }
        }
        for (CellLayout c : cells) {
            TableGrid.Placed p = c.placed();
            float w = 0;
            for (int k = p.col(); k < p.col() + p.colSpan(); k++) {
                w += widths[k];
            }
            c.breakIn(w, p.colSpan() == 1 ? tail[p.col()] - c.decimalTail() : 0);
        }
    }

    private static float[] rowHeights(TableGrid grid, List<CellLayout> cells) {
        float[] h = new float[grid.rows()];
        for (CellLayout c : cells) {
            if (c.placed().rowSpan() == 1) {
                h[c.placed().row()] = Math.max(h[c.placed().row()], c.height(c.lineCount()));
            }
        }
        for (int r = 0; r < h.length; r++) {
            if (h[r] == 0 && !cells.isEmpty()) {
                h[r] = cells.get(0).height(1);
            }
        }
        for (CellLayout c : cells) {
            int r = c.placed().row();
            int end = r + c.placed().rowSpan();
            float have = TableBand.sum(h, r, end);
            float need = c.height(c.lineCount());
            if (need > have) {
                h[end - 1] += need - have;
            }
        }
        return h;
    }
}
