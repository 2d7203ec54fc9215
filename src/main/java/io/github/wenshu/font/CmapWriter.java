package io.github.wenshu.font;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes a 'cmap' table for a subset: format 4 for the Basic Multilingual Plane (Windows Unicode BMP) and format 12
 * for all code points (Windows Unicode full), which FontBox's subsetter cannot write.
 */
final class CmapWriter {
    private CmapWriter() {
    }

    /** @param glyphs code point → glyph id, in code point order */
    static byte[] cmap(SortedMap<Integer, Integer> glyphs) {
        byte[] format4 = format4(glyphs.headMap(0x10000));
        byte[] format12 = format12(glyphs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SfntTables.writeShort(out, 0);
        SfntTables.writeShort(out, 2);
        int offset = 4 + 2 * 8;
        SfntTables.writeShort(out, 3);
        SfntTables.writeShort(out, 1);
        SfntTables.writeInt(out, offset);
        SfntTables.writeShort(out, 3);
        SfntTables.writeShort(out, 10);
        SfntTables.writeInt(out, offset + format4.length);
        out.writeBytes(format4);
        out.writeBytes(format12);
        return out.toByteArray();
    }

    /** One segment per code point (subsets are small), plus the closing 0xFFFF segment. */
    private static byte[] format4(SortedMap<Integer, Integer> bmp) {
        int segments = bmp.size() + 1;
        int[] ends = new int[segments];
        int[] deltas = new int[segments];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : bmp.entrySet()) {
            ends[i] = e.getKey();
            deltas[i] = (e.getValue() - e.getKey()) & 0xFFFF;
            i++;
        }
        ends[i] = 0xFFFF;
        deltas[i] = 1;
        int log2 = 31 - Integer.numberOfLeadingZeros(segments);
        int searchRange = 2 * (1 << log2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SfntTables.writeShort(out, 4);
        SfntTables.writeShort(out, 16 + 8 * segments);
        SfntTables.writeShort(out, 0);
        SfntTables.writeShort(out, 2 * segments);
        SfntTables.writeShort(out, searchRange);
        SfntTables.writeShort(out, log2);
        SfntTables.writeShort(out, 2 * segments - searchRange);
        for (int end : ends) {
            SfntTables.writeShort(out, end);
        }
        SfntTables.writeShort(out, 0);
        for (int start : ends) {
            SfntTables.writeShort(out, start);
        }
        for (int delta : deltas) {
            SfntTables.writeShort(out, delta);
        }
        for (int k = 0; k < segments; k++) {
            SfntTables.writeShort(out, 0);
        }
        return out.toByteArray();
    }

    private static byte[] format12(SortedMap<Integer, Integer> glyphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SfntTables.writeShort(out, 12);
        SfntTables.writeShort(out, 0);
        SfntTables.writeInt(out, 16 + 12 * glyphs.size());
        SfntTables.writeInt(out, 0);
        SfntTables.writeInt(out, glyphs.size());
        for (Map.Entry<Integer, Integer> e : glyphs.entrySet()) {
            SfntTables.writeInt(out, e.getKey());
            SfntTables.writeInt(out, e.getKey());
            SfntTables.writeInt(out, e.getValue());
        }
        return out.toByteArray();
    }
}
