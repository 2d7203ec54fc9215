package org.example.wenshu;

import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.ReadException;
import io.github.wenshu.read.ReadOptions;
import io.github.wenshu.read.ReportReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A third-party reader for tests ({@code .lines}): one paragraph per line. A line holding {@code @@} is an
 * error at that line and column; a line {@code !BOOM} is a bug in the reader.
 */
public final class LinesReader implements ReportReader {

    @Override
    public String name() {
        return "lines";
    }

    @Override
    public List<String> extensions() {
        return List.of("lines");
    }

    @Override
    public Report read(InputStream in, ReadOptions options) throws IOException {
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
        Report.Builder report = Report.builder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = line.indexOf("@@");
            if (at >= 0) {
                throw new ReadException(options.sourceName(), i + 1, at + 1, null, "unexpected '@@'");
            }
            if (line.equals("!BOOM")) {
                throw new IllegalStateException("reader bug");
            }
            if (!line.isEmpty()) {
                report.add(Paragraph.of(line));
            }
        }
        return report.build();
    }
}
