package io.github.wenshu.export.pdf;

import io.github.wenshu.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's cells placed on its grid: each cell's first row and column and its spans, covered positions
 * skipped as in HTML. Spans that run past the table (or out of the header into the body) are clipped.
 *
 * <pre>{@code
 * TableGrid g = TableGrid.of(table);
 * for (TableGrid.Placed p : g.cells()) { ... p.row(), p.col(), p.colSpan() ... }
 * }</pre>
 */
record TableGrid(List<Placed> cells, int rows, int columns, int headerRows) {

    /** One cell at its grid position. */
    record Placed(Table.Cell cell, int row, int col, int rowSpan, int colSpan, boolean header, int index) {
    }

    static TableGrid of(Table table) {
        int rows = table.rows().size();
        int columns = Math.max(1, table.columnCount());
        boolean[][] taken = new boolean[rows][columns + 64];
        List<Placed> out = new ArrayList<>();
        int widest = 0;
        for (int r = 0; r < rows; r++) {
            boolean header = r < table.headerRows();
            int lastRow = header ? table.headerRows() : rows;
            int c = 0;
            for (Table.Cell cell : table.rows().get(r).cells()) {
                while (c < taken[r].length && taken[r][c]) {
                    c++;
                }
                int colSpan = Math.min(cell.colSpan(), taken[r].length - c);
                int rowSpan = Math.min(cell.rowSpan(), lastRow - r);
                for (int rr = r; rr < r + rowSpan; rr++) {
                    for (int cc = c; cc < c + colSpan; cc++) {
                        taken[rr][cc] = true;
                    }
                }
                out.add(new Placed(cell, r, c, rowSpan, colSpan, header, out.size()));
                c += colSpan;
                widest = Math.max(widest, c);
            }
        }
        return new TableGrid(List.copyOf(out), rows, Math.max(columns, widest), table.headerRows());
    }

    /** The end (exclusive) of the smallest run of rows from {@code start} that no row span crosses. */
    int groupEnd(int start) {
        int end = start + 1;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Placed p : cells) {
                if (p.row() < end && p.row() + p.rowSpan() > end && p.row() >= start) {
                    end = p.row() + p.rowSpan();
                    grew = true;
                }
            }
        }
        return end;
    }
}
