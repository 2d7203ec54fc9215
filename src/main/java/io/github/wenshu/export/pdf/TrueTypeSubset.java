package io.github.wenshu.export.pdf;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the TrueType program embedded for a {@link SubsetFont}: glyph n is the glyph of code n (so the PDF
 * maps codes to glyphs by identity), followed by the parts of composite glyphs with their references
 * renumbered. Tables as OpenPDF embeds them for a CID font: cvt, fpgm, glyf, head, hhea, hmtx, loca, maxp, prep.
 */
final class TrueTypeSubset {

    private static final String[] COPIED = {"cvt ", "fpgm", "prep"};
    private static final int ARG_WORDS = 1;
    private static final int SCALE = 8;
    private static final int MORE = 0x20;
    private static final int XY_SCALE = 0x40;
    private static final int TWO_BY_TWO = 0x80;

    private final GlyfFont font;
    private final ByteBuffer data;
    private int[] oldGlyph;
    private int glyphCount;
    private final Map<Integer, Integer> parts = new HashMap<>();
    private byte[] glyf = new byte[1 << 14];
    private int glyfSize;

    private TrueTypeSubset(SubsetFont subset) {
        this.font = subset.font;
        this.data = font.data;
        glyphCount = subset.count();
        oldGlyph = new int[Math.max(16, glyphCount * 2)];
        for (int cid = 0; cid < glyphCount; cid++) {
            oldGlyph[cid] = subset.glyph(cid);
        }
    }

    static byte[] of(SubsetFont subset) {
        return new TrueTypeSubset(subset).write();
    }

    private byte[] write() {
        int[] loca = new int[glyphCount + 1];
        for (int g = 0; g < glyphCount; g++) {
            loca[g] = glyfSize;
            copyGlyph(oldGlyph[g]);
            if (loca.length < glyphCount + 1) {
                loca = Arrays.copyOf(loca, glyphCount * 2 + 1);
            }
        }
        loca[glyphCount] = glyfSize;
        int n = glyphCount;
        Map<String, byte[]> tables = new java.util.TreeMap<>();
        for (String tag : COPIED) {
            int[] t = font.tableOrNull(tag);
            if (t != null) {
                tables.put(tag, slice(t));
            }
        }
        tables.put("glyf", Arrays.copyOf(glyf, glyfSize));
        byte[] head = slice(font.tableOrNull("head"));
        putInt(head, 8, 0);
        putShort(head, 50, 1);
        tables.put("head", head);
        byte[] hhea = slice(font.tableOrNull("hhea"));
        putShort(hhea, 34, n);
        tables.put("hhea", hhea);
        byte[] hmtx = new byte[4 * n];
        for (int g = 0; g < n; g++) {
            int old = oldGlyph[g];
            putShort(hmtx, 4 * g, font.hmtxAdvance[old]);
            putShort(hmtx, 4 * g + 2, font.hmtxLsb[old]);
        }
        tables.put("hmtx", hmtx);
        byte[] locaTable = new byte[4 * (n + 1)];
        for (int g = 0; g <= n; g++) {
            putInt(locaTable, 4 * g, loca[g]);
        }
        tables.put("loca", locaTable);
        byte[] maxp = slice(font.tableOrNull("maxp"));
        putShort(maxp, 4, n);
        tables.put("maxp", maxp);
        return assemble(tables);
    }

    private void copyGlyph(int old) {
        int start = font.loca[old];
        int length = old + 1 < font.loca.length ? font.loca[old + 1] - start : 0;
        if (length <= 0) {
            return;
        }
        int padded = (length + 3) & ~3;
        if (glyfSize + padded > glyf.length) {
            glyf = Arrays.copyOf(glyf, Math.max(glyf.length * 2, glyfSize + padded));
        }
        int at = glyfSize;
        data.get(font.glyfOffset + start, glyf, at, length);
        glyfSize += padded;
        if (getShort(glyf, at) >= 0) {
            return;
        }
        int p = at + 10;
        while (p + 4 <= at + length) {
            int flags = getShort(glyf, p) & 0xFFFF;
            int component = getShort(glyf, p + 2) & 0xFFFF;
            putShort(glyf, p + 2, part(component));
            p += 4 + ((flags & ARG_WORDS) != 0 ? 4 : 2);
            if ((flags & SCALE) != 0) {
                p += 2;
            } else if ((flags & XY_SCALE) != 0) {
                p += 4;
            } else if ((flags & TWO_BY_TWO) != 0) {
                p += 8;
            }
            if ((flags & MORE) == 0) {
                break;
            }
        }
    }

    /** The new number of a composite's part, added after the drawn glyphs on first reference. */
    private int part(int old) {
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

    private byte[] slice(int[] table) {
        byte[] b = new byte[table[1]];
        data.get(table[0], b);
        return b;
    }

    private static byte[] assemble(Map<String, byte[]> tables) {
        int count = tables.size();
        int log2 = 31 - Integer.numberOfLeadingZeros(count);
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        byte[] out = new byte[size];
        putInt(out, 0, 0x00010000);
        putShort(out, 4, count);
        putShort(out, 6, (1 << log2) * 16);
        putShort(out, 8, log2);
        putShort(out, 10, count * 16 - (1 << log2) * 16);
        int entry = 12;
        int offset = 12 + 16 * count;
        int headAt = -1;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            byte[] bytes = t.getValue();
            for (int k = 0; k < 4; k++) {
                out[entry + k] = (byte) t.getKey().charAt(k);
            }
            putInt(out, entry + 4, (int) checksum(bytes, 0, bytes.length));
            putInt(out, entry + 8, offset);
            putInt(out, entry + 12, bytes.length);
            System.arraycopy(bytes, 0, out, offset, bytes.length);
            if (t.getKey().equals("head")) {
                headAt = offset;
            }
            entry += 16;
            offset += (bytes.length + 3) & ~3;
        }
        if (headAt >= 0) {
            putInt(out, headAt + 8, (int) (0xB1B0AFBAL - checksum(out, 0, out.length)));
        }
        return out;
    }

    private static long checksum(byte[] b, int from, int to) {
        long sum = 0;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            sum += ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
        }
        long last = 0;
        for (int k = 0; k < 4; k++) {
            last = last << 8 | (i + k < to ? b[i + k] & 0xFF : 0);
        }
        return (sum + (i < to ? last : 0)) & 0xFFFFFFFFL;
    }

    private static short getShort(byte[] b, int at) {
        return (short) ((b[at] & 0xFF) << 8 | b[at + 1] & 0xFF);
    }

    private static void putShort(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
