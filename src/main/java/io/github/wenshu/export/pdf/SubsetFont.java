package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One face as used in one document: every code point drawn gets its own character code (CID) in order of
 * first use, so the embedded subset holds only the glyphs drawn, numbered 1..n (0 is .notdef), and the
 * ToUnicode map gives back each code point, even two that share a glyph. Per export, not thread-safe.
 *
 * <pre>{@code
 * SubsetFont f = fonts.of(face);
 * f.show(content, shaped.glyphs(), 0, shaped.size());   // appends (…), two bytes per glyph
 * }</pre>
 */
final class SubsetFont {

    final GlyfFont font;
    final PdfName name;
    final PdfIndirectReference ref;
    private final char[][] bmpCids = new char[256][];
    private final Map<Integer, Integer> supplementaryCids = new HashMap<>();
    private int[] codePoints = new int[64];
    private int[] glyphs = new int[64];
    private int count = 1;

    SubsetFont(GlyfFont font, PdfName name, PdfIndirectReference ref) {
        this.font = font;
        this.name = name;
        this.ref = ref;
    }

    /** The code of a code point, assigned on first use; -1 when the face has no glyph (nothing is drawn). */
    int cid(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            char[] page = bmpCids[codePoint >>> 8];
            if (page != null && page[codePoint & 0xFF] != 0) {
                return page[codePoint & 0xFF] == 0xFFFF ? -1 : page[codePoint & 0xFF];
            }
            if (page == null) {
                page = new char[256];
                bmpCids[codePoint >>> 8] = page;
            }
            int cid = assign(codePoint);
            page[codePoint & 0xFF] = cid < 0 ? 0xFFFF : (char) cid;
            return cid;
        }
        Integer known = supplementaryCids.get(codePoint);
        if (known == null) {
            known = assign(codePoint);
            supplementaryCids.put(codePoint, known);
        }
        return known;
    }

    private int assign(int codePoint) {
        int glyph = font.glyph(codePoint);
        if (glyph == GlyfFont.NONE) {
            return -1;
        }
        if (count == 0xFFFF) {
            throw new IllegalStateException("more than 65534 distinct characters in one face");
        }
        if (count == codePoints.length) {
            codePoints = Arrays.copyOf(codePoints, count * 2);
            glyphs = Arrays.copyOf(glyphs, count * 2);
        }
        codePoints[count] = codePoint;
        glyphs[count] = glyph;
        return count++;
    }

    /** Appends the code points of {@code text[from, to)} as a PDF string, skipping those without a glyph. */
    void show(ByteBuffer out, io.github.wenshu.layout.Glyphs text, int from, int to) {
        out.append_i('(');
        for (int i = from; i < to; i++) {
            int cid = cid(text.codePoint(i));
            if (cid >= 0) {
                escaped(out, cid >>> 8);
                escaped(out, cid & 0xFF);
            }
        }
        out.append_i(')');
    }

    private static void escaped(ByteBuffer out, int b) {
        switch (b) {
            case '\r' -> out.append_i('\\').append_i('r');
            case '\n' -> out.append_i('\\').append_i('n');
            case '\t' -> out.append_i('\\').append_i('t');
            case '\b' -> out.append_i('\\').append_i('b');
            case '\f' -> out.append_i('\\').append_i('f');
            case '(', ')', '\\' -> out.append_i('\\').append_i(b);
            default -> out.append_i(b);
        }
    }

    /** Codes in use, including 0 (.notdef). */
    int count() {
        return count;
    }

    int codePoint(int cid) {
        return codePoints[cid];
    }

    /** The embedded TrueType program: glyph n draws code n (CIDToGIDMap Identity), then composites' parts. */
    byte[] program() {
        glyphs[0] = 0;
        return io.github.wenshu.font.GlyfSubset.program(font.tables, glyphs, count);
    }

    /** The face's own glyph for a code; 0 for code 0. */
    int glyph(int cid) {
        return cid == 0 ? 0 : glyphs[cid];
    }
}
