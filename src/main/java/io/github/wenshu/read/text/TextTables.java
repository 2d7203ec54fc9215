package io.github.wenshu.read.text;

import io.github.wenshu.model.Inline;
import io.github.wenshu.model.Table;
import io.github.wenshu.read.ReadException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text tables: consecutive lines of {@code cell | cell | cell}, an optional separator line
 * {@code ---|:---:|---:} after the header rows (its colons set column alignment), and merged cells written
 * as {@code <} (joins the cell on the left) or {@code ^} (joins the cell above). {@code \|} is a literal bar.
 *
 * <pre>{@code
 * 项目 | 数量 | <
 * ---|---|---
 * 自然人 | 56 | 12
 * }</pre>
 */
final class TextTables {

    private static final Pattern SEPARATOR_CELL = Pattern.compile("^:?-+:?$");

    private final String source;

    TextTables(String source) {
        this.source = source;
    }

    /** The end (exclusive) of a table starting at {@code from}, or {@code from} when no table starts there. */
    int extent(List<TextLine> lines, int from, int to) {
        int j = from;
        int rows = 0;
        boolean separator = false;
        while (j < to && !lines.get(j).isBlank() && !lines.get(j).pageBreak() && isRow(lines.get(j).text())) {
            if (isSeparator(lines.get(j).text())) {
                if (separator || rows == 0) {
                    break;
                }
                separator = true;
            } else {
                rows++;
            }
            j++;
        }
        return rows >= 2 || (rows >= 1 && separator) ? j : from;
    }

    static boolean isRow(String t) {
        return cells(t).size() >= 2;
    }

    static boolean isSeparator(String t) {
        List<String> cells = cells(t);
        return cells.size() >= 2 && cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c.replace(" ", "")).matches());
    }

    /** Splits a row on unescaped bars, dropping one leading and one trailing bar. */
    static List<String> cells(String t) {
        String s = t.strip();
        if (!s.contains("|")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (c == '|') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        if (s.startsWith("|")) {
            out.remove(0);
        }
        if (s.endsWith("|") && !s.endsWith("\\|") && !out.isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    Table table(List<TextLine> lines, String caption) {
        List<List<String>> grid = new ArrayList<>();
        List<TextLine> rowLines = new ArrayList<>();
        List<Table.Align> aligns = null;
        int headerRows = 0;
        for (TextLine line : lines) {
            if (aligns == null && isSeparator(line.text()) && !grid.isEmpty()) {
                aligns = aligns(cells(line.text()));
                headerRows = grid.size();
            } else {
                grid.add(new ArrayList<>(cells(line.text())));
                rowLines.add(line);
            }
        }
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        if (aligns != null) {
            width = Math.max(width, aligns.size());
        }
        for (List<String> row : grid) {
            while (row.size() < width) {
                row.add("");
            }
        }
        List<Table.Row> rows = merge(grid, rowLines, width);
        List<Table.Column> columns = new ArrayList<>();
        if (aligns != null && aligns.stream().anyMatch(a -> a != Table.Align.DEFAULT)) {
            for (int c = 0; c < width; c++) {
                columns.add(new Table.Column(Table.Width.AUTO, c < aligns.size() ? aligns.get(c) : Table.Align.DEFAULT));
            }
        }
        return new Table(caption, columns, rows, headerRows, false);
    }

    private static List<Table.Align> aligns(List<String> cells) {
        List<Table.Align> out = new ArrayList<>();
        for (String c : cells) {
            String s = c.replace(" ", "");
            boolean left = s.startsWith(":");
            boolean right = s.endsWith(":");
            out.add(left && right ? Table.Align.CENTER : right ? Table.Align.RIGHT : left ? Table.Align.LEFT
                    : Table.Align.DEFAULT);
        }
        return out;
    }

    /** Resolves {@code <} and {@code ^} into spans; each merged area must be a rectangle. */
    private List<Table.Row> merge(List<List<String>> grid, List<TextLine> rowLines, int width) {
        int h = grid.size();
        int[][] owner = new int[h][width];
        Map<Integer, int[]> origin = new LinkedHashMap<>();
        int next = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < width; c++) {
                String text = grid.get(r).get(c);
                if (text.equals("<")) {
                    if (c == 0) {
                        throw error(rowLines.get(r), "'<' in the first column has no cell on its left to join");
                    }
                    owner[r][c] = owner[r][c - 1];
                } else if (text.equals("^")) {
                    if (r == 0) {
                        throw error(rowLines.get(r), "'^' in the first row has no cell above to join");
                    }
                    owner[r][c] = owner[r - 1][c];
                } else {
                    owner[r][c] = next;
                    origin.put(next++, new int[]{r, c});
                }
            }
        }
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < h; r++) {
            rows.add(new ArrayList<>());
        }
        for (Map.Entry<Integer, int[]> e : origin.entrySet()) {
            int r0 = e.getValue()[0];
            int c0 = e.getValue()[1];
            int r1 = r0;
            int c1 = c0;
            int count = 0;
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < width; c++) {
                    if (owner[r][c] == e.getKey()) {
                        r1 = Math.max(r1, r);
                        c1 = Math.max(c1, c);
                        count++;
                    }
                }
            }
            if (count != (r1 - r0 + 1) * (c1 - c0 + 1) || !filled(owner, e.getKey(), r0, c0, r1, c1)) {
                throw error(rowLines.get(r0), "the cells merged into \"" + grid.get(r0).get(c0)
                        + "\" with '<' and '^' do not form a rectangle");
            }
            rows.get(r0).add(new Table.Cell(List.of(Inline.plain(grid.get(r0).get(c0))), c1 - c0 + 1, r1 - r0 + 1,
                    Table.Align.DEFAULT, Table.VAlign.MIDDLE));
        }
        return rows.stream().map(Table.Row::new).toList();
    }

    private static boolean filled(int[][] owner, int id, int r0, int c0, int r1, int c1) {
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                if (owner[r][c] != id) {
                    return false;
                }
            }
        }
        return true;
    }

    private ReadException error(TextLine line, String detail) {
        return new ReadException(source, line.number(), line.column(), null, "table: " + detail);
    }
}
