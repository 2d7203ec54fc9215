package io.github.wenshu.export.pdf;

import io.github.wenshu.model.Table;
import io.github.wenshu.style.Units;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each cell of a table sits: its grid row and column and spans, as in HTML (a row lists only the cells
 * that start in it); and the column widths in pt, from millimetres, relative weights or equal shares.
 */
final class TableGrid {

    /** One cell placed on the grid. */
    record Placed(Table.Cell cell, int row, int col, int rowSpan, int colSpan) {
    }

    final List<Placed> cells = new ArrayList<>();
    final float[] widths;
    final int rows;

    TableGrid(Table table, float totalWidth) {
        int cols = Math.max(1, table.columnCount());
        rows = table.rows().size();
        boolean[][] taken = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            int c = 0;
            for (Table.Cell cell : table.rows().get(r).cells()) {
                while (c < cols && taken[r][c]) {
                    c++;
                }
                if (c >= cols) {
                    break;
                }
                int rs = Math.min(cell.rowSpan(), rows - r);
                int cs = Math.min(cell.colSpan(), cols - c);
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) {
                        taken[i][j] = true;
                    }
                }
                cells.add(new Placed(cell, r, c, rs, cs));
                c += cs;
            }
        }
        widths = widths(table, cols, totalWidth);
    }

    private static float[] widths(Table table, int cols, float total) {
        float[] w = new float[cols];
        float fixed = 0;
        float weights = 0;
        for (int c = 0; c < cols; c++) {
            Table.Width width = c < table.columns().size() ? table.columns().get(c).width() : Table.Width.AUTO;
            if (width.unit() == Table.Width.Unit.MM) {
                w[c] = Units.mmToPt(width.value());
                fixed += w[c];
            } else {
                weights += width.unit() == Table.Width.Unit.RELATIVE ? (float) width.value() : 1f;
            }
        }
        float rest = Math.max(0, total - fixed);
        for (int c = 0; c < cols; c++) {
            Table.Width width = c < table.columns().size() ? table.columns().get(c).width() : Table.Width.AUTO;
            if (width.unit() != Table.Width.Unit.MM) {
                float weight = width.unit() == Table.Width.Unit.RELATIVE ? (float) width.value() : 1f;
                w[c] = rest * weight / Math.max(weights, 1e-6f);
            }
        }
        float sum = 0;
        for (float x : w) {
            sum += x;
        }
        for (int c = 0; c < cols; c++) {
            w[c] *= total / sum;
        }
        return w;
    }

    float x(int col) {
        float x = 0;
        for (int c = 0; c < col; c++) {
            x += widths[c];
        }
        return x;
    }

    float width(Placed p) {
        return x(p.col() + p.colSpan()) - x(p.col());
    }

    Table.Align align(Table table, Placed p) {
        if (p.cell().align() != Table.Align.DEFAULT) {
            return p.cell().align();
        }
        return p.col() < table.columns().size() ? table.columns().get(p.col()).align() : Table.Align.DEFAULT;
    }
}
