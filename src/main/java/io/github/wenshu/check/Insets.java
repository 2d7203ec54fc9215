package io.github.wenshu.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables and pictures on a page, which the body checks leave alone: a table is a run of thin black rules
 * (0.3–0.6 pt, at most 150 pt apart), its text is not body text; a picture is where an image is drawn.
 * Spans are {top, bottom} in pt from the top of the page.
 *
 * <pre>{@code
 * Insets insets = Insets.of(shapes, images);
 * List<TextLine> body = insets.outside(lines);
 * }</pre>
 */
record Insets(List<float[]> tables, List<float[]> images) {

    private static final float MAX_ROW = 150f;

    static Insets of(List<Shape> shapes, List<float[]> images) {
        List<Shape> rules = shapes.stream()
                .filter(s -> s.thickness() >= 0.3f && s.thickness() <= 0.6f && (s.rgb() & 0xFFFFFF) == 0)
                .sorted(Comparator.comparingDouble(Shape::y)).toList();
        List<float[]> tables = new ArrayList<>();
        float[] open = null;
        int count = 0;
        for (Shape r : rules) {
            if (open != null && r.y() - open[1] <= MAX_ROW) {
                open[1] = r.y();
                count++;
                continue;
            }
            if (open != null && count >= 2) {
                tables.add(open);
            }
            open = new float[] {r.y(), r.y()};
            count = 1;
        }
        if (open != null && count >= 2) {
            tables.add(open);
        }
        return new Insets(tables, images);
    }

    /** The lines not inside a table. */
    List<TextLine> outside(List<TextLine> lines) {
        return lines.stream().filter(l -> tables.stream().noneMatch(t -> l.baseline() > t[0] && l.baseline() < t[1]))
                .toList();
    }

    /** Whether a table or picture starts above the first of {@code lines}. */
    boolean before(List<TextLine> lines) {
        float first = lines.isEmpty() ? Float.MAX_VALUE : lines.get(0).baseline();
        return tables.stream().anyMatch(t -> t[0] < first) || images.stream().anyMatch(i -> i[0] < first);
    }
}
