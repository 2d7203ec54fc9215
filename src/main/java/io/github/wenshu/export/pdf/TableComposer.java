package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a table in the body: caption above on the grid (centred, in the header face: table titles read as
 * headings), then the rows from a grid line, header rows repeated on every page the table continues on,
 * rows kept whole unless one alone is taller than a page; the body grid resumes on the next grid line.
 *
 * <pre>{@code
 * new TableComposer(ctx, pages, body).compose(table, "body[4]");
 * }</pre>
 */
final class TableComposer {

    private static final float EPS = 0.01f;

    private final PdfContext ctx;
    private final PageComposer pages;
    private final BodyComposer body;

    TableComposer(PdfContext ctx, PageComposer pages, BodyComposer body) {
        this.ctx = ctx;
        this.pages = pages;
        this.body = body;
    }

    void compose(Table table, String location) {
        if (table.landscape()) {
            ctx.warnings().add("table-landscape", location,
                    "landscape tables are not yet set rotated in PDF; written upright");
        }
        PageFrame frame = ctx.frame();
        TableGrid grid = TableGrid.of(table);
        List<CellLayout> cells = cells(table, grid, location);
        float[] widths = TableGeometry.widths(table, grid, cells, frame.bodyWidth());
        float[] x = new float[widths.length + 1];
        for (int k = 0; k < widths.length; k++) {
            x[k + 1] = x[k] + widths[k];
        }
        if (x[widths.length] > frame.bodyWidth() + 1) {
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
        float headerHeight = header == null ? 0 : header.height();
        float first = bands.isEmpty() ? 0 : Math.min(bands.get(0).height(), 3 * CellLayout.lineHeight(ctx.style().tableSize()));
        ShapedText caption = table.caption() == null || table.caption().isBlank() ? null
                : ctx.text(table.caption(), ctx.style().tableHeaderFont(), ctx.style().bodySize(), location + ".caption");
        int tableRows = (int) Math.ceil((headerHeight + first) / frame.pitch());
        if (caption != null) {
            var lines = PdfContext.lines(caption, ctx.bodyMeasure(0, 0, Align.CENTER));
            pages.keepTogether(Math.min(frame.rows(), lines.count() + tableRows));
            pages.placeAll(caption, lines, ctx.style().bodySize());
        } else {
            pages.keepTogether(Math.min(frame.rows(), tableRows));
        }
        float left = Math.max(0, (frame.bodyWidth() - x[widths.length]) / 2);
        Placement placement = new Placement(new TablePainter(x, ctx.style().tableSize()), header, left);
        placement.cells = cells;
        placement.heights = heights;
        placement.starts = starts;
        placement.run(bands, location);
    }

    /** The running state of setting bands page after page. */
    private final class Placement {
        private final TablePainter painter;
        private final TableBand header;
        private final float left;
        private float y;
        private boolean bodyOnPage;
        private List<CellLayout> cells;
        private float[] heights;
        private List<Integer> starts;

        Placement(TablePainter painter, TableBand header, float left) {
            this.painter = painter;
            this.header = header;
            this.left = left;
        }

        void run(List<TableBand> bands, String location) {
            PageFrame frame = ctx.frame();
            y = pages.top();
            drawHeader();
            for (int i = 0; i < bands.size(); i++) {
                TableBand b = bands.get(i);
                float fresh = frame.bodyTop() - frame.bodyBottom() - (header == null ? 0 : header.height());
                if (b.rows() > 1 && b.height() > fresh + EPS) {
                    sliced(starts.get(i), starts.get(i) + b.rows());
                    continue;
                }
                while (b != null) {
                    float space = y - frame.bodyBottom();
                    if (b.height() <= space + EPS) {
                        draw(b);
                        b = null;
                    } else if (bodyOnPage && b.height() <= fresh + EPS) {
                        continueOnNewPage();
                    } else if (b.canSplit(space)) {
                        TableBand[] parts = b.split(space);
                        draw(parts[0]);
                        continueOnNewPage();
                        b = parts[1];
                    } else if (bodyOnPage || space < fresh - EPS) {
                        continueOnNewPage();
                    } else {
                        ctx.warnings().add("table-rows-too-tall", location, "rows joined by a row span are taller"
                                + " than a page; they run past the bottom margin");
                        draw(b);
                        b = null;
                    }
                }
            }
            pages.moveBelow(y);
        }

        /** Rows joined by row spans but taller than a page: as many rows per page as fit. */
        private void sliced(int start, int end) {
            int[] consumed = new int[cells.size()];
            int a = start;
            while (a < end) {
                float space = y - ctx.frame().bodyBottom();
                int b = a;
                float h = 0;
                while (b < end && h + heights[b] <= space + EPS) {
                    h += heights[b++];
                }
                if (b == a && bodyOnPage) {
                    continueOnNewPage();
                    continue;
                }
                b = Math.max(b, a + 1);
                draw(TableBand.slice(cells, heights, a, b, consumed));
                a = b;
                if (a < end) {
                    continueOnNewPage();
                }
            }
        }

        private void drawHeader() {
            if (header != null) {
                painter.paint(pages, header, bodyLeft() + left, y);
                y -= header.height();
            }
            bodyOnPage = false;
        }

        private void draw(TableBand b) {
            painter.paint(pages, b, bodyLeft() + left, y);
            y -= b.height();
            bodyOnPage = true;
        }

        private void continueOnNewPage() {
            pages.newPage();
            y = pages.top();
            drawHeader();
        }

        private float bodyLeft() {
            return ctx.frame().bodyLeft(pages.page().number());
        }
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
