package io.github.wenshu.export.docx;

import io.github.wenshu.model.Table;
import io.github.wenshu.style.Units;

/**
 * Column widths in twips: millimetre widths as given (scaled down together when they leave the other
 * columns less than 1 cm each), relative weights and automatic columns sharing what
 * is left of the type area. Automatic columns weigh 1 next to relative ones; in a table without relative
 * columns they weigh by content: the longest text of a cell of one column, in characters (digits and
 * Latin letters count half), between 3 and 12.
 *
 * <pre>{@code
 * int[] w = TableWidths.of(table, 3, 8845);   // e.g. [2948, 2948, 2949]
 * }</pre>
 */
final class TableWidths {

    /** The room left to each column without a millimetre width when millimetre columns are scaled down. */
    private static final int MIN_OTHER = 567;

    private TableWidths() {
    }

    /** The sum of the table's millimetre column widths, in mm. */
    static double mmTotal(Table t) {
        return t.columns().stream().filter(c -> c.width().unit() == Table.Width.Unit.MM)
                .mapToDouble(c -> c.width().value()).sum();
    }

    static int[] of(Table t, int columns, int available) {
        int[] widths = new int[columns];
        double[] weights = new double[columns];
        int fixed = 0;
        double totalWeight = 0;
        for (int i = 0; i < columns; i++) {
            Table.Width w = i < t.columns().size() ? t.columns().get(i).width() : Table.Width.AUTO;
            if (w.unit() == Table.Width.Unit.MM) {
                widths[i] = Units.mmToTwips(w.value());
                fixed += widths[i];
            } else {
                weights[i] = w.unit() == Table.Width.Unit.RELATIVE ? w.value() : 1;
                totalWeight += weights[i];
            }
        }
        int others = columns - (int) java.util.stream.IntStream.range(0, columns).filter(i -> widths[i] > 0).count();
        int room = Math.max(available - others * MIN_OTHER, available / 2);
        if (fixed > room) {
            int scaled = 0;
            for (int i = 0; i < columns; i++) {
                widths[i] = (int) ((long) widths[i] * room / fixed);
                scaled += widths[i];
            }
            fixed = scaled;
        }
        boolean anyRelative = t.columns().stream().anyMatch(c -> c.width().unit() == Table.Width.Unit.RELATIVE);
        if (!anyRelative) {
            double[] content = contentWeights(t, columns);
            totalWeight = 0;
            for (int i = 0; i < columns; i++) {
                if (weights[i] > 0) {
                    weights[i] = content[i];
                    totalWeight += weights[i];
                }
            }
        }
        int rest = Math.max(available - fixed, 0);
        int given = 0;
        int last = -1;
        for (int i = 0; i < columns; i++) {
            if (weights[i] > 0) {
                widths[i] = (int) Math.floor(rest * weights[i] / totalWeight);
                given += widths[i];
                last = i;
            }
        }
        if (last >= 0) {
            widths[last] += rest - given;
        }
        for (int i = 0; i < columns; i++) {
            widths[i] = Math.max(widths[i], 200);
        }
        return widths;
    }

    private static double[] contentWeights(Table t, int columns) {
        double[] w = new double[columns];
        java.util.Arrays.fill(w, 3);
        boolean[][] taken = new boolean[t.rows().size()][columns + 64];
        for (int r = 0; r < t.rows().size(); r++) {
            int c = 0;
            for (Table.Cell cell : t.rows().get(r).cells()) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                for (int rr = r; rr < Math.min(t.rows().size(), r + cell.rowSpan()); rr++) {
                    for (int cc = c; cc < Math.min(columns, c + cell.colSpan()); cc++) {
                        taken[rr][cc] = true;
                    }
                }
                if (cell.colSpan() == 1 && c < columns) {
                    double chars = cell.plainText().codePoints().mapToDouble(cp -> cp < 0x2E80 ? 0.5 : 1).sum();
                    w[c] = Math.max(w[c], Math.min(12, chars));
                }
                c += cell.colSpan();
            }
        }
        return w;
    }
}
