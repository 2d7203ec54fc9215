package io.github.wenshu.layout;

import java.util.Arrays;

/**
 * The lines a paragraph was broken into: for each line the range of glyphs, and for every glyph its x
 * offset (pt) from the left edge of the measure, indent, squeeze, justification and alignment included.
 *
 * <pre>{@code
 * LineSet lines = new LineBreaker().breakLines(glyphs, measure);
 * for (int l = 0; l < lines.count(); l++) {
 *     for (int i = lines.start(l); i < lines.end(l); i++) draw(glyphs.codePoint(i), lines.x(i));
 * }
 * }</pre>
 */
public final class LineSet {

    private final float[] x;
    private int[] starts = new int[4];
    private int[] ends = new int[4];
    private int count;

    LineSet(int glyphCount) {
        this.x = new float[glyphCount];
    }

    void addLine(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    void setX(int glyph, float value) {
        x[glyph] = value;
    }

    public int count() {
        return count;
    }

    public int start(int line) {
        return starts[line];
    }

    public int end(int line) {
        return ends[line];
    }

    /** The x offset of glyph {@code i} from the measure's left edge. */
    public float x(int glyph) {
        return x[glyph];
    }
}
