package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.wenshu.font.FontFace;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * A TrueType (glyf) face parsed once for embedding by {@link SubsetFont}: where its tables are, the glyph of
 * each code point, glyph offsets and advances. The glyph choice copies OpenPDF's (the (3,10) cmap if present,
 * else (3,1) format 4), and is checked against the face's coverage and widths over the whole BMP, so text is
 * drawn with the same glyphs and advances as through OpenPDF's own font. Immutable and thread-safe: kept
 * with the {@link FontFace} and shared by every export.
 *
 * <pre>{@code
 * GlyfFont g = GlyfFont.of(face);           // null: CFF outlines or a symbol font, drawn through OpenPDF
 * int glyph = g.glyph('文');                 // -1 when the face has none
 * }</pre>
 */
final class GlyfFont {

    static final int NONE = -1;
    private static final char ABSENT = 0xFFFF;

    final ByteBuffer data;
    final Map<String, int[]> tables;
    final int numGlyphs;
    final int[] loca;
    final int glyfOffset;
    final int[] hmtxAdvance;
    final short[] hmtxLsb;
    private final char[] bmp;
    private final Map<Integer, Integer> supplementary;
    final String postscriptName;
    final int flags;
    final BaseFont metrics;

    /** The face's program, or null when it cannot be embedded this way (see the class comment). */
    static GlyfFont of(FontFace face) {
        return face.derived(Holder.class, f -> new Holder(parse(f))).font();
    }

    private record Holder(GlyfFont font) {
    }

