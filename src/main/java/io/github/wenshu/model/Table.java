package io.github.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * A table: rows of cells, the first {@code headerRows} repeated on every page it continues on.
 *
 * <p>Cells covered by another cell's span are not listed: a row holds only the cells that start in it,
 * left to right, as in HTML.
 *
 * <pre>{@code
 * Table t = Table.builder().caption("表1 收到申请情况")
 *     .header("项目", "数量").row("自然人", "56").row("法人", "12").build();
 * }</pre>
 *
 * @param caption    text set above the table, or null
 * @param columns    one entry per grid column (may be empty: widths computed from content)
 * @param rows       all rows, header rows first
 * @param headerRows how many leading rows form the repeated header
 * @param landscape  set the table rotated on pages of its own (GB/T 9704 §8)
 */
public record Table(String caption, List<Column> columns, List<Row> rows, int headerRows, boolean landscape)
        implements Block {

    public Table {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("headerRows " + headerRows + " outside 0.." + rows.size());
        }
    }

    /** The number of grid columns: the widest row counting column spans, or the declared columns. */
    public int columnCount() {
        int widest = rows.stream().mapToInt(r -> r.cells().stream().mapToInt(Cell::colSpan).sum()).max().orElse(0);
        return Math.max(widest, columns.size());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How a grid column is sized and aligned. */
    public record Column(Width width, Align align) {
        public Column {
            width = width == null ? Width.AUTO : width;
            align = align == null ? Align.DEFAULT : align;
        }
    }

    /** A column width: in millimetres, as a relative weight, or computed from content. */
    public record Width(double value, Unit unit) {
        public static final Width AUTO = new Width(0, Unit.AUTO);

        public Width {
            Objects.requireNonNull(unit, "unit");
            if (unit != Unit.AUTO && !(value > 0)) {
                throw new IllegalArgumentException("column width must be positive, was " + value);
            }
        }

        public static Width mm(double mm) {
            return new Width(mm, Unit.MM);
        }

        public static Width relative(double weight) {
            return new Width(weight, Unit.RELATIVE);
        }

        public enum Unit { MM, RELATIVE, AUTO }
    }

    /** Horizontal alignment; DECIMAL lines numbers up on their decimal point. */
    public enum Align { DEFAULT, LEFT, CENTER, RIGHT, DECIMAL }

    /** Vertical alignment inside a cell. */
    public enum VAlign { TOP, MIDDLE, BOTTOM }

    /** One table row. */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        }

        public static Row of(String... texts) {
            return new Row(java.util.Arrays.stream(texts).map(Cell::of).toList());
        }
    }

    /** One cell; spans are at least 1. Alignment DEFAULT means the column's (or left). */
    public record Cell(List<Inline> text, int colSpan, int rowSpan, Align align, VAlign valign) {
        public Cell {
            text = List.copyOf(Objects.requireNonNull(text, "text"));
            if (colSpan < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("cell spans must be at least 1, were " + colSpan + "×" + rowSpan);
            }
            align = align == null ? Align.DEFAULT : align;
            valign = valign == null ? VAlign.MIDDLE : valign;
        }

        public static Cell of(String text) {
            return new Cell(List.of(Inline.plain(text)), 1, 1, Align.DEFAULT, VAlign.MIDDLE);
        }

        public Cell span(int cols, int rows) {
            return new Cell(text, cols, rows, align, valign);
        }

        public String plainText() {
            return Inline.plainText(text);
        }
    }

    /** Collects rows; the rows added with {@link #header} form the repeated header. */
    public static final class Builder {
        private String caption;
        private final List<Column> columns = new java.util.ArrayList<>();
        private final List<Row> header = new java.util.ArrayList<>();
        private final List<Row> body = new java.util.ArrayList<>();
        private boolean landscape;

        public Builder caption(String caption) {
            this.caption = caption;
            return this;
        }

        public Builder column(Width width, Align align) {
            columns.add(new Column(width, align));
            return this;
        }

        public Builder header(String... cells) {
            return header(Row.of(cells));
        }

        public Builder header(Row row) {
            header.add(row);
            return this;
        }

        public Builder row(String... cells) {
            return row(Row.of(cells));
        }

        public Builder row(Row row) {
            body.add(row);
            return this;
        }

        public Builder landscape(boolean landscape) {
            this.landscape = landscape;
            return this;
        }

        public Table build() {
            List<Row> all = new java.util.ArrayList<>(header);
            all.addAll(body);
            return new Table(caption, columns, all, header.size(), landscape);
        }
    }
}
