package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import io.github.wenshu.layout.LineSet;

import java.awt.Color;

/**
 * Draws one line of shaped text: one text object per line, one span per face and style. Within a span
 * the gaps left by tracking, justification and squeezing become character spacing when they are all
 * equal (the usual case: one operator per line), else a TJ array with per-glyph adjustments. Bold without
 * a bold face is drawn fill-and-stroke, italic as a skew; underlines and links are added after the text.
 * TrueType faces are drawn through the document's {@link SubsetFont}s (two-byte codes written directly),
 * other faces (CFF outlines) through OpenPDF's font.
 */
final class TextPainter {

    private static final float ITALIC_SKEW = 0.21f;

    private final PdfWriter writer;
    private final EmbeddedFonts fonts;
    private final Decorations decorations = new Decorations();
    private float spacing = Float.NaN;
    private Face font;
    private SubsetFont subset;
    private float fontSize;

    TextPainter(PdfWriter writer, EmbeddedFonts fonts) {
        this.writer = writer;
        this.fonts = fonts;
    }

    /**
     * Lines that follow are drawn in a frame turned a quarter turn ({@link DrawOp.Turned}) at ({@code x},
     * {@code y}): link areas, which PDF places in page space whatever the drawing transform, are turned with
     * the text. Underlines are drawn and need no turning.
     */
    void turned(float x, float y) {
        decorations.turn = new float[] {x, y};
    }

    /** Lines that follow are drawn upright again. */
    void upright() {
        decorations.turn = null;
    }

    /** Forgets the character spacing in effect: a new page starts a new content stream. */
    void startPage() {
        spacing = Float.NaN;
        font = null;
    }

    void paint(PdfContentByte cb, DrawOp.Text op) {
        ShapedText t = op.text();
        LineSet lines = op.lines();
        int start = lines.start(op.line());
        int end = lines.end(op.line());
        decorations.clear();
        cb.beginText();
        int mode = PdfContentByte.TEXT_RENDER_MODE_FILL;
        int color = 0;
        for (int i = start; i < end; ) {
            int j = i + 1;
            while (j < end && t.sameRun(i, j)) {
                j++;
            }
            TextStyle style = t.style(i);
            float size = style.drawSize();
            if (style.rgb() != color) {
                color = style.rgb();
                cb.setColorFill(new Color(color));
                cb.setColorStroke(new Color(color));
            }
            int wanted = style.fakeBold() ? PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE
                    : PdfContentByte.TEXT_RENDER_MODE_FILL;
            if (wanted != mode) {
                mode = wanted;
                cb.setTextRenderingMode(mode);
                if (mode == PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE) {
                    cb.setLineWidth(size * 0.035f);
                }
            }
            Face face = t.face(i);
            if (face != font || size != fontSize) {
                setFont(cb, face, size);
            }
            float x = op.left() + lines.x(i);
            float y = op.baseline() + style.rise();
            if (style.italic()) {
                cb.setTextMatrix(1, 0, ITALIC_SKEW, 1, x, y);
            } else {
                cb.setTextMatrix(x, y);
            }
            showSpan(cb, t, lines, i, j, size);
            if (style.underline() || style.link() != null) {
                float endX = op.left() + lines.x(j - 1) + t.advance(j - 1);
                decorations.add(x, endX, op.baseline(), style);
            }
            i = j;
        }
        if (mode != PdfContentByte.TEXT_RENDER_MODE_FILL) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        cb.endText();
        if (color != 0) {
            cb.setColorFill(Color.BLACK);
            cb.setColorStroke(Color.BLACK);
        }
        decorations.draw(cb, writer);
    }

    private void setFont(PdfContentByte cb, Face face, float size) {
        subset = fonts.of(face);
        if (subset == null) {
            cb.setFontAndSize(face.baseFont(), size);
        } else {
            fonts.used(subset);
            cb.getInternalBuffer().append(subset.name.getBytes()).append(' ').append(size).append(" Tf")
                    .append_i('\n');
        }
        font = face;
        fontSize = size;
    }

