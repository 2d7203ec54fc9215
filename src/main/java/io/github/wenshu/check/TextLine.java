package io.github.wenshu.check;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glyphs that share a baseline, left to right. Extents are those of the ink: blank glyphs are ignored, and
 * full-width punctuation counts by the half of the em it is drawn in.
 *
 * @param glyphs   the glyphs, sorted by x
 * @param baseline the common baseline (median of the glyphs')
 */
record TextLine(List<Glyph> glyphs, float baseline) {
    TextLine {
        glyphs = glyphs.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList();
    }

    List<Glyph> visible() {
        return glyphs.stream().filter(g -> !g.isBlank()).toList();
    }

    float left() {
        return (float) visible().stream().mapToDouble(Glyph::inkLeft).min().orElse(0);
    }

    float right() {
        return (float) visible().stream().mapToDouble(Glyph::inkRight).max().orElse(0);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) {
            sb.append(g.text());
        }
        return sb.toString();
    }

    /** The visible text without any blanks. */
    String compact() {
        return text().replaceAll("[\\s\u3000]+", "");
    }

    /** The size most of the visible glyphs have, rounded to 0.1 pt. */
    float size() {
        return mode(visible().stream().map(g -> Math.round(g.size() * 10) / 10f).toList(), 0f);
    }

    /** The font most of the visible glyphs use. */
    String font() {
        return mode(visible().stream().map(Glyph::font).toList(), "");
    }

    boolean isRed() {
        List<Glyph> v = visible();
        return !v.isEmpty() && v.stream().filter(Glyph::isRed).count() * 2 > v.size();
    }

    float centre() {
        return (left() + right()) / 2;
    }

    static <T> T mode(List<T> values, T none) {
        Map<T, Integer> counts = new HashMap<>();
        T best = none;
        int bestCount = 0;
        for (T v : values) {
            int c = counts.merge(v, 1, Integer::sum);
            if (c > bestCount) {
                best = v;
                bestCount = c;
            }
        }
        return best;
    }
}