    private static GlyfFont parse(FontFace face) {
        try {
            GlyfFont g = new GlyfFont(face);
            return g.agreesWith(face) ? g : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private GlyfFont(FontFace face) {
        ByteBuffer d = face.bytes();
        this.data = d;
        int start = d.getInt(0) == 0x74746366 ? d.getInt(12 + 4 * Math.max(face.faceIndex(), 0)) : 0;
        if (d.getInt(start) != 0x00010000 && d.getInt(start) != 0x74727565) {
            throw new IllegalArgumentException("not a glyf font");
        }
        tables = new HashMap<>();
        int count = d.getShort(start + 4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int at = start + 12 + 16 * i;
            byte[] tag = new byte[4];
            d.get(at, tag);
            tables.put(new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1),
                    new int[]{d.getInt(at + 8), d.getInt(at + 12)});
        }
        int head = table("head")[0];
        int unitsPerEm = d.getShort(head + 18) & 0xFFFF;
        boolean longLoca = d.getShort(head + 50) != 0;
        int macStyle = d.getShort(head + 44) & 0xFFFF;
        numGlyphs = d.getShort(table("maxp")[0] + 4) & 0xFFFF;
        int[] l = table("loca");
        loca = new int[numGlyphs + 1];
        for (int i = 0; i <= numGlyphs; i++) {
            loca[i] = longLoca ? d.getInt(l[0] + 4 * i) : (d.getShort(l[0] + 2 * i) & 0xFFFF) * 2;
        }
        glyfOffset = table("glyf")[0];
        int metricsCount = d.getShort(table("hhea")[0] + 34) & 0xFFFF;
        int hmtx = table("hmtx")[0];
        hmtxAdvance = new int[numGlyphs];
        hmtxLsb = new short[numGlyphs];
        int lastAdvance = 0;
        for (int i = 0; i < numGlyphs; i++) {
            if (i < metricsCount) {
                lastAdvance = d.getShort(hmtx + 4 * i) & 0xFFFF;
                hmtxLsb[i] = d.getShort(hmtx + 4 * i + 2);
            } else {
                hmtxLsb[i] = d.getShort(hmtx + 4 * metricsCount + 2 * (i - metricsCount));
            }
            hmtxAdvance[i] = lastAdvance;
        }
        bmp = new char[0x10000];
        java.util.Arrays.fill(bmp, ABSENT);
        supplementary = new HashMap<>();
        readCmap(d, table("cmap")[0]);
        int[] post = tables.get("post");
        boolean fixedPitch = post != null && d.getInt(post[0] + 12) != 0;
        flags = (fixedPitch ? 1 : 0) | 32 | ((macStyle & 2) != 0 ? 64 : 0) | ((macStyle & 1) != 0 ? 262144 : 0);
        metrics = face.pdfFont();
        postscriptName = metrics.getPostscriptFontName();
        widthScale = unitsPerEm;
    }

    private final int widthScale;

    private int[] table(String tag) {
        int[] t = tables.get(tag);
        if (t == null) {
            throw new IllegalArgumentException("no " + tag + " table");
        }
        return t;
    }

    /** OpenPDF's choice: a (3,0) table makes a symbol font (not handled here); (3,10) wins over (3,1) format 4. */
    private void readCmap(ByteBuffer d, int cmap) {
        int count = d.getShort(cmap + 2) & 0xFFFF;
        int map31 = 0;
        int mapExt = 0;
        for (int k = 0; k < count; k++) {
            int platform = d.getShort(cmap + 4 + 8 * k) & 0xFFFF;
            int encoding = d.getShort(cmap + 6 + 8 * k) & 0xFFFF;
            int offset = d.getInt(cmap + 8 + 8 * k);
            if (platform == 3 && encoding == 0) {
                throw new IllegalArgumentException("symbol font");
            } else if (platform == 3 && encoding == 1) {
                map31 = offset;
            } else if (platform == 3 && encoding == 10) {
                mapExt = offset;
            }
        }
        int chosen = mapExt > 0 ? mapExt : map31;
        if (chosen == 0) {
            throw new IllegalArgumentException("no Unicode cmap");
        }
        int format = d.getShort(cmap + chosen) & 0xFFFF;
        if (format == 4) {
            readFormat4(d, cmap + chosen);
        } else if (format == 12 && mapExt > 0) {
            readFormat12(d, cmap + chosen);
        } else {
            throw new IllegalArgumentException("cmap format " + format);
        }
    }

    private void readFormat4(ByteBuffer d, int at) {
        int length = d.getShort(at + 2) & 0xFFFF;
        int segCount = (d.getShort(at + 6) & 0xFFFF) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segCount + 2;
        int deltas = starts + 2 * segCount;
        int ranges = deltas + 2 * segCount;
        int glyphIds = ranges + 2 * segCount;
        int glyphIdCount = length / 2 - 8 - segCount * 4;
        for (int k = 0; k < segCount; k++) {
            int end = d.getShort(ends + 2 * k) & 0xFFFF;
            int begin = d.getShort(starts + 2 * k) & 0xFFFF;
            int delta = d.getShort(deltas + 2 * k) & 0xFFFF;
            int ro = d.getShort(ranges + 2 * k) & 0xFFFF;
            for (int j = begin; j <= end && j != 0xFFFF; j++) {
                int glyph;
                if (ro == 0) {
                    glyph = (j + delta) & 0xFFFF;
                } else {
                    int idx = k + ro / 2 - segCount + j - begin;
                    if (idx >= glyphIdCount) {
                        continue;
                    }
                    glyph = ((d.getShort(glyphIds + 2 * idx) & 0xFFFF) + delta) & 0xFFFF;
                }
                put(j, glyph);
            }
        }
    }

    private void readFormat12(ByteBuffer d, int at) {
        int groups = d.getInt(at + 12);
        for (int k = 0; k < groups; k++) {
            int g = at + 16 + 12 * k;
            int first = d.getInt(g);
            int last = d.getInt(g + 4);
            int glyph = d.getInt(g + 8);
            for (int c = first; c <= last; c++) {
                put(c, glyph++);
            }
        }
    }

    private void put(int codePoint, int glyph) {
        if (glyph >= numGlyphs || glyph < 0) {
            throw new IllegalArgumentException("glyph " + glyph + " out of range");
        }
        if (codePoint < 0x10000) {
            bmp[codePoint] = (char) glyph;
        } else {
            supplementary.put(codePoint, glyph);
        }
    }

    /** Whether this parse gives the face's own coverage and advances (OpenPDF's) for every BMP code point. */
    private boolean agreesWith(FontFace face) {
        for (int cp = 0; cp < 0x10000; cp++) {
            boolean has = bmp[cp] != ABSENT;
            if (has != face.canDisplay(cp) || has && width(bmp[cp]) != (int) face.advance(cp)) {
                return false;
            }
        }
        for (Map.Entry<Integer, Integer> e : supplementary.entrySet()) {
            if (width(e.getValue()) != (int) face.advance(e.getKey())) {
                return false;
            }
        }
        return true;
    }

    /** The glyph OpenPDF would draw for a code point, or {@link #NONE} (OpenPDF then draws nothing). */
    int glyph(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            char g = bmp[codePoint];
            return g == ABSENT ? NONE : g;
        }
        Integer g = supplementary.get(codePoint);
        return g == null ? NONE : g;
    }

    /** The glyph's advance in 1/1000 em, as OpenPDF computes it (for the W array). */
    int width(int glyph) {
        return hmtxAdvance[Math.min(glyph, numGlyphs - 1)] * 1000 / widthScale;
    }

    int[] tableOrNull(String tag) {
        return tables.get(tag);
    }
}
