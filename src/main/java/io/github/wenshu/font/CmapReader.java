package io.github.wenshu.font;

import java.util.Arrays;

/**
 * Reads the Unicode mapping of a 'cmap' table: a format 12 subtable (all planes) when there is one, else a format 4
 * subtable (the Basic Multilingual Plane). Used once per face by {@link GlyfTables}.
 */
final class CmapReader {

    final char[] bmp = new char[0x10000];
    int[] groupStart = new int[0];
    int[] groupEnd = new int[0];
    int[] groupGlyph = new int[0];

    CmapReader(byte[] data, int cmap, String fileName) {
        int count = GlyfTables.u16(data, cmap + 2);
        int format4 = -1;
        int format12 = -1;
        for (int i = 0; i < count; i++) {
            int record = cmap + 4 + 8 * i;
            int platform = GlyfTables.u16(data, record);
            int encoding = GlyfTables.u16(data, record + 2);
            int sub = cmap + FontData.readInt(data, record + 4);
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            if (!unicode || sub + 2 > data.length) {
                continue;
            }
            int format = GlyfTables.u16(data, sub);
            if (format == 12 && format12 < 0) {
                format12 = sub;
            } else if (format == 4 && format4 < 0) {
                format4 = sub;
            }
        }
        if (format12 >= 0) {
            readFormat12(data, format12);
        } else if (format4 >= 0) {
            readFormat4(data, format4);
        } else {
            throw new IllegalStateException(fileName + " has no Unicode cmap (format 4 or 12)");
        }
    }

    private void readFormat4(byte[] data, int sub) {
        int segments = GlyfTables.u16(data, sub + 6) / 2;
        int ends = sub + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int start = GlyfTables.u16(data, starts + 2 * s);
            int end = GlyfTables.u16(data, ends + 2 * s);
            int delta = GlyfTables.u16(data, deltas + 2 * s);
            int rangeOffset = GlyfTables.u16(data, rangeOffsets + 2 * s);
            for (int c = start; c <= end && c < 0xFFFF; c++) {
                int gid;
                if (rangeOffset == 0) {
                    gid = (c + delta) & 0xFFFF;
                } else {
                    int at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    gid = at + 1 < data.length ? GlyfTables.u16(data, at) : 0;
                    if (gid != 0) {
                        gid = (gid + delta) & 0xFFFF;
                    }
                }
                bmp[c] = (char) gid;
            }
        }
    }

    private void readFormat12(byte[] data, int sub) {
        int groups = FontData.readInt(data, sub + 12);
        int[] start = new int[groups];
        int[] end = new int[groups];
        int[] glyph = new int[groups];
        int beyond = 0;
        for (int g = 0; g < groups; g++) {
            int at = sub + 16 + 12 * g;
            int first = FontData.readInt(data, at);
            int last = FontData.readInt(data, at + 4);
            int gid = FontData.readInt(data, at + 8);
            for (int c = first; c <= last && c < 0x10000; c++) {
                bmp[c] = (char) (gid + c - first);
            }
            if (last >= 0x10000) {
                int from = Math.max(first, 0x10000);
                start[beyond] = from;
                end[beyond] = last;
                glyph[beyond] = gid + from - first;
                beyond++;
            }
        }
        groupStart = Arrays.copyOf(start, beyond);
        groupEnd = Arrays.copyOf(end, beyond);
        groupGlyph = Arrays.copyOf(glyph, beyond);
    }
}
