package org.example.wenshu;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.export.Warning;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.style.FontRole;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A third-party exporter for tests, unknown to the core: writes each paragraph as a line, one "page" per
 * block. A paragraph {@code WARN text} gives a warning; {@code EXPLODE} fails halfway through the file
 * with an {@link ExportException}; {@code CRASH} is a bug in the exporter; {@code TIME} writes the
 * options' timestamp, {@code SIZE} the style's body text size, {@code FONT} the
 * file behind the fangsong role.
 */
public class ProbeExporter implements Exporter {

    @Override
    public String format() {
        return "probe";
    }

    @Override
    public ExportResult export(Report report, ExportOptions options, OutputStream out) throws IOException {
        List<Warning> warnings = new ArrayList<>();
        List<Block> body = report.body();
        for (int i = 0; i < body.size(); i++) {
            String text = body.get(i) instanceof Paragraph p ? p.plainText() : body.get(i).toString();
            String location = "body[" + i + "]";
            if (text.equals("EXPLODE")) {
                out.flush();
                throw new ExportException(location, "cannot draw EXPLODE");
            }
            if (text.equals("CRASH")) {
                throw new IllegalStateException("probe crashed");
            }
            if (text.equals("TIME")) {
                text = options.timestamp().toString();
            }
            if (text.equals("FONT")) {
                text = "fangsong " + options.fonts().face(FontRole.FANGSONG).fileName();
            }
            if (text.equals("SIZE")) {
                text = "bodySize " + options.style().bodySize();
            }
            if (text.startsWith("WARN ")) {
                warnings.add(new Warning("probe-warning", location, text.substring(5)));
            }
            out.write(transform(text).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return new ExportResult(body.size(), warnings);
    }

    protected String transform(String text) {
        return text;
    }
}
