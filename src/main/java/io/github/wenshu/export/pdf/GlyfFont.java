package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.wenshu.font.FontFace;
import io.github.wenshu.font.GlyfTables;

/**
 * A TrueType (glyf) face as the PDF embeds it through {@link SubsetFont}: the face's shared {@link GlyfTables}
 * (parsed once, also used for DOCX), checked against the face's coverage and widths over the whole BMP, so text
 * is drawn with the same glyphs and advances as through OpenPDF's own font, plus what the font descriptor needs.
 * Immutable and thread-safe: kept with the {@link FontFace} and shared by every export.
 *
 * <pre>{@code
 * GlyfFont g = GlyfFont.of(face);           // null: CFF outlines or a symbol font, drawn through OpenPDF
 * int glyph = g.glyph('文');                 // -1 when the face has none
 * }</pre>
 */
final class GlyfFont {

    static final int NONE = GlyfTables.NONE;

    final GlyfTables tables;
    final String postscriptName;
    final int flags;
    final BaseFont metrics;
    private final int unitsPerEm;

    /** The face's program, or null when it cannot be embedded this way (see the class comment). */
    static GlyfFont of(FontFace face) {
        return face.derived(Holder.class, f -> new Holder(parse(f))).font();
    }

    private record Holder(GlyfFont font) {
    }

    private static GlyfFont parse(FontFace face) {
        try {
            if (!face.isTrueType()) {
                return null;
            }
            GlyfTables t = face.glyfTables();
            if (t.isSymbol() || !t.hasWindowsCmap()) {
                return null;
            }
            GlyfFont g = new GlyfFont(face, t);
            return g.agreesWith(face) ? g : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private GlyfFont(FontFace face, GlyfTables tables) {
        this.tables = tables;
        int macStyle = tables.macStyle();
        flags = (tables.isFixedPitch() ? 1 : 0) | 32 | ((macStyle & 2) != 0 ? 64 : 0)
                | ((macStyle & 1) != 0 ? 262144 : 0);
        metrics = face.pdfFont();
        postscriptName = metrics.getPostscriptFontName();
        unitsPerEm = tables.unitsPerEm();
    }

    /** Whether the tables give the face's own coverage and advances (OpenPDF's) for every BMP code point. */
    private boolean agreesWith(FontFace face) {
        for (int cp = 0; cp < 0x10000; cp++) {
            int glyph = tables.glyph(cp);
            boolean has = glyph != NONE;
            if (has != face.canDisplay(cp) || has && width(glyph) != (int) face.advance(cp)) {
                return false;
            }
        }
        return tables.everySupplementary((cp, glyph) -> width(glyph) == (int) face.advance(cp));
    }

    /** The glyph OpenPDF would draw for a code point, or {@link #NONE} (OpenPDF then draws nothing). */
    int glyph(int codePoint) {
        return tables.glyph(codePoint);
    }

    /** The glyph's advance in 1/1000 em, as OpenPDF computes it (for the W array). */
    int width(int glyph) {
        return tables.advance(glyph) * 1000 / unitsPerEm;
    }
}
