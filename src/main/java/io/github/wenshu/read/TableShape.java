package io.github.wenshu.read;

import io.github.wenshu.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a table's spans tile a rectangle: every row covers the same columns, no span runs past the
 * last row, and the declared columns (if any) match. Cells covered by a span are not listed (as in HTML).
 *
 * <pre>{@code
 * TableShape.problem(table).ifPresent(p -> { throw new IllegalArgumentException(p.message()); });
 * }</pre>
 */
public final class TableShape {

    /** What is wrong and where: row index, cell index within the row (or -1 for the whole row/table). */
    public record Problem(int row, int cell, String message) {
    }

    private TableShape() {
    }

    public static Optional<Problem> problem(Table table) {
        List<Table.Row> rows = table.rows();
        List<List<Boolean>> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            taken.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            List<Table.Cell> cells = rows.get(r).cells();
            for (int i = 0; i < cells.size(); i++) {
                Table.Cell cell = cells.get(i);
                while (isTaken(taken.get(r), c)) {
                    c++;
                }
                if (r + cell.rowSpan() > rows.size()) {
                    return Optional.of(new Problem(r, i, "rowSpan " + cell.rowSpan() + " runs past the last row ("
                            + (rows.size() - r) + " row(s) left including this one)"));
                }
                for (int rr = r; rr < r + cell.rowSpan(); rr++) {
                    for (int cc = c; cc < c + cell.colSpan(); cc++) {
                        if (isTaken(taken.get(rr), cc)) {
                            return Optional.of(new Problem(r, i, "the cell overlaps a cell spanning from an earlier "
                                    + "row at row " + (rr + 1) + ", column " + (cc + 1)));
                        }
                        set(taken.get(rr), cc);
                    }
                }
                c += cell.colSpan();
            }
        }
        int width = taken.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < rows.size(); r++) {
            int covered = (int) taken.get(r).stream().filter(b -> b).count();
            if (covered != width) {
                return Optional.of(new Problem(r, -1, "row " + (r + 1) + " covers " + covered
                        + " column(s) counting spans, but the table is " + width + " columns wide"));
            }
        }
        if (!table.columns().isEmpty() && table.columns().size() != width) {
            return Optional.of(new Problem(-1, -1, "columns lists " + table.columns().size()
                    + " column(s) but the rows cover " + width));
        }
        return Optional.empty();
    }

    private static boolean isTaken(List<Boolean> row, int c) {
        return c < row.size() && row.get(c);
    }

    private static void set(List<Boolean> row, int c) {
        while (row.size() <= c) {
            row.add(false);
        }
        row.set(c, true);
    }
}
