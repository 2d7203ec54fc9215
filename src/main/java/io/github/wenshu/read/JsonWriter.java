package io.github.wenshu.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Attendance;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.InlineStyle;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;
import io.github.wenshu.read.json.JsonLayout;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Report} in the JSON format that {@link JsonReader} reads, losslessly:
 * {@code reader.read(writer.write(r))} equals {@code r}. Default values are left out.
 *
 * <pre>{@code
 * String json = JsonWriter.relativeTo(Path.of("examples")).write(report);
 * }</pre>
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path baseDirectory;

    private JsonWriter(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    /** A writer that keeps figure paths absolute. */
    public static JsonWriter standard() {
        return new JsonWriter(null);
    }

    /** A writer that writes figure paths relative to {@code dir} (the folder the JSON file will be in). */
    public static JsonWriter relativeTo(Path dir) {
        return new JsonWriter(dir.toAbsolutePath().normalize());
    }

    /** The report as JSON laid out for people (short values on one line, two-space indent). */
    public String write(Report report) {
        return JsonLayout.layout(writeCompact(report));
    }

    public void write(Report report, Writer out) {
        try {
            out.write(write(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as JSON on one line. */
    public String writeCompact(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            if (!report.metadata().equals(Metadata.EMPTY)) {
                g.writeFieldName("metadata");
                metadata(g, report.metadata());
            }
            g.writeFieldName("body");
            blocks(g, report.body());
            if (!report.attachments().isEmpty()) {
                g.writeArrayFieldStart("attachments");
                for (Attachment a : report.attachments()) {
                    g.writeStartObject();
                    string(g, "number", a.number());
                    g.writeStringField("title", a.title());
                    g.writeFieldName("blocks");
                    blocks(g, a.blocks());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void metadata(JsonGenerator g, Metadata m) throws IOException {
        g.writeStartObject();
        if (m.form() != DocumentForm.PLAIN) {
            g.writeStringField("form", m.form().name().toLowerCase(Locale.ROOT));
        }
        string(g, "copyNumber", m.copyNumber());
        string(g, "secrecy", m.secrecy());
        string(g, "secrecyTerm", m.secrecyTerm());
        string(g, "urgency", m.urgency());
        strings(g, "issuers", m.issuers());
        string(g, "markSuffix", m.markSuffix());
        string(g, "docNumber", m.docNumber());
        strings(g, "signers", m.signers());
        string(g, "title", m.title());
        string(g, "addressees", m.addressees());
        strings(g, "attachmentNotes", m.attachmentNotes());
        strings(g, "signatures", m.signatures());
        date(g, "date", m.date());
        if (m.sealed()) {
            g.writeBooleanField("sealed", true);
        }
        string(g, "note", m.note());
        strings(g, "copyTo", m.copyTo());
        string(g, "printer", m.printer());
        date(g, "printDate", m.printDate());
        if (!m.attendance().isEmpty()) {
            g.writeArrayFieldStart("attendance");
            for (Attendance a : m.attendance()) {
                g.writeStartObject();
                g.writeStringField("label", a.label());
                strings(g, "names", a.names());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void blocks(JsonGenerator g, List<Block> blocks) throws IOException {
        g.writeStartArray();
        for (Block b : blocks) {
            block(g, b);
        }
        g.writeEndArray();
    }

    private void block(JsonGenerator g, Block block) throws IOException {
        g.writeStartObject();
        if (block instanceof Heading h) {
            g.writeStringField("type", "heading");
            g.writeNumberField("level", h.level());
            string(g, "number", h.number());
            g.writeFieldName("text");
            inline(g, h.text());
            if (h.isRunIn()) {
                g.writeFieldName("runIn");
                inline(g, h.runIn());
            }
        } else if (block instanceof Paragraph p) {
            g.writeStringField("type", "paragraph");
            g.writeFieldName("text");
            inline(g, p.text());
        } else if (block instanceof ListBlock l) {
            list(g, l);
        } else if (block instanceof Table t) {
            JsonTableWriter.table(g, t);
        } else if (block instanceof Figure f) {
            figure(g, f);
        } else if (block instanceof PageBreak) {
            g.writeStringField("type", "pageBreak");
        } else {
            throw new IllegalArgumentException("no JSON form for block " + block.getClass().getName());
        }
        g.writeEndObject();
    }

    private void list(JsonGenerator g, ListBlock l) throws IOException {
        g.writeStringField("type", "list");
        if (l.ordered()) {
            g.writeBooleanField("ordered", true);
        }
        g.writeArrayFieldStart("items");
        for (ListBlock.ListItem item : l.items()) {
            if (item.children().isEmpty()) {
                inline(g, item.text());
            } else {
                g.writeStartObject();
                g.writeFieldName("text");
                inline(g, item.text());
                g.writeFieldName("children");
                blocks(g, item.children());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private void figure(JsonGenerator g, Figure f) throws IOException {
        g.writeStringField("type", "figure");
        if (f.image() instanceof ImageSource.File file) {
            Path p = file.path();
            if (baseDirectory != null && p.isAbsolute() && p.normalize().startsWith(baseDirectory)) {
                p = baseDirectory.relativize(p.normalize());
            }
            g.writeStringField("path", p.toString().replace('\\', '/'));
        } else if (f.image() instanceof ImageSource.Data data) {
            g.writeStringField("data", Base64.getEncoder().encodeToString(data.bytes()));
            g.writeStringField("name", data.name());
        }
        string(g, "caption", f.caption());
        if (f.widthMm() != null) {
            g.writeNumberField("widthMm", f.widthMm());
        }
    }

    /** A single plain run as a string, otherwise an array of strings (plain runs) and run objects. */
    static void inline(JsonGenerator g, List<Inline> runs) throws IOException {
        if (runs.size() == 1 && isPlain(runs.get(0))) {
            g.writeString(runs.get(0).text());
            return;
        }
        g.writeStartArray();
        for (Inline run : runs) {
            if (isPlain(run)) {
                g.writeString(run.text());
                continue;
            }
            g.writeStartObject();
            g.writeStringField("text", run.text());
            for (InlineStyle s : InlineStyle.values()) {
                if (run.has(s)) {
                    g.writeBooleanField(s.name().toLowerCase(Locale.ROOT), true);
                }
            }
            string(g, "link", run.link());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static boolean isPlain(Inline run) {
        return run.styles().isEmpty() && run.link() == null;
    }

    static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate d) throws IOException {
        if (d != null) {
            g.writeStringField(name, d.toString());
        }
    }
}
