package io.github.wenshu.export.pdf;

import io.github.wenshu.model.Table;
import io.github.wenshu.style.Units;

import java.util.List;

/**
 * Column widths in pt. Millimetre columns keep their width; automatic columns get their content widths the
 * way HTML's automatic layout does (max-content when everything fits, min-content when nothing does, in
 * between in proportion); relative columns share what is left by weight. When no column is relative the
 * automatic ones are stretched to the full measure. A cell spanning columns widens them evenly when its
 * min-content width does not fit; its max-content width is not asked for (merged headers and notes wrap
 * rather than widen the columns below them). Millimetre columns that leave the others less than their
 * min-content width are scaled down together so the table keeps to the measure.
 *
 * <pre>{@code
 * float[] w = TableGeometry.widths(table, grid, cells, 442.2f);
 * }</pre>
 */
final class TableGeometry {

    private TableGeometry() {
    }

    static float[] widths(Table table, TableGrid grid, List<CellLayout> cells, float available) {
        int n = grid.columns();
        float[] min = new float[n];
        float[] max = new float[n];
        for (CellLayout c : cells) {
            if (c.placed().colSpan() == 1) {
                int k = c.placed().col();
                min[k] = Math.max(min[k], c.minWidth());
                max[k] = Math.max(max[k], c.maxWidth());
            }
        }
        for (CellLayout c : cells) {
            spread(c.placed().col(), c.placed().colSpan(), c.minWidth(), min);
            spread(c.placed().col(), c.placed().colSpan(), c.minWidth(), max);
        }
        float[] w = new float[n];
        float fixed = 0;
        float weights = 0;
        float autoMin = 0;
        float autoMax = 0;
        for (int k = 0; k < n; k++) {
            Table.Width width = k < table.columns().size() ? table.columns().get(k).width() : Table.Width.AUTO;
            switch (width.unit()) {
                case MM -> fixed += w[k] = (float) Units.mmToPt(width.value());
                case RELATIVE -> weights += (float) width.value();
                default -> {
                    autoMin += min[k];
                    autoMax += Math.max(min[k], max[k]);
                }
            }
        }
        float otherMin = 0;
        for (int k = 0; k < n; k++) {
            otherMin += unit(table, k) == Table.Width.Unit.MM ? 0 : min[k];
        }
        if (fixed > 0 && fixed + otherMin > available) {
            float scale = Math.max(available - otherMin, available / 2) / fixed;
            fixed = 0;
            for (int k = 0; k < n; k++) {
                if (unit(table, k) == Table.Width.Unit.MM) {
                    fixed += w[k] *= scale;
                }
            }
        }
        float rest = Math.max(0, available - fixed);
        float autoSpace = weights > 0 ? Math.min(autoMax, rest * 0.6f) : rest;
        float used = 0;
        for (int k = 0; k < n; k++) {
            if (unit(table, k) == Table.Width.Unit.AUTO) {
                float mx = Math.max(min[k], max[k]);
                float share;
                if (autoMax <= autoSpace) {
                    share = weights > 0 ? mx : (autoMax > 0 ? mx + (autoSpace - autoMax) * mx / autoMax : autoSpace);
                } else if (autoMin >= autoSpace) {
                    share = autoMin > 0 ? autoSpace * min[k] / autoMin : 0;
                } else {
                    share = min[k] + (mx - min[k]) * (autoSpace - autoMin) / Math.max(1e-3f, autoMax - autoMin);
                }
                used += w[k] = share;
            }
        }
        float left = Math.max(0, rest - used);
        for (int k = 0; k < n; k++) {
            if (unit(table, k) == Table.Width.Unit.RELATIVE) {
                w[k] = (float) (left * table.columns().get(k).width().value() / weights);
            }
        }
        if (weights == 0 && autoMax == 0 && autoMin == 0 && fixed == 0) {
            java.util.Arrays.fill(w, available / n);
        }
        return w;
    }

    /** The sum of the table's millimetre column widths, in mm. */
    static double mmTotal(Table table) {
        return table.columns().stream().filter(c -> c.width().unit() == Table.Width.Unit.MM)
                .mapToDouble(c -> c.width().value()).sum();
    }

    private static Table.Width.Unit unit(Table table, int k) {
        return k < table.columns().size() ? table.columns().get(k).width().unit() : Table.Width.Unit.AUTO;
    }

    private static void spread(int col, int span, float need, float[] widths) {
        if (span == 1) {
            return;
        }
        float have = 0;
        for (int k = col; k < col + span; k++) {
            have += widths[k];
        }
        if (need > have) {
            for (int k = col; k < col + span; k++) {
                widths[k] += (need - have) / span;
            }
        }
    }
}
