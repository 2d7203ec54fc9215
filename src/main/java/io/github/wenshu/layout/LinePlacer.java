package io.github.wenshu.layout;

/**
 * Sets the x offset of every glyph of one line: squeezes full-width marks when the line is too long,
 * spreads the remaining space between characters (not inside Latin words or "——") when the line is
 * justified, or shifts the line for centred and right alignment.
 */
final class LinePlacer {

    private static final float EPS = 0.01f;

    private LinePlacer() {
    }

    static void place(Glyphs g, int s, int e, Measure m, int line, boolean last, LineSet out) {
        int contentEnd = LineBreaker.contentEnd(g, s, e);
        float natural = g.width(s, contentEnd);
        float delta = m.available(line) - natural;
        float x = m.indent(line);
        if (delta < -EPS) {
            squeeze(g, s, e, contentEnd, -delta, x, out);
        } else if (delta > EPS && m.align() == Align.JUSTIFY && !last) {
            spread(g, s, e, contentEnd, delta, x, out);
        } else {
            float shift = switch (m.align()) {
                case CENTER -> delta / 2;
                case RIGHT -> delta;
                default -> 0;
            };
            for (int i = s; i < e; i++) {
                out.setX(i, x + shift);
                x += g.width(i);
            }
        }
    }

    private static void squeeze(Glyphs g, int s, int e, int contentEnd, float over, float x, LineSet out) {
        int last = contentEnd - 1;
        float atEnd = CharClass.squeezesAfter(g.codePoint(last)) ? Math.min(over, g.squeeze(last)) : 0f;
        float capacity = 0;
        for (int i = s; i < last; i++) {
            capacity += LineBreaker.squeezable(g, s, i);
        }
        float wanted = over - atEnd;
        float ratio = capacity > 0 ? Math.min(1f, wanted / capacity) : 0f;
        float rest = wanted - capacity * ratio;
        int gaps = contentEnd - s - 1;
        float perGap = gaps > 0 && rest > EPS ? rest / gaps : 0f;
        for (int i = s; i < e; i++) {
            float sq = i == last ? atEnd : i < last ? LineBreaker.squeezable(g, s, i) * ratio : 0f;
            if (CharClass.squeezesBefore(g.codePoint(i))) {
                x -= sq;
                out.setX(i, x);
                x += g.width(i);
            } else {
                out.setX(i, x);
                x += g.width(i) - sq;
            }
            if (i < contentEnd - 1) {
                x -= perGap;
            }
        }
    }

    private static void spread(Glyphs g, int s, int e, int contentEnd, float extra, float x, LineSet out) {
        int gaps = 0;
        for (int i = s; i < contentEnd - 1; i++) {
            if (stretchable(g.codePoint(i), g.codePoint(i + 1))) {
                gaps++;
            }
        }
        float perGap = gaps > 0 ? extra / gaps : 0f;
        for (int i = s; i < e; i++) {
            out.setX(i, x);
            x += g.width(i);
            if (i < contentEnd - 1 && stretchable(g.codePoint(i), g.codePoint(i + 1))) {
                x += perGap;
            }
        }
    }

    private static boolean stretchable(int a, int b) {
        if (a == b && CharClass.isDoubledMark(a)) {
            return false;
        }
        boolean wordA = CharClass.isWordChar(a) || CharClass.isWordConnector(a);
        boolean wordB = CharClass.isWordChar(b) || CharClass.isWordConnector(b);
        return !(wordA && wordB);
    }
}
