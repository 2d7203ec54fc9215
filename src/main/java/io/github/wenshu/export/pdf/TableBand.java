package io.github.wenshu.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows that go on a page together (a row and those its row spans reach), as pieces of cells at offsets
 * from the band's top. A band of one row taller than the space left can be split between lines.
 *
 * <pre>{@code
 * TableBand band = TableBand.of(cells, heights, 3, 5);
 * TableBand[] parts = band.split(200f);   // {fits in 200 pt, the rest}
 * }</pre>
 */
record TableBand(List<Piece> pieces, float height, int rows) {

    /** Lines {@code [from, to)} of a cell, {@code top} pt below the band's top, {@code height} pt tall. */
    record Piece(CellLayout cell, float top, float height, int from, int to) {
    }

    static TableBand of(List<CellLayout> cells, float[] rowHeights, int start, int end) {
        List<Piece> pieces = new ArrayList<>();
        for (CellLayout c : cells) {
            int r = c.placed().row();
            if (r >= start && r < end) {
                pieces.add(new Piece(c, sum(rowHeights, start, r), sum(rowHeights, r, r + c.placed().rowSpan()),
                        0, c.lineCount()));
            }
        }
        return new TableBand(List.copyOf(pieces), sum(rowHeights, start, end), end - start);
    }

    static float sum(float[] h, int from, int to) {
        float s = 0;
        for (int r = from; r < to; r++) {
            s += h[r];
        }
        return s;
    }

    /**
     * Rows {@code [a, b)} of a run of rows joined by row spans that is taller than a page: cells starting
     * above {@code a} continue here. A cell cut this way shows the lines that fit in each part, the rest in
     * its last part; {@code consumed} (by cell index) carries how many lines earlier parts showed.
     */
    static TableBand slice(List<CellLayout> cells, float[] h, int a, int b, int[] consumed) {
        List<Piece> pieces = new ArrayList<>();
        for (CellLayout c : cells) {
            int r = c.placed().row();
            int end = r + c.placed().rowSpan();
            if (end <= a || r >= b) {
                continue;
            }
            int from = Math.max(r, a);
            int to = Math.min(end, b);
            float height = sum(h, from, to);
            int done = consumed[c.placed().index()];
            int last = end <= b ? c.lineCount()
                    : Math.min(c.lineCount(), done + Math.max(0, (int) ((height - 2 * CellLayout.PAD_Y) / c.lineHeight())));
            pieces.add(new Piece(c, sum(h, a, from), height, done, last));
            consumed[c.placed().index()] = last;
        }
        return new TableBand(List.copyOf(pieces), sum(h, a, b), b - a);
    }

    /**
     * The first {@code space} pt of row {@code a} of a run joined by row spans, when that row alone is taller
     * than a page: every cell crossing the row shows the lines that fit, the rest follows in later parts.
     */
    static TableBand rowPart(List<CellLayout> cells, int a, float space, int[] consumed) {
        List<Piece> pieces = new ArrayList<>();
        for (CellLayout c : cells) {
            if (crosses(c, a)) {
                int done = consumed[c.placed().index()];
                int last = Math.min(c.lineCount(), done + lines(space, c.lineHeight()));
                pieces.add(new Piece(c, 0, space, done, last));
                consumed[c.placed().index()] = last;
            }
        }
        return new TableBand(List.copyOf(pieces), space, 1);
    }

    /** Whether {@code space} pt holds at least one line of the cells crossing row {@code a}. */
    static boolean rowPartFits(List<CellLayout> cells, int a, float space) {
        return cells.stream().filter(c -> crosses(c, a)).allMatch(c -> lines(space, c.lineHeight()) >= 1);
    }

    /** The height row {@code a} still needs for the lines its cells ending in it have not shown. */
    static float rowRest(List<CellLayout> cells, int a, int[] consumed) {
        float need = 0;
        for (CellLayout c : cells) {
            if (crosses(c, a)) {
                boolean ends = c.placed().row() + c.placed().rowSpan() == a + 1;
                need = Math.max(need, c.height(ends ? c.lineCount() - consumed[c.placed().index()] : 0));
            }
        }
        return need;
    }

    private static boolean crosses(CellLayout c, int row) {
        return c.placed().row() <= row && c.placed().row() + c.placed().rowSpan() > row;
    }

    private static int lines(float space, float lineHeight) {
        return (int) Math.floor((space - 2 * CellLayout.PAD_Y) / lineHeight + 1e-3);
    }

    /** Whether a one-row band can give {@code space} pt at least one line of each unfinished cell. */
    boolean canSplit(float space) {
        return rows == 1 && !pieces.isEmpty() && linesIn(space) >= 1;
    }

    private int linesIn(float space) {
        float lh = pieces.get(0).cell().lineHeight();
        return (int) Math.floor((space - 2 * CellLayout.PAD_Y) / lh + 1e-3);
    }

    /** A one-row band split into the part that fills {@code space} and the rest. */
    TableBand[] split(float space) {
        int k = linesIn(space);
        List<Piece> first = new ArrayList<>();
        List<Piece> rest = new ArrayList<>();
        float restHeight = 0;
        for (Piece p : pieces) {
            int mid = Math.min(p.to(), p.from() + k);
            first.add(new Piece(p.cell(), 0, space, p.from(), mid));
            float h = p.cell().height(p.to() - mid);
            rest.add(new Piece(p.cell(), 0, 0, mid, p.to()));
            restHeight = Math.max(restHeight, h);
        }
        List<Piece> sized = new ArrayList<>();
        for (Piece p : rest) {
            sized.add(new Piece(p.cell(), 0, restHeight, p.from(), p.to()));
        }
        return new TableBand[] {new TableBand(first, space, 1), new TableBand(sized, restHeight, 1)};
    }
}
