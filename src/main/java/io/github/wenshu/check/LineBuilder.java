package io.github.wenshu.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups a page's glyphs into text lines: glyphs whose baselines are within a third of their size. */
final class LineBuilder {
    private LineBuilder() {
    }

    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float reference = Float.NaN;
        float tolerance = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - reference > tolerance) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty() || !g.isBlank() && current.stream().allMatch(Glyph::isBlank)) {
                reference = g.baseline();
                tolerance = Math.max(1f, g.size() / 3);
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        lines.removeIf(l -> l.visible().isEmpty());
        return lines;
    }

    private static TextLine line(List<Glyph> glyphs) {
        float[] baselines = new float[glyphs.size()];
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = glyphs.get(i).baseline();
        }
        java.util.Arrays.sort(baselines);
        return new TextLine(glyphs, baselines[baselines.length / 2]);
    }
}
