package io.github.wenshu.layout;

import java.util.Arrays;

/**
 * A growable run of measured characters: code point, cell width in pt (advance plus tracking) and how much
 * the cell may be squeezed to fit a line. The input of {@link LineBreaker}; kept as parallel arrays so a
 * 900-page document does not become millions of objects.
 *
 * <pre>{@code
 * Glyphs g = new Glyphs(64);
 * g.add('报', 16f, 16f, -0.207f);   // code point, advance, font size, tracking (all pt)
 * float w = g.width(0);            // 15.793
 * }</pre>
 */
public final class Glyphs {

    private int[] codePoints;
    private float[] widths;
    private float[] squeezes;
    private int size;

    public Glyphs(int capacity) {
        int c = Math.max(capacity, 8);
        codePoints = new int[c];
        widths = new float[c];
        squeezes = new float[c];
    }

    /**
     * Appends one character.
     *
     * @param advancePt the glyph's advance at its size
     * @param sizePt    the font size, to tell full-width marks (which may lose their blank half) from others
     * @param trackingPt space added to (negative: taken from) every cell
     * @return the index of the new character
     */
    public int add(int codePoint, float advancePt, float sizePt, float trackingPt) {
        ensure(size + 1);
        codePoints[size] = codePoint;
        widths[size] = advancePt + trackingPt;
        boolean fullWidth = advancePt >= 0.9f * sizePt;
        squeezes[size] = fullWidth && (CharClass.squeezesAfter(codePoint) || CharClass.squeezesBefore(codePoint))
                ? 0.5f * sizePt : 0f;
        return size++;
    }

    private void ensure(int wanted) {
        if (wanted > codePoints.length) {
            int c = Math.max(wanted, codePoints.length * 2);
            codePoints = Arrays.copyOf(codePoints, c);
            widths = Arrays.copyOf(widths, c);
            squeezes = Arrays.copyOf(squeezes, c);
        }
    }

    public int size() {
        return size;
    }

    public int codePoint(int i) {
        return codePoints[i];
    }

    /** The cell width in pt: advance plus tracking. */
    public float width(int i) {
        return widths[i];
    }

    /** How many pt the cell may lose when a line must be squeezed; 0 for all but full-width marks. */
    public float squeeze(int i) {
        return squeezes[i];
    }

    /** The sum of cell widths of {@code [from, to)}. */
    public float width(int from, int to) {
        float sum = 0;
        for (int i = from; i < to; i++) {
            sum += widths[i];
        }
        return sum;
    }
}
