package io.github.wenshu.export;

import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test reports for tables and figures, shared by the PDF and DOCX tests. */
public final class TableReports {

    /** Header texts of {@link #longTable()}: repeated on every page. */
    public static final List<String> HEADER = List.of("项目名称", "数量合计", "甲类", "乙类");

    private TableReports() {
    }

    /** The text of body cell (row, column): unique, no text is a part of another. */
    public static String cell(int row, int col) {
        return "〔" + row + "-" + col + "〕";
    }

    /**
     * A table of 70 body rows (three pages and more): a two-row header with a row span and a column span,
     * a row span of two every tenth row, a column span every fifteenth.
     */
    public static Table longTable() {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(List.of(Table.Cell.of(HEADER.get(0)).span(1, 2), Table.Cell.of(HEADER.get(1)).span(2, 1))));
        rows.add(Table.Row.of(HEADER.get(2), HEADER.get(3)));
        for (int r = 0; r < 70; r++) {
            List<Table.Cell> cells = new ArrayList<>();
            if (r % 10 == 0) {
                cells.add(Table.Cell.of(cell(r, 0)).span(1, 2));
            } else if (r % 10 != 1) {
                cells.add(Table.Cell.of(cell(r, 0)));
            }
            if (r % 15 == 7) {
                cells.add(Table.Cell.of(cell(r, 1)).span(2, 1));
            } else {
                cells.add(Table.Cell.of(cell(r, 1)));
                cells.add(Table.Cell.of(cell(r, 2)));
            }
            rows.add(new Table.Row(cells));
        }
        return new Table("表1 长表", List.of(), rows, 2, false);
    }

    /** Every body cell's text, in order. */
    public static List<String> bodyTexts() {
        List<String> out = new ArrayList<>();
        Table t = longTable();
        for (int r = 2; r < t.rows().size(); r++) {
            t.rows().get(r).cells().forEach(c -> out.add(c.plainText()));
        }
        return out;
    }

    public static Report longTableReport() {
        return Report.builder().metadata(io.github.wenshu.model.Metadata.builder().title("长表测试").build()).add(Paragraph.of("表前一段。")).add(longTable())
                .add(Paragraph.of("表后一段。")).build();
    }

    /** {@link #longTable()} marked landscape, between a paragraph before and one after it. */
    public static Report landscapeTableReport() {
        Table t = longTable();
        Table turned = new Table("表2 横排长表", t.columns(), t.rows(), t.headerRows(), true);
        return Report.builder().metadata(io.github.wenshu.model.Metadata.builder().title("横排表测试").build())
                .add(Paragraph.of("表前一段。")).add(turned).add(Paragraph.of("表后一段。")).build();
    }

    /** The example chart, 120 mm wide, with a caption. */
    public static Figure chart(double widthMm) {
        return new Figure(new ImageSource.File(Path.of("examples/images/cases-2024.png")), "图1 案件数量", widthMm);
    }
}
