package io.github.wenshu.export.docx;

import io.github.wenshu.model.Table;
import io.github.wenshu.style.Units;

/**
 * Writes a {@link Table} as a plain Word table in the "Table Grid" style: caption above, header rows marked
 * to repeat on each page, column spans as {@code gridSpan}, row spans as {@code vMerge}, widths in mm or
 * relative weights shared out over the type area. A landscape table, or one whose millimetre columns are
 * wider than the type area when the style turns wide tables, goes in a landscape section of its own
 * ({@link LandscapeSection}); millimetre columns wider than the space are scaled down with a warning.
 *
 * <pre>{@code
 * new TableWriter(ctx, runs).write(x, table, "body[7]");
 * }</pre>
 */
final class TableWriter {

    private final DocxContext ctx;
    private final RunWriter runs;
    /** A landscape section left open for the landscape table that follows. */
    private boolean sectionOpen;

    TableWriter(DocxContext ctx, RunWriter runs) {
        this.ctx = ctx;
        this.runs = runs;
    }

    /**
     * Writes {@code t}; {@code next} is the table right after it, if any (landscape tables share a section).
     * A landscape table that {@code startsDocument} opens no portrait section before it: the document's
     * first section is the landscape one, so no near-empty portrait page 1 is left.
     */
    void write(Xml x, Table t, String loc, Table next, boolean startsDocument) {
        int columns = t.columnCount();
        if (columns == 0) {
            ctx.warn("empty-table", loc, "the table has no cells and was left out");
            if (sectionOpen) {
                LandscapeSection.end(x, ctx);
                sectionOpen = false;
            }
            return;
        }
        double mm = TableWidths.mmTotal(t);
        boolean turned = turned(t);
        int available = turned ? LandscapeSection.width(ctx.style) : ctx.geometry.chars(ctx.style.charsPerLine());
        if (Units.mmToTwips(mm) > available + 10) {
            ctx.warn("table-scaled", loc, String.format("the columns add up to %.0f mm, wider than the %s"
                    + " (%.0f mm); scaled down to fit", mm, turned ? "type area turned for a landscape table"
                    : "type area", available / 1440.0 * 25.4));
        }
        if (turned) {
            ctx.warn("table-landscape-page", loc, "the landscape table is set on landscape pages; Word and"
                    + " LibreOffice turn their page number with the page (GB/T 9704 §8 keeps it where the other"
                    + " pages have it)");
            if (sectionOpen) {
                LandscapeSection.nextPage(x);
            } else if (!startsDocument) {
                LandscapeSection.begin(x, ctx);
            }
        }
        if (t.caption() != null && !t.caption().isBlank()) {
            x.start("p").start("pPr").empty("pStyle", "val", StyleIds.CAPTION).end();
            runs.plain(x, t.caption(), RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), loc + ".caption");
            x.end();
        }
        int[] widths = TableWidths.of(t, columns, available);
        x.start("tbl").start("tblPr").empty("tblStyle", "val", StyleIds.TABLE_GRID)
                .empty("tblW", "w", Integer.toString(sum(widths)), "type", "dxa")
                .empty("jc", "val", "center").empty("tblLayout", "type", "fixed")
                .empty("tblLook", "val", "04A0").end();
        x.start("tblGrid");
        for (int w : widths) {
            x.empty("gridCol", "w", Integer.toString(w));
        }
        x.end();
        int[] mergeLeft = new int[columns];
        int[] mergeSpan = new int[columns];
        for (int r = 0; r < t.rows().size(); r++) {
            row(x, t, r, widths, mergeLeft, mergeSpan, loc + ".rows[" + r + "]");
        }
        x.end();
        if (turned) {
            sectionOpen = next != null && next.columnCount() > 0 && turned(next);
            if (!sectionOpen) {
                LandscapeSection.end(x, ctx);
            }
        }
    }

    private boolean turned(Table t) {
        return t.landscape() || ctx.style.rotateWideTables() && TableWidths.mmTotal(t) > ctx.style.bodyWidthMm() + 0.05;
    }

    private void row(Xml x, Table t, int r, int[] widths, int[] mergeLeft, int[] mergeSpan, String loc) {
        boolean header = r < t.headerRows();
        x.start("tr");
        if (header) {
            x.start("trPr").empty("cantSplit").empty("tblHeader").end();
        }
        int col = 0;
        int cellIndex = 0;
        Table.Row row = t.rows().get(r);
        while (col < widths.length) {
            if (mergeLeft[col] > 0) {
                int span = mergeSpan[col];
                mergeLeft[col]--;
                cell(x, widths, col, span, "continue", null, header, loc);
                col += span;
            } else if (cellIndex < row.cells().size()) {
                Table.Cell c = row.cells().get(cellIndex);
                int span = Math.min(c.colSpan(), widths.length - col);
                if (c.rowSpan() > 1) {
                    mergeLeft[col] = c.rowSpan() - 1;
                    mergeSpan[col] = span;
                }
                cell(x, widths, col, span, c.rowSpan() > 1 ? "restart" : null, aligned(t, c, col, span), header,
                        loc + ".cells[" + cellIndex + "]");
                cellIndex++;
                col += span;
            } else {
                cell(x, widths, col, 1, null, null, header, loc);
                col++;
            }
        }
        if (cellIndex < row.cells().size()) {
            ctx.warn("table-overflow", loc, (row.cells().size() - cellIndex)
                    + " cell(s) lie beyond the table's columns (row spans above take their place); written"
                    + " as extra cells at the row's end");
            for (; cellIndex < row.cells().size(); cellIndex++) {
                cell(x, widths, widths.length - 1, 1, null, row.cells().get(cellIndex), header,
                        loc + ".cells[" + cellIndex + "]");
            }
        }
        x.end();
    }

    private void cell(Xml x, int[] widths, int col, int span, String merge, Table.Cell c, boolean header,
                      String loc) {
        int w = 0;
        for (int i = col; i < col + span; i++) {
            w += widths[i];
        }
        x.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(w), "type", "dxa");
        if (span > 1) {
            x.empty("gridSpan", "val", Integer.toString(span));
        }
        if (merge != null) {
            x.empty("vMerge", "val", merge);
        }
        x.empty("vAlign", "val", c == null ? "center" : switch (c.valign()) {
            case TOP -> "top";
            case MIDDLE -> "center";
            case BOTTOM -> "bottom";
        });
        x.end();
        x.start("p").start("pPr").empty("pStyle", "val", header ? StyleIds.TABLE_HEADER : StyleIds.TABLE_TEXT);
        String jc = c == null ? null : switch (c.align()) {
            case LEFT -> "left";
            case RIGHT, DECIMAL -> "right";
            case CENTER -> "center";
            case DEFAULT -> null;
        };
        if (jc != null) {
            x.empty("jc", "val", jc);
        }
        x.end();
        if (c != null) {
            runs.write(x, c.text(), RunWriter.RunFormat.in(header ? ctx.style.tableHeaderFont()
                    : ctx.style.tableFont(), ctx), loc);
        }
        x.end().end();
    }

    /** The cell with its column's alignment when it has none of its own (a cell of one column). */
    private static Table.Cell aligned(Table t, Table.Cell c, int col, int span) {
        if (c.align() != Table.Align.DEFAULT || span != 1 || col >= t.columns().size()) {
            return c;
        }
        return new Table.Cell(c.text(), c.colSpan(), c.rowSpan(), t.columns().get(col).align(), c.valign());
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }
}
