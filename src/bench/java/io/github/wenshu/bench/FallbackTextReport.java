package io.github.wenshu.bench;

import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Stand-in for the text reader while it is not on the class path: first line is the title, lines starting
 * with 一、 / （一） / 1. are headings, every other non-blank line is a paragraph.
 */
final class FallbackTextReport {

    private static final Pattern H1 = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern H2 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
    private static final Pattern H3 = Pattern.compile("^\\d+[.．]");

    private FallbackTextReport() {
    }

    static Report parse(List<String> lines) {
        Report.Builder b = Report.builder();
        boolean titled = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!titled) {
                b.metadata(Metadata.builder().title(line).build());
                titled = true;
            } else if (H1.matcher(line).find()) {
                b.add(Heading.of(1, null, line));
            } else if (H2.matcher(line).find()) {
                b.add(Heading.of(2, null, line));
            } else if (H3.matcher(line).find()) {
                b.add(Heading.of(3, null, line));
            } else {
                b.add(Paragraph.of(line));
            }
        }
        return b.build();
    }
}
