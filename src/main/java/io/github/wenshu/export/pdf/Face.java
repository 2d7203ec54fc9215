package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * One font face as the typesetter uses it: widths for layout and the OpenPDF font to draw with.
 *
 * <pre>{@code
 * float w = face.advance('报') * 16 / 1000;   // pt at 16 pt
 * }</pre>
 */
interface Face {

    /** Whether the face has a glyph for the character. */
    boolean canDisplay(int codePoint);

    /** The advance of a character in 1/1000 em. */
    float advance(int codePoint);

    /** The font drawn with: Identity-H, embedded as a subset. Safe to share between exports. */
    BaseFont baseFont();

    String familyName();

    /** The face's TrueType program for direct embedding, or null to draw through {@link #baseFont()}. */
    default GlyfFont glyf() {
        return null;
    }
}
