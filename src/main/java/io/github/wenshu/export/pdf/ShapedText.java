package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Glyphs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measured text ready to break and draw: the {@link Glyphs} plus, per glyph, its face and style.
 * Built by {@link TextShaper}.
 */
final class ShapedText {

    private final Glyphs glyphs;
    private int[] faceOf;
    private int[] styleOf;
    private final List<Face> faces = new ArrayList<>(4);
    private final List<TextStyle> styles = new ArrayList<>(4);
    private Face lastFace;
    private int lastFaceIndex;
    private TextStyle lastStyle;
    private int lastStyleIndex;

    ShapedText(int capacity) {
        glyphs = new Glyphs(capacity);
        faceOf = new int[Math.max(capacity, 8)];
        styleOf = new int[Math.max(capacity, 8)];
    }

    void add(int codePoint, Face face, TextStyle style) {
        float size = style.drawSize();
        int i = glyphs.add(codePoint, face.advance(codePoint) * size / 1000f, size, style.tracking());
        if (i == faceOf.length) {
            faceOf = Arrays.copyOf(faceOf, i * 2);
            styleOf = Arrays.copyOf(styleOf, i * 2);
        }
        faceOf[i] = face == lastFace ? lastFaceIndex : (lastFaceIndex = indexOf(faces, lastFace = face));
        styleOf[i] = style == lastStyle ? lastStyleIndex : (lastStyleIndex = indexOf(styles, lastStyle = style));
    }

    /** The index of an item in a short list, by identity (styles and faces are shared objects). */
    private static <T> int indexOf(List<T> list, T item) {
        for (int k = list.size() - 1; k >= 0; k--) {
            if (list.get(k) == item) {
                return k;
            }
        }
        list.add(item);
        return list.size() - 1;
    }

    Glyphs glyphs() {
        return glyphs;
    }

    int size() {
        return glyphs.size();
    }

    Face face(int glyph) {
        return faces.get(faceOf[glyph]);
    }

    TextStyle style(int glyph) {
        return styles.get(styleOf[glyph]);
    }

    /** Whether two glyphs can be drawn in one text span: same face and style. */
    boolean sameRun(int a, int b) {
        return faceOf[a] == faceOf[b] && styleOf[a] == styleOf[b];
    }

    /** The glyph's natural advance in pt, without tracking. */
    float advance(int glyph) {
        return glyphs.width(glyph) - style(glyph).tracking();
    }

    String text(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.appendCodePoint(glyphs.codePoint(i));
        }
        return sb.toString();
    }
}
