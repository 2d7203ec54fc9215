package io.github.wenshu.export.docx;

import io.github.wenshu.model.Table;
import io.github.wenshu.style.Units;

/**
 * Column widths in twips: millimetre widths as given, relative weights and automatic columns sharing what
 * is left of the type area (automatic columns weigh 1).
 *
 * <pre>{@code
 * int[] w = TableWidths.of(table, 3, 8845);   // e.g. [2948, 2948, 2949]
 * }</pre>
 */
final class TableWidths {

    private TableWidths() {
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
}
