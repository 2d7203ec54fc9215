package io.github.wenshu.font;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * TrueType subsets of one glyf-based face. The face's tables are read once, at construction; each subset then only
 * copies the glyphs it needs (with the glyphs their composites refer to), renumbered in their original order, and
 * writes small new cmap, hmtx, loca, maxp, hhea, head and post tables. Immutable and thread-safe.
 *
 * <pre>{@code
 * TrueTypeSubsetter s = new TrueTypeSubsetter(data, -1, "FandolFang-Regular.ttf");
 * byte[] ttf = s.subset(Set.of((int) '中', (int) '文'));   // .notdef + 2 glyphs
 * }</pre>
 */
final class TrueTypeSubsetter {
    /** Tables copied unchanged: names, OS/2 metrics and the hinting programs, which do not depend on glyph ids. */
    private static final String[] KEPT = {"OS/2", "name", "cvt ", "fpgm", "prep", "gasp"};

    private final GlyfTables font;

    TrueTypeSubsetter(byte[] data, int faceIndex, String fileName) {
        this.font = GlyfTables.parse(data, faceIndex, fileName);
    }

    /** A font holding .notdef, the glyphs of these code points the face has, and their components. */
    byte[] subset(Set<Integer> codePoints) {
        int[] cps = new int[codePoints.size()];
        int[] glyphs = new int[cps.length];
        int n = 0;
        for (int cp : codePoints) {
            cps[n++] = cp;
        }
        Arrays.sort(cps);
        n = 0;
        for (int cp : cps) {
            int gid = font.glyphId(cp);
            if (gid != 0) {
                cps[n] = cp;
                glyphs[n++] = gid;
            }
        }
        cps = Arrays.copyOf(cps, n);
        glyphs = Arrays.copyOf(glyphs, n);
        int[] kept = GlyphClosure.of(font, glyphs);
        for (int i = 0; i < n; i++) {
            glyphs[i] = Arrays.binarySearch(kept, glyphs[i]);
        }

        Map<String, byte[]> tables = new TreeMap<>();
        for (String tag : KEPT) {
            GlyfTables.Table t = font.tables.get(tag);
            if (t != null) {
                tables.put(tag, Arrays.copyOfRange(font.data, t.offset(), t.offset() + t.length()));
            }
        }
        int[] loca = new int[kept.length + 1];
        tables.put("glyf", GlyphClosure.glyf(font, kept, loca));
        tables.put("loca", longLoca(loca));
        tables.put("hmtx", hmtx(kept));
        tables.put("cmap", CmapWriter.cmap(cps, glyphs));
        tables.put("maxp", withShort(table("maxp"), 4, kept.length));
        tables.put("hhea", withShort(table("hhea"), 34, kept.length));
        tables.put("head", withShort(table("head"), 50, 1));
        tables.put("post", post());
        return SfntTables.write(0x00010000, tables);
    }

    private byte[] hmtx(int[] kept) {
        byte[] out = new byte[4 * kept.length];
        for (int i = 0; i < kept.length; i++) {
            int advance = font.advance(kept[i]);
            int lsb = font.leftSideBearing(kept[i]);
            out[4 * i] = (byte) (advance >>> 8);
            out[4 * i + 1] = (byte) advance;
            out[4 * i + 2] = (byte) (lsb >>> 8);
            out[4 * i + 3] = (byte) lsb;
        }
        return out;
    }

    private static byte[] longLoca(int[] loca) {
        byte[] out = new byte[4 * loca.length];
        for (int i = 0; i < loca.length; i++) {
            int v = loca[i];
            out[4 * i] = (byte) (v >>> 24);
            out[4 * i + 1] = (byte) (v >>> 16);
            out[4 * i + 2] = (byte) (v >>> 8);
            out[4 * i + 3] = (byte) v;
        }
        return out;
    }

    /** The post table's header as version 3.0: the same metrics, no glyph names. */
    private byte[] post() {
        GlyfTables.Table t = font.tables.get("post");
        byte[] out = new byte[32];
        if (t != null) {
            System.arraycopy(font.data, t.offset(), out, 0, Math.min(32, t.length()));
        }
        out[0] = 0;
        out[1] = 3;
        out[2] = 0;
        out[3] = 0;
        return out;
    }

    private byte[] table(String tag) {
        GlyfTables.Table t = font.tables.get(tag);
        return Arrays.copyOfRange(font.data, t.offset(), t.offset() + t.length());
    }

    private static byte[] withShort(byte[] table, int offset, int value) {
        table[offset] = (byte) (value >>> 8);
        table[offset + 1] = (byte) value;
        return table;
    }
}
