package io.github.wenshu.read.json;

import io.github.wenshu.model.Table;
import io.github.wenshu.read.TableShape;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a JSON table block: columns (widthMm | weight, align), rows of cells (a string or
 * {"text", "colSpan", "rowSpan", "align", "valign"}), headerRows, caption, landscape. Spans must tile
 * the table.
 *
 * <pre>{@code
 * Table t = new JsonTableMapper(blocks).table(tableAt);
 * }</pre>
 */
final class JsonTableMapper {

    static final Set<String> TABLE_FIELDS = Set.of("type", "caption", "columns", "rows", "headerRows", "landscape");
    static final Set<String> COLUMN_FIELDS = Set.of("widthMm", "weight", "align");
    static final Set<String> CELL_FIELDS = Set.of("text", "colSpan", "rowSpan", "align", "valign");
    static final Set<String> ALIGNS = new LinkedHashSet<>(List.of("default", "left", "center", "right", "decimal"));
    static final Set<String> VALIGNS = new LinkedHashSet<>(List.of("top", "middle", "bottom"));

    private final JsonBlockMapper blocks;

    JsonTableMapper(JsonBlockMapper blocks) {
        this.blocks = blocks;
    }

    Table table(At b) {
        List<Table.Column> columns = new ArrayList<>();
        At cols = b.opt("columns");
        if (cols != null) {
            for (At c : cols.items("an array of column objects such as {\"widthMm\": 30}")) {
                columns.add(column(c));
            }
        }
        At rowsAt = b.require("rows", "an array of rows, each an array of cells");
        List<Table.Row> rows = new ArrayList<>();
        List<At> rowAts = rowsAt.items("an array of rows, each an array of cells");
        for (At r : rowAts) {
            List<Table.Cell> cells = new ArrayList<>();
            for (At c : r.items("a row: an array of cells (strings or cell objects)")) {
                cells.add(cell(c));
            }
            rows.add(new Table.Row(cells));
        }
        int headerRows = 0;
        At h = b.opt("headerRows");
        if (h != null) {
            headerRows = h.integer("a number of header rows from 0 to " + rows.size() + " (the table has "
                    + rows.size() + " rows)", 0, rows.size());
        }
        Table table = new Table(b.optString("caption", "a caption string"), columns, rows, headerRows,
                b.optBool("landscape", false));
        TableShape.problem(table).ifPresent(p -> {
            At where = p.row() < 0 ? (cols != null ? cols : b) : p.cell() < 0 ? rowAts.get(p.row())
                    : rowAts.get(p.row()).items("a row").get(p.cell());
            throw where.error("bad table spans: " + p.message());
        });
        return table;
    }

    private Table.Column column(At c) {
        c.onlyFields(COLUMN_FIELDS, "a table column");
        At mm = c.opt("widthMm");
        At weight = c.opt("weight");
        if (mm != null && weight != null) {
            throw weight.error("a column has either 'widthMm' or 'weight', not both");
        }
        Table.Width width = Table.Width.AUTO;
        if (mm != null) {
            width = Table.Width.mm(positive(mm, "a column width in millimetres"));
        } else if (weight != null) {
            width = Table.Width.relative(positive(weight, "a relative column weight"));
        }
        return new Table.Column(width, align(c.opt("align")));
    }

    private static double positive(At a, String what) {
        double v = a.number(what).doubleValue();
        if (!(v > 0)) {
            throw a.expected(what + " greater than 0");
        }
        return v;
    }

    private Table.Cell cell(At c) {
        if (!(c.value() instanceof JsonValue.Obj)) {
            if (!(c.value() instanceof JsonValue.Str)) {
                throw c.expected("a cell: a string or an object such as {\"text\": \"…\", \"colSpan\": 2}");
            }
            return new Table.Cell(blocks.inline(c), 1, 1, Table.Align.DEFAULT, Table.VAlign.MIDDLE);
        }
        c.onlyFields(CELL_FIELDS, "a table cell");
        int colSpan = span(c.opt("colSpan"), "colSpan");
        int rowSpan = span(c.opt("rowSpan"), "rowSpan");
        At valign = c.opt("valign");
        Table.VAlign v = valign == null ? Table.VAlign.MIDDLE
                : Table.VAlign.valueOf(valign.choice(VALIGNS, "vertical alignment").toUpperCase(Locale.ROOT));
        At text = c.opt("text");
        return new Table.Cell(text == null ? List.of() : blocks.inline(text), colSpan, rowSpan,
                align(c.opt("align")), v);
    }

    private static int span(At a, String name) {
        return a == null ? 1 : a.integer(name + " as a whole number from 1 to 1000", 1, 1000);
    }

    private static Table.Align align(At a) {
        return a == null ? Table.Align.DEFAULT
                : Table.Align.valueOf(a.choice(ALIGNS, "alignment").toUpperCase(Locale.ROOT));
    }
}
