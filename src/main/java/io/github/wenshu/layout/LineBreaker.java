package io.github.wenshu.layout;

/**
 * Breaks measured text into lines: greedy, with Chinese kinsoku (see {@link BreakRules}). When the
 * character that overflows a line may not start the next one, the line is either squeezed (full-width
 * marks lose up to half their cell, so "，" at position 29 still fits) or the last character is pushed to
 * the next line and the rest spread out. Full lines are justified to the exact width of the measure.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * LineSet lines = LineBreaker.INSTANCE.breakLines(glyphs, new Measure(442.2f, 31.6f, 0, Align.JUSTIFY));
 * }</pre>
 */
public final class LineBreaker {

    public static final LineBreaker INSTANCE = new LineBreaker();

    private static final float EPS = 0.01f;

    public LineSet breakLines(Glyphs g, Measure m) {
        int n = g.size();
        boolean[] ok = BreakRules.opportunities(g);
        LineSet out = new LineSet(n);
        int start = 0;
        for (int line = 0; start < n; line++) {
            int end = findEnd(g, ok, start, m.available(line));
            LinePlacer.place(g, start, end, m, line, end >= n, out);
            out.addLine(start, end);
            start = end;
        }
        return out;
    }

    private static int findEnd(Glyphs g, boolean[] ok, int s, float avail) {
        int n = g.size();
        float sum = 0;
        int lastBreak = -1;
        int i = s;
        for (; i < n; i++) {
            if (i > s && ok[i]) {
                lastBreak = i;
            }
            float w = g.width(i);
            if (sum + w > avail + EPS && !CharClass.isSpace(g.codePoint(i))) {
                break;
            }
            sum += w;
        }
        if (i >= n) {
            return n;
        }
        int groupEnd = i + 1;
        while (groupEnd < n && !ok[groupEnd]) {
            groupEnd++;
        }
        float over = contentWidth(g, s, groupEnd) - avail;
        float stretch = lastBreak > s ? avail - contentWidth(g, s, lastBreak) : Float.MAX_VALUE;
        if (canSqueeze(g, s, groupEnd, over) && over <= stretch + EPS) {
            return groupEnd;
        }
        if (lastBreak > s) {
            return lastBreak;
        }
        return Math.max(i, s + 1);
    }

    private static boolean canSqueeze(Glyphs g, int s, int e, float over) {
        float capacity = 0;
        float largest = 0;
        for (int i = s; i < e; i++) {
            capacity += squeezable(g, s, i);
            largest = Math.max(largest, squeezable(g, s, i));
        }
        return over <= capacity + EPS && over <= 2 * largest + EPS;
    }

    /** What glyph i may lose in a line starting at s: an opening mark that starts a line keeps its cell. */
    static float squeezable(Glyphs g, int s, int i) {
        return i == s && CharClass.squeezesBefore(g.codePoint(i)) ? 0f : g.squeeze(i);
    }

    /** The width of {@code [s, e)} without trailing spaces, which hang past the end of a line. */
    static float contentWidth(Glyphs g, int s, int e) {
        return g.width(s, contentEnd(g, s, e));
    }

    static int contentEnd(Glyphs g, int s, int e) {
        int end = e;
        while (end > s && CharClass.isSpace(g.codePoint(end - 1))) {
            end--;
        }
        return end;
    }
}