    /** Shows glyphs [i, j), with character spacing when all gaps are equal, else a TJ array. */
    private void showSpan(PdfContentByte cb, ShapedText t, LineSet lines, int i, int j, float size) {
        float first = j - i > 1 ? gap(t, lines, i) : Float.isNaN(spacing) ? 0 : spacing;
        boolean uniform = true;
        for (int k = i + 1; k < j - 1 && uniform; k++) {
            uniform = Math.abs(gap(t, lines, k) - first) < 0.001f;
        }
        if (uniform) {
            if (Float.isNaN(spacing) || Math.abs(first - spacing) > 0.0005f) {
                cb.setCharacterSpacing(first);
                spacing = first;
            }
            if (subset != null) {
                ByteBuffer out = cb.getInternalBuffer();
                subset.show(out, t.glyphs(), i, j);
                out.append("Tj").append_i('\n');
            } else {
                cb.showText(t.text(i, j));
            }
            return;
        }
        if (spacing != 0) {
            cb.setCharacterSpacing(0);
            spacing = 0;
        }
        if (subset != null) {
            showArray(cb.getInternalBuffer(), t, lines, i, j, size);
            return;
        }
        PdfTextArray array = new PdfTextArray();
        StringBuilder chunk = new StringBuilder();
        for (int k = i; k < j; k++) {
            chunk.appendCodePoint(t.glyphs().codePoint(k));
            float g = k < j - 1 ? gap(t, lines, k) : 0;
            if (Math.abs(g) > 0.0005f) {
                array.add(chunk.toString());
                array.add(-g * 1000f / size);
                chunk.setLength(0);
            }
        }
        if (chunk.length() > 0) {
            array.add(chunk.toString());
        }
        cb.showText(array);
    }

    /** As {@code PdfContentByte.showText(PdfTextArray)} writes it: strings and adjustments in one TJ. */
    private void showArray(ByteBuffer out, ShapedText t, LineSet lines, int i, int j, float size) {
        out.append('[');
        int chunk = i;
        for (int k = i; k < j; k++) {
            float g = k < j - 1 ? gap(t, lines, k) : 0;
            if (Math.abs(g) > 0.0005f) {
                subset.show(out, t.glyphs(), chunk, k + 1);
                out.append(-g * 1000f / size);
                chunk = k + 1;
            }
        }
        if (chunk < j) {
            subset.show(out, t.glyphs(), chunk, j);
        }
        out.append("]TJ").append_i('\n');
    }

    /** The space between glyph k's advance and glyph k+1. */
    private static float gap(ShapedText t, LineSet lines, int k) {
        return lines.x(k + 1) - lines.x(k) - t.advance(k);
    }

    /** Underlines and link areas collected while a line is drawn. */
    private static final class Decorations {
        private record Item(float x1, float x2, float baseline, TextStyle style) {
        }

        private final java.util.List<Item> items = new java.util.ArrayList<>();
        /** The turned frame's origin on the page, or null when upright. */
        private float[] turn;

        void clear() {
            items.clear();
        }

        void add(float x1, float x2, float baseline, TextStyle style) {
            items.add(new Item(x1, x2, baseline, style));
        }

        void draw(PdfContentByte cb, PdfWriter writer) {
            for (Item it : items) {
                float x1 = it.x1();
                float x2 = it.x2();
                float base = it.baseline();
                TextStyle style = it.style();
                if (style.underline()) {
                    cb.setLineWidth(style.size() * 0.05f);
                    cb.setColorStroke(new Color(style.rgb()));
                    cb.moveTo(x1, base - style.size() * 0.12f);
                    cb.lineTo(x2, base - style.size() * 0.12f);
                    cb.stroke();
                }
                if (style.link() != null) {
                    link(cb, style.link(), x1, base - style.size() * 0.2f, x2, base + style.size() * 0.85f);
                }
            }
        }

        /** A link area over (u1, v1)–(u2, v2) of the frame; a turned frame's (u, v) is (x − v, y + u) on the page. */
        private void link(PdfContentByte cb, String target, float u1, float v1, float u2, float v2) {
            if (turn == null) {
                cb.setAction(new PdfAction(target), u1, v1, u2, v2);
            } else {
                cb.setAction(new PdfAction(target), turn[0] - v2, turn[1] + u1, turn[0] - v1, turn[1] + u2);
            }
        }
    }
}
