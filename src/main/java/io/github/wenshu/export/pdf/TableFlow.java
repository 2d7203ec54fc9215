package io.github.wenshu.export.pdf;

import java.util.List;

/**
 * Sets a table's bands on a {@link TableSurface} page after page: the header rows at the top of every page,
 * each band (rows joined by row spans) kept on one page when it fits on one, a one-row band taller than the
 * space split between lines, a band taller than a page cut between its rows and, where one of its rows is
 * itself taller than a page, inside that row, so nothing is drawn below the surface's bottom.
 *
 * <pre>{@code
 * new TableFlow(ctx, surface, painter, header, left, cells, heights).run(bands, starts, "body[4]");
 * }</pre>
 */
final class TableFlow {

    private static final float EPS = 0.01f;

    private final PdfContext ctx;
    private final TableSurface surface;
    private final TablePainter painter;
    private final TableBand header;
    private final float left;
    private final List<CellLayout> cells;
    private final float[] heights;
    private float y;
    private boolean bodyOnPage;

    TableFlow(PdfContext ctx, TableSurface surface, TablePainter painter, TableBand header, float left,
              List<CellLayout> cells, float[] heights) {
        this.ctx = ctx;
        this.surface = surface;
        this.painter = painter;
        this.header = header;
        this.left = left;
        this.cells = cells;
        this.heights = heights;
    }

    void run(List<TableBand> bands, List<Integer> starts, String location) {
        y = surface.top();
        drawHeader();
        float fresh = surface.pageHeight() - (header == null ? 0 : header.height());
        for (int i = 0; i < bands.size(); i++) {
            TableBand b = bands.get(i);
            if (b.rows() > 1 && b.height() > fresh + EPS) {
                sliced(starts.get(i), starts.get(i) + b.rows(), fresh, location);
                continue;
            }
            while (b != null) {
                float space = y - surface.bottom();
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
                    ctx.warnings().add("table-rows-too-tall", location, "a row is taller than a page and"
                            + " cannot be split between lines; it runs past the bottom margin");
                    draw(b);
                    b = null;
                }
            }
        }
        surface.end(y);
    }

    /**
     * Rows joined by row spans but taller than a page: as many rows per page as fit; a row that does not fit
     * on a page of its own is split between lines like a one-row band.
     */
    private void sliced(int start, int end, float fresh, String location) {
        int[] consumed = new int[cells.size()];
        float[] h = heights.clone();
        int a = start;
        while (a < end) {
            float space = y - surface.bottom();
            int b = a;
            float sum = 0;
            while (b < end && sum + h[b] <= space + EPS) {
                sum += h[b++];
            }
            if (b > a) {
                draw(TableBand.slice(cells, h, a, b, consumed));
                a = b;
            } else if (h[a] > fresh + EPS && TableBand.rowPartFits(cells, a, space)) {
                draw(TableBand.rowPart(cells, a, space, consumed));
                h[a] = TableBand.rowRest(cells, a, consumed);
            } else if (!bodyOnPage && space >= fresh - EPS) {
                ctx.warnings().add("table-rows-too-tall", location, "a row is taller than a page and cannot be"
                        + " split between lines; it runs past the bottom margin");
                draw(TableBand.slice(cells, h, a, a + 1, consumed));
                a++;
                continue;
            }
            if (a < end) {
                continueOnNewPage();
            }
        }
    }

    private void drawHeader() {
        if (header != null) {
            painter.paint(surface::add, header, surface.left() + left, y);
            y -= header.height();
        }
        bodyOnPage = false;
    }

    private void draw(TableBand b) {
        painter.paint(surface::add, b, surface.left() + left, y);
        y -= b.height();
        bodyOnPage = true;
    }

    private void continueOnNewPage() {
        surface.newPage();
        y = surface.top();
        drawHeader();
    }
}
