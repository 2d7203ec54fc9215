package io.github.wenshu.read;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wenshu.model.Table;

import java.io.IOException;
import java.util.Locale;

/** Writes a table block's fields for {@link JsonWriter}: columns, rows of cells, header rows, caption. */
final class JsonTableWriter {

    private JsonTableWriter() {
    }

    static void table(JsonGenerator g, Table t) throws IOException {
        g.writeStringField("type", "table");
        JsonWriter.string(g, "caption", t.caption());
        if (!t.columns().isEmpty()) {
            g.writeArrayFieldStart("columns");
            for (Table.Column c : t.columns()) {
                g.writeStartObject();
                switch (c.width().unit()) {
                    case MM -> g.writeNumberField("widthMm", c.width().value());
                    case RELATIVE -> g.writeNumberField("weight", c.width().value());
                    case AUTO -> { }
                }
                if (c.align() != Table.Align.DEFAULT) {
                    g.writeStringField("align", c.align().name().toLowerCase(Locale.ROOT));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (t.headerRows() > 0) {
            g.writeNumberField("headerRows", t.headerRows());
        }
        if (t.landscape()) {
            g.writeBooleanField("landscape", true);
        }
        g.writeArrayFieldStart("rows");
        for (Table.Row row : t.rows()) {
            g.writeStartArray();
            for (Table.Cell cell : row.cells()) {
                cell(g, cell);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void cell(JsonGenerator g, Table.Cell c) throws IOException {
        boolean defaults = c.colSpan() == 1 && c.rowSpan() == 1 && c.align() == Table.Align.DEFAULT
                && c.valign() == Table.VAlign.MIDDLE;
        if (defaults && c.text().size() == 1 && JsonWriter.isPlain(c.text().get(0))) {
            g.writeString(c.text().get(0).text());
            return;
        }
        g.writeStartObject();
        g.writeFieldName("text");
        JsonWriter.inline(g, c.text());
        if (c.colSpan() != 1) {
            g.writeNumberField("colSpan", c.colSpan());
        }
        if (c.rowSpan() != 1) {
            g.writeNumberField("rowSpan", c.rowSpan());
        }
        if (c.align() != Table.Align.DEFAULT) {
            g.writeStringField("align", c.align().name().toLowerCase(Locale.ROOT));
        }
        if (c.valign() != Table.VAlign.MIDDLE) {
            g.writeStringField("valign", c.valign().name().toLowerCase(Locale.ROOT));
        }
        g.writeEndObject();
    }
}
