package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables and figures set readably but simply, each with a warning, until they get a layout of their own:
 * a table as its caption and one line per row (cells separated by an ideographic space), a figure as its
 * caption. Nothing is dropped without a word.
 */
final class PlaceholderBlocks {

    private final PdfContext ctx;
    private final BodyComposer body;

    PlaceholderBlocks(PdfContext ctx, BodyComposer body) {
        this.ctx = ctx;
        this.body = body;
    }

    void table(Table table, String location) {
        ctx.warnings().add("table-simplified", location,
                "the table is set as plain lines (one per row); table layout is not implemented in PDF yet");
        if (table.caption() != null && !table.caption().isBlank()) {
            centred(table.caption(), location);
        }
        for (Table.Row row : table.rows()) {
            List<Inline> runs = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                if (c > 0) {
                    runs.add(Inline.plain("\u3000"));
                }
                runs.addAll(row.cells().get(c).text());
            }
            body.lines(ctx.shaper().shape(runs, ctx.bodyStyle(), location), ctx.bodyMeasure(0, 0, Align.LEFT));
        }
    }

    void figure(Figure figure, String location) {
        ctx.warnings().add("figure-not-drawn", location, "the picture " + figure.image().describe()
                + " is not drawn; figures are not implemented in PDF yet (its caption is set in its place)");
        String caption = figure.caption() == null || figure.caption().isBlank()
                ? "［图：" + figure.image().describe() + "］" : figure.caption();
        centred(caption, location);
    }

    private void centred(String text, String location) {
        body.lines(ctx.shaper().shape(text, ctx.bodyStyle(), location), ctx.bodyMeasure(0, 0, Align.CENTER));
    }
}
