package io.github.wenshu.layout;

/** Measures text as a CJK body face would: full-width 1 em, ASCII and half-width forms 1/2 em. */
final class FakeMetrics {

    static final float SIZE = 16f;
    static final float WIDTH = 442.2047f;
    static final float TRACKING = WIDTH / 28 - SIZE;

    private FakeMetrics() {
    }

    static Glyphs glyphs(String text) {
        Glyphs g = new Glyphs(text.length());
        text.codePoints().forEach(cp -> g.add(cp, advance(cp), SIZE, TRACKING));
        return g;
    }

    static float advance(int cp) {
        return cp < 0x2000 && cp != '—' && cp != '…' && cp != '“' && cp != '”' && cp != '‘' && cp != '’'
                ? SIZE / 2 : SIZE;
    }

    static String line(Glyphs g, LineSet lines, int l) {
        StringBuilder sb = new StringBuilder();
        for (int i = lines.start(l); i < lines.end(l); i++) {
            sb.appendCodePoint(g.codePoint(i));
        }
        return sb.toString();
    }

    /** The right edge of the last non-space cell of a line. */
    static float rightEdge(Glyphs g, LineSet lines, int l) {
        int last = lines.end(l) - 1;
        while (last > lines.start(l) && CharClass.isSpace(g.codePoint(last))) {
            last--;
        }
        float end = lines.x(last) + g.width(last);
        if (CharClass.squeezesAfter(g.codePoint(last)) && end > WIDTH + 0.05f) {
            return Math.max(WIDTH, end - g.squeeze(last));
        }
        return end;
    }
}
