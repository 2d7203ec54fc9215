package io.github.wenshu.font;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes TrueType subsets of a {@link GlyfTables} face, for both exporters: the glyphs asked for keep their order
 * (glyph n of the subset is the n-th asked for), then the parts of composite glyphs follow in order of first
 * reference, with the composites' references renumbered. Two programs:
 * <ul>
 *   <li>{@link #program} for a PDF CIDFontType2 (codes map to glyphs by identity; cmap and names come from the PDF):
 *   cvt, fpgm, glyf, head, hhea, hmtx, loca, maxp, prep, as OpenPDF embeds them;</li>
 *   <li>{@link #standalone} for DOCX embedding: a complete font with a cmap of the code points asked for, and the
 *   face's OS/2, name (or one that renames the family), gasp and post (version 3) tables.</li>
 * </ul>
 * Per call; the face's tables are only read.
 *
 * <pre>{@code
 * byte[] ttf = GlyfSubset.standalone(face.glyfTables(), Set.of((int) '中', (int) '文'), null);   // .notdef + 2 glyphs
 * byte[] cid = GlyfSubset.program(face.glyfTables(), new int[]{0, g1, g2}, 3);              // glyph n = code n
 * }</pre>
 */
public final class GlyfSubset {

    private static final String[] PDF_COPIED = {"cvt ", "fpgm", "prep"};
    private static final String[] STANDALONE_COPIED = {"OS/2", "name", "cvt ", "fpgm", "prep", "gasp"};
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    private final GlyfTables font;
    private int[] oldGlyph;
    private int glyphCount;
    private final Map<Integer, Integer> parts = new HashMap<>();
    private byte[] glyf;
    private int glyfSize;
    private int[] loca;

    private GlyfSubset(GlyfTables font, int[] glyphs, int count) {
        this.font = font;
        this.glyphCount = count;
        this.oldGlyph = Arrays.copyOf(glyphs, Math.max(16, count * 2));
        copyGlyphs();
    }

    /**
     * The TrueType program of a PDF CIDFontType2 whose code n draws {@code glyphs[n]} of the face, for n below
     * {@code count} ({@code glyphs[0]} is normally 0, .notdef).
     */
    public static byte[] program(GlyfTables font, int[] glyphs, int count) {
        GlyfSubset s = new GlyfSubset(font, glyphs, count);
        Map<String, byte[]> tables = s.common(PDF_COPIED);
        return SfntTables.write(0x00010000, tables);
    }

    /**
     * A font holding .notdef, the glyphs of those of these code points the face maps, and their components;
     * named {@code family} instead of the face's own names when that is not null.
     */
    static byte[] standalone(GlyfTables font, Set<Integer> codePoints, String family) {
        int[] cps = new int[codePoints.size()];
        int[] old = new int[cps.length];
        int mapped = 0;
        for (int cp : codePoints) {
            cps[mapped++] = cp;
        }
        Arrays.sort(cps);
        mapped = 0;
        for (int cp : cps) {
            int glyph = font.glyph(cp);
            if (glyph > 0) {
                cps[mapped] = cp;
                old[mapped++] = glyph;
            }
        }
        int[] glyphs = new int[mapped + 1];
        System.arraycopy(old, 0, glyphs, 1, mapped);
        Arrays.sort(glyphs, 1, mapped + 1);
        int count = 1;
        for (int i = 1; i <= mapped; i++) {
            if (glyphs[i] != glyphs[count - 1]) {
                glyphs[count++] = glyphs[i];
            }
        }
        int[] newGlyph = new int[mapped];
        for (int i = 0; i < mapped; i++) {
            newGlyph[i] = Arrays.binarySearch(glyphs, 0, count, old[i]);
        }
        GlyfSubset s = new GlyfSubset(font, glyphs, count);
        Map<String, byte[]> tables = s.common(STANDALONE_COPIED);
        tables.put("cmap", CmapWriter.cmap(Arrays.copyOf(cps, mapped), Arrays.copyOf(newGlyph, mapped)));
        tables.put("post", s.post());
        if (family != null) {
            tables.put("name", NameTable.renamed(font.data, font.tables.get("name"), family));
        }
        return SfntTables.write(0x00010000, tables);
    }

    private void copyGlyphs() {
        int size = 0;
        for (int g = 0; g < glyphCount; g++) {
            size += (glyphLength(oldGlyph[g]) + 3) & ~3;
        }
        glyf = new byte[size];
        loca = new int[glyphCount + 1];
        for (int g = 0; g < glyphCount; g++) {
            if (loca.length < glyphCount + 1) {
                loca = Arrays.copyOf(loca, glyphCount * 2 + 1);
            }
            loca[g] = glyfSize;
            copyGlyph(oldGlyph[g]);
        }
        if (loca.length < glyphCount + 1) {
            loca = Arrays.copyOf(loca, glyphCount + 1);
        }
        loca[glyphCount] = glyfSize;
    }

    private Map<String, byte[]> common(String[] copied) {
        int n = glyphCount;
        Map<String, byte[]> tables = new TreeMap<>();
        for (String tag : copied) {
            GlyfTables.Table t = font.tables.get(tag);
            if (t != null) {
                tables.put(tag, slice(t));
            }
        }
        tables.put("glyf", glyfSize == glyf.length ? glyf : Arrays.copyOf(glyf, glyfSize));
        byte[] head = slice(font.tables.get("head"));
        putShort(head, 50, 1);
        tables.put("head", head);
        tables.put("hhea", putShort(slice(font.tables.get("hhea")), 34, n));
        byte[] hmtx = new byte[4 * n];
        for (int g = 0; g < n; g++) {
            putShort(hmtx, 4 * g, font.advance(oldGlyph[g]));
            putShort(hmtx, 4 * g + 2, font.leftSideBearing(oldGlyph[g]));
        }
        tables.put("hmtx", hmtx);
        byte[] locaTable = new byte[4 * (n + 1)];
        for (int g = 0; g <= n; g++) {
            putInt(locaTable, 4 * g, loca[g]);
        }
        tables.put("loca", locaTable);
        tables.put("maxp", putShort(slice(font.tables.get("maxp")), 4, n));
        return tables;
    }

    private int glyphLength(int old) {
        return old >= 0 && old + 1 < font.loca.length ? Math.max(0, font.loca[old + 1] - font.loca[old]) : 0;
    }

    private void copyGlyph(int old) {
        int start = font.loca[old];
        int length = glyphLength(old);
        if (length == 0) {
            return;
        }
        int padded = (length + 3) & ~3;
        if (glyfSize + padded > glyf.length) {
            glyf = Arrays.copyOf(glyf, Math.max(glyf.length * 3 / 2, glyfSize + padded));
        }
        int at = glyfSize;
        System.arraycopy(font.data, font.glyfOffset + start, glyf, at, length);
        glyfSize += padded;
        if (length < 10 || (short) GlyfTables.u16(glyf, at) >= 0) {
            return;
        }
        int p = at + 10;
        while (p + 4 <= at + length) {
            int flags = GlyfTables.u16(glyf, p);
            putShort(glyf, p + 2, part(GlyfTables.u16(glyf, p + 2)));
            p += componentLength(flags);
            if ((flags & MORE_COMPONENTS) == 0) {
                break;
            }
        }
    }

    private static int componentLength(int flags) {
        int n = 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & WE_HAVE_A_SCALE) != 0) {
            n += 2;
        } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
            n += 4;
        } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
            n += 8;
        }
        return n;
    }

    /** The new number of a composite's part, added after the glyphs asked for on first reference. */
    private int part(int old) {
        if (old >= font.numGlyphs) {
            return 0;
        }
        Integer known = parts.get(old);
        if (known != null) {
            return known;
        }
        if (glyphCount == oldGlyph.length) {
            oldGlyph = Arrays.copyOf(oldGlyph, glyphCount * 2);
        }
        oldGlyph[glyphCount] = old;
        parts.put(old, glyphCount);
        return glyphCount++;
    }

    /** The post table's header as version 3.0: the same metrics, no glyph names. */
    private byte[] post() {
        GlyfTables.Table t = font.tables.get("post");
        byte[] out = new byte[32];
        if (t != null) {
            System.arraycopy(font.data, t.offset(), out, 0, Math.min(32, t.length()));
        }
        putInt(out, 0, 0x00030000);
        return out;
    }

    private byte[] slice(GlyfTables.Table t) {
        return Arrays.copyOfRange(font.data, t.offset(), t.offset() + t.length());
    }

    private static byte[] putShort(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
        return b;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
