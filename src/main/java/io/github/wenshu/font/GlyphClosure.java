package io.github.wenshu.font;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The glyphs a subset keeps and their 'glyf' data: .notdef, the chosen glyphs and, transitively, the components
 * of composite glyphs, whose references are renumbered to the subset's glyph ids.
 */
final class GlyphClosure {
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    private GlyphClosure() {
    }

    /** The old glyph ids to keep, ascending; index i is the subset's glyph id i. */
    static int[] of(GlyfTables font, int[] glyphs) {
        BitSet kept = new BitSet();
        int[] todo = Arrays.copyOf(glyphs, glyphs.length + 16);
        int pending = glyphs.length;
        todo[pending++] = 0;
        while (pending > 0) {
            int gid = todo[--pending];
            if (gid >= font.numGlyphs || kept.get(gid)) {
                continue;
            }
            kept.set(gid);
            int at = font.glyfOffset + font.loca[gid];
            if (font.loca[gid + 1] - font.loca[gid] < 10 || (short) GlyfTables.u16(font.data, at) >= 0) {
                continue;
            }
            int end = at + font.loca[gid + 1] - font.loca[gid];
            int p = at + 10;
            int flags;
            do {
                flags = GlyfTables.u16(font.data, p);
                if (pending == todo.length) {
                    todo = Arrays.copyOf(todo, 2 * pending);
                }
                todo[pending++] = GlyfTables.u16(font.data, p + 2);
                p += componentLength(flags);
            } while ((flags & MORE_COMPONENTS) != 0 && p + 4 <= end);
        }
        return kept.stream().toArray();
    }

    /** The kept glyphs' data, each padded to 4 bytes, with {@code loca} filled in (one more entry than glyphs). */
    static byte[] glyf(GlyfTables font, int[] kept, int[] loca) {
        int size = 0;
        for (int i = 0; i < kept.length; i++) {
            loca[i] = size;
            size += (length(font, kept[i]) + 3) & ~3;
        }
        loca[kept.length] = size;
        byte[] out = new byte[size];
        for (int i = 0; i < kept.length; i++) {
            int length = length(font, kept[i]);
            System.arraycopy(font.data, font.glyfOffset + font.loca[kept[i]], out, loca[i], length);
            if (length >= 10 && (short) GlyfTables.u16(out, loca[i]) < 0) {
                renumber(out, loca[i] + 10, loca[i] + length, kept);
            }
        }
        return out;
    }

    private static void renumber(byte[] glyf, int p, int end, int[] kept) {
        int flags;
        do {
            flags = GlyfTables.u16(glyf, p);
            int next = Math.max(0, Arrays.binarySearch(kept, GlyfTables.u16(glyf, p + 2)));
            glyf[p + 2] = (byte) (next >>> 8);
            glyf[p + 3] = (byte) next;
            p += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0 && p + 4 <= end);
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

    private static int length(GlyfTables font, int gid) {
        return Math.max(0, font.loca[gid + 1] - font.loca[gid]);
    }
}
