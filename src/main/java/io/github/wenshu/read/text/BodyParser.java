package io.github.wenshu.read.text;

import io.github.wenshu.model.Block;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Table;
import io.github.wenshu.read.Images;
import io.github.wenshu.read.ReadException;
import io.github.wenshu.read.ReadOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns body lines into blocks: numbered headings (run in when text follows the first "。"), tables
 * ({@code a | b} rows), figures ({@code ![caption](path)}), page breaks (form feeds) and paragraphs — one
 * paragraph per line for everything else, so that no line is lost.
 *
 * <pre>{@code
 * List<Block> blocks = new BodyParser(lines, options).blocks(start, end);
 * }</pre>
 */
final class BodyParser {

    private static final Pattern CAPTION = Pattern.compile("^(表|Table\\s)\\s*[0-9０-９一二三四五六七八九十]+.*");
    private static final Pattern FIGURE = Pattern.compile(
            "^!\\[(.*)]\\((.+?)\\)(?:\\{\\s*width\\s*=\\s*([0-9]+(?:\\.[0-9]+)?)\\s*mm\\s*})?$");
    private static final int MAX_CAPTION = 50;

    private final List<TextLine> lines;
    private final ReadOptions options;
    private final TextTables tables;

    BodyParser(List<TextLine> lines, ReadOptions options) {
        this.lines = lines;
        this.options = options;
        this.tables = new TextTables(options.sourceName());
    }

    List<Block> blocks(int from, int to) {
        List<Block> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            TextLine line = lines.get(i);
            if (line.pageBreak()) {
                out.add(PageBreak.INSTANCE);
                i++;
                continue;
            }
            if (line.isBlank()) {
                i++;
                continue;
            }
            int tableStart = isCaption(line.text()) ? nextNonBlank(i + 1, to) : i;
            int tableEnd = tables.extent(lines, tableStart, to);
            if (tableEnd > tableStart) {
                String caption = tableStart == i ? null : line.text();
                out.add(tables.table(lines.subList(tableStart, tableEnd), caption));
                i = tableEnd;
                continue;
            }
            out.add(block(line));
            i++;
        }
        return out;
    }

    private Block block(TextLine line) {
        String t = line.text();
        Matcher fig = FIGURE.matcher(t);
        if (fig.matches()) {
            return figure(line, fig);
        }
        Optional<HeadingSyntax.Match> h = HeadingSyntax.match(t, options.fullWidthPunctuation());
        if (h.isPresent()) {
            Optional<HeadingSyntax.Split> split = HeadingSyntax.split(h.get().rest());
            if (split.isPresent()) {
                String runIn = split.get().runIn();
                return new Heading(h.get().level(), h.get().number(), List.of(Inline.plain(split.get().heading())),
                        runIn.isEmpty() ? List.of() : List.of(Inline.plain(runIn)));
            }
        }
        return Paragraph.of(t);
    }

    private Figure figure(TextLine line, Matcher m) {
        try {
            Double width = m.group(3) == null ? null : Double.valueOf(m.group(3));
            String caption = m.group(1).isBlank() ? null : m.group(1).strip();
            return new Figure(Images.file(m.group(2).strip(), options), caption, width);
        } catch (IllegalArgumentException e) {
            throw new ReadException(options.sourceName(), line.number(), line.column() + m.start(2), null,
                    "figure: " + e.getMessage());
        }
    }

    private static boolean isCaption(String t) {
        return t.length() <= MAX_CAPTION && CAPTION.matcher(t).matches() && !t.contains("|");
    }

    private int nextNonBlank(int from, int to) {
        int j = from;
        while (j < to && lines.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    /** Exposed for the table reader's tests. */
    static Table tableOf(List<TextLine> rows, String source) {
        return new TextTables(source).table(rows, null);
    }
}
